package org.chronotope.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.IllegalProductException;

/**
 * Gives every template rendered during a request the request's language, so message bundles ({@code
 * msg:}) and date extensions speak it without each page controller setting it.
 */
@ApplicationScoped
public class TemplateLocale {

  void addInitializer(@Observes EngineBuilder builder) {
    builder.addTemplateInstanceInitializer(
        instance -> {
          var container = Arc.container();
          if (container != null && container.requestContext().isActive()) {
            try {
              instance.setLocale(container.instance(Lang.class).get().locale());
            } catch (IllegalProductException noHttpRequest) {
              // A request context without an HTTP request (a test, a job): the template keeps its
              // own locale.
            }
          }
        });
  }
}
