package org.chronotope.exchange;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronotope.event.Event;
import org.chronotope.event.PublicLocation;

/** A location's radius and protection as the GeoJSON export writes them beside its geometry. */
final class ExportLocation {

  private ExportLocation() {}

  /**
   * {@code radiusM}; for a protected location {@code protectKm} and {@code protectionCell} [west,
   * south, east, north]: readers' files hold only the cell's centre as geometry.
   */
  static void properties(ObjectNode p, Event e, boolean exact) {
    Integer radius = PublicLocation.radiusM(e, exact);
    if (radius != null && e.geometry().isPresent()) {
      p.put("radiusM", radius);
    }
    PublicLocation.cell(e)
        .ifPresent(
            cell -> {
              p.put("protectKm", e.protectKm);
              ArrayNode bounds = p.putArray("protectionCell");
              cell.bounds().forEach(bounds::add);
            });
  }
}
