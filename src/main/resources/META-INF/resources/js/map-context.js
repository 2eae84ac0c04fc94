/*
 * Chronotope.mapContext(map, places) — the story's context places under its events: a
 * border as a dashed line, a region as a dashed outline. They inform; they are not events and
 * take no clicks. The legend names them, and the map too (through map-labels.js).
 */
(function (Chronotope, L) {
  'use strict';

  /** places: [{key, kind, name, lon, lat, geometry}]; lon and lat: where to write its name. */
  Chronotope.mapContext = function (map, places) {
    var layers = [];
    if (!places.length) { return {labels: function () { return []; }, destroy: function () {}}; }
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
      layers.push(layer);
    });
    return {
      /** Where to name each place: [{name, lat, lon}] for Chronotope.mapLabels. */
      labels: function () {
        return places.filter(function (p) { return isFinite(p.lat) && isFinite(p.lon); }).map(function (p, i) {
          // A border is named on its line, a region in its middle; the first listed wins a tie.
          return {name: p.name, lat: p.lat, lon: p.lon, weight: places.length - i};
        });
      },
      destroy: function () {
        layers.forEach(function (l) { map.removeLayer(l); });
      }
    };
  };
})(window.Chronotope, window.L);
