package org.chronotope.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.elytron.security.common.BcryptUtil;
import org.junit.jupiter.api.Test;

/** The unknown-user hash must cost what a real user's costs, or sign-in timing tells them apart. */
class DummyHashTest {

  @Test
  void theUnknownUserHashHasTheCostOfAUsersHash() {
    String users = BcryptUtil.bcryptHash("a password of a user");
    String costPrefix = users.substring(0, users.lastIndexOf('$') + 1);
    assertEquals(
        costPrefix,
        PasswordIdentityProvider.DUMMY_HASH.substring(
            0, PasswordIdentityProvider.DUMMY_HASH.lastIndexOf('$') + 1));
    assertFalse(BcryptUtil.matches("", PasswordIdentityProvider.DUMMY_HASH));
    assertFalse(BcryptUtil.matches("a password of a user", PasswordIdentityProvider.DUMMY_HASH));
  }
}
