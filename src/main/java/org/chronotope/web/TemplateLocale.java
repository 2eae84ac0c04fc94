package org.chronotope.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Gives every template rendered during a request the request's language, so message bundles
 * ({@code msg:}) and date extensions speak it without each page controller setting it.
 */
@ApplicationScoped
public class TemplateLocale {

  void addInitializer(@Observes EngineBuilder builder) {
    builder.addTemplateInstanceInitializer(instance -> {
      var container = Arc.container();
      if (container != null && container.requestContext().isActive()) {
        instance.setLocale(container.instance(Lang.class).get().locale());
      }
    });
  }
}
