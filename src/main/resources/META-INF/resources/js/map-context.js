/*
 * Chronotope.mapContext(map, places, options) — the story's context places under its events: a
 * border as a dashed line, a region as a dashed outline. They inform; they are not events and
 * take no clicks. The legend names them, and the map too once zoomed in enough for room.
 */
(function (Chronotope, L) {
  'use strict';

  var U = Chronotope.util;

  var defaults = {
    /** Context places are named on the map from this zoom on (before, the legend names them). */
    labelZoom: 6
  };

  /** places: [{key, kind, name, geometry}]. */
  Chronotope.mapContext = function (map, places, options) {
    var o = U.extend({}, defaults, options);
    var el = map.getContainer();
    var layers = [];
    if (!places.length) { return {destroy: function () {}}; }
    map.createPane('ct-context');
    map.getPane('ct-context').style.zIndex = 390;
    places.forEach(function (place) {
      var area = /Polygon/.test(place.geometry.type);
      var layer = L.geoJSON(place.geometry, {
        pane: 'ct-context',
        interactive: false,
        style: {color: '#5a4a6b', weight: area ? 1.5 : 2.5, dashArray: area ? '4 4' : '8 6', fill: area,
          fillOpacity: 0.04, className: 'ct-context ct-context--' + String(place.kind).toLowerCase()},
        pointToLayer: function (f, latlng) {
          return L.circleMarker(latlng, {pane: 'ct-context', radius: 4, interactive: false});
        }
      }).addTo(map);
      layer.eachLayer(function (l) {
        l.bindTooltip(place.name, {permanent: true, direction: 'center', className: 'ct-context-label',
          pane: 'ct-context', interactive: false});
      });
      layers.push(layer);
    });
    var labels = function () {
      el.classList.toggle('ct-map--context-labels', map.getZoom() >= o.labelZoom);
    };
    map.on('zoomend', labels);
    labels();
    return {
      destroy: function () {
        map.off('zoomend', labels);
        layers.forEach(function (l) { map.removeLayer(l); });
      }
    };
  };
})(window.Chronotope, window.L);
