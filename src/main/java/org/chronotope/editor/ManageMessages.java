package org.chronotope.editor;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the pages that manage what every story shares: the gazetteer's places and the
 * newsroom's users, in one {@code messages/manage_LANG.properties} file per language (English, the
 * default, in {@code manage_en}); templates use them as {@code {manage:key}}, page controllers
 * through {@link EditorText#manage}.
 */
@MessageBundle(value = "manage", locale = "en")
public interface ManageMessages {

  // Users
  String users_title();

  String users_intro();

  String role();

  String role_name(String role);

  String since();

  String new_password();

  String set_password();

  String change_role();

  String remove_user(String name);

  String user_add();

  String password_hint(int min, int max);

  String you();

  String user_not_self();

  String user_last_admin();

  String user_taken();

  String user_name_rule();

  String user_password_rule(int min);

  String user_password_too_long(int max);

  String user_password_common();

  // Places
  String places_title();

  String places_intro();

  String places_search();

  String search();

  String places_empty();

  String place_new();

  String place_edit();

  String place_name();

  String place_name_fr();

  String place_name_en();

  String place_name_ar();

  String place_kind();

  String place_kind_name(String kind);

  String country_code();

  String country_code_hint();

  String place_source();

  String place_geometry_hint();

  String place_save();

  String place_changed_meanwhile();

  String place_in_use(long count);

  String place_in_context(long count);
}
