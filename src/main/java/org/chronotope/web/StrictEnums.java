package org.chronotope.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Refuses a number where the JSON API expects a named choice: Jackson would otherwise read {@code
 * "verification": 3} or {@code "status": 1} as the constant at that index, a silent guess; now it
 * is a 400 naming the field, like any unknown name.
 */
@Singleton
public class StrictEnums implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
  }
}
