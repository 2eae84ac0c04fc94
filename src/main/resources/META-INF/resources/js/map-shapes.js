/*
 * Chronotope.mapShapes(map, options) — the shapes of the events drawn on the map: an event's own
 * line or polygon, or a halo around a point known only approximately (one halo per spot, shared
 * by the events there).
 */
(function (Chronotope, L) {
  'use strict';

  var U = Chronotope.util;

  var defaults = {
    /** Categories by code: {code: {color}}. */
    categories: {},
    /** Called with an event's id when the reader picks its line or polygon. */
    onSelect: function () {}
  };

  /** Halo radius in metres for a point known to this precision. */
  var HALO = {APPROXIMATE: 25000, REGION: 120000, COUNTRY: 350000};
  /** Selecting an area or a line never zooms in further than this: the reader keeps the context. */
  var FRAME_MAX_ZOOM = 7;

  Chronotope.mapShapes = function (map, options) {
    var o = U.extend({}, defaults, options);
    var group = L.featureGroup().addTo(map);
    var own = {};     // event id → its line or polygon
    var halos = {};   // "lat,lon,radius,color" → {layer, ids}

    /** Draws the shape of feature f (the map API's), if it has one. */
    function add(f) {
      var category = o.categories[f.category];
      var color = category ? category.color : '#5b6475';
      var approximate = f.precision && f.precision !== 'EXACT';
      if (f.geometry.type === 'Point') {
        var halo = haloOf(f, color, approximate);
        if (!halo) { return; }
        var key = halo.key;
        if (!halos[key]) {
          halos[key] = {ids: {}, layer: halo.make()};
          group.addLayer(halos[key].layer);
        }
        halos[key].ids[f.id] = true;
        return;
      }
      var shape = L.geoJSON(f.geometry, {
        style: {color: color, weight: f.geometry.type === 'LineString' ? 3 : 2, opacity: 0.85,
          dashArray: approximate ? '7 6' : null, fillColor: color, fillOpacity: 0.2}
      });
      shape.on('click', function () { o.onSelect(f.id); });
      own[f.id] = shape;
      group.addLayer(shape);
    }

    /**
     * The halo of a point: the protection cell a protected location is known to (a rectangle), else
     * the circle of its uncertainty radius, else one sized by its precision; null for an exact point.
     */
    function haloOf(f, color, approximate) {
      var style = {color: color, weight: 1.5, dashArray: '4 5', fillColor: color, fillOpacity: 0.1, interactive: false};
      if (f.cell) {
        return {key: 'cell:' + f.cell.join(',') + ',' + color, make: function () {
          return L.rectangle([[f.cell[1], f.cell[0]], [f.cell[3], f.cell[2]]], style);
        }};
      }
      var radius = f.radiusM || (approximate ? HALO[f.precision] || HALO.APPROXIMATE : 0);
      if (!radius) { return null; }
      return {key: f.lat + ',' + f.lon + ',' + radius + ',' + color, make: function () {
        return L.circle([f.lat, f.lon], U.extend({radius: radius}, style));
      }};
    }

    /** Removes event id's shape, and its halo once no other event shares it. */
    function remove(id) {
      if (own[id]) {
        group.removeLayer(own[id]);
        delete own[id];
      }
      Object.keys(halos).forEach(function (key) {
        var halo = halos[key];
        if (halo.ids[id]) {
          delete halo.ids[id];
          if (!Object.keys(halo.ids).length) {
            group.removeLayer(halo.layer);
            delete halos[key];
          }
        }
      });
    }

    function clear() {
      group.clearLayers();
      own = {};
      halos = {};
    }

    /**
     * Flies in on an event's own line or area when it is too small to read at this zoom (a region
     * seen from a continent), far enough to see its shape, not so far as to lose its surroundings
     * (three zoom levels short of filling the map); then calls then. False when it need not.
     */
    function frame(id, then) {
      var shape = own[id];
      if (!shape) { return false; }
      var bounds = shape.getBounds();
      var zoom = Math.min(map.getBoundsZoom(bounds) - 3, FRAME_MAX_ZOOM);
      if (!bounds.isValid() || zoom <= map.getZoom()) { return false; }
      map.once('moveend', then);
      map.flyTo(bounds.getCenter(), zoom, {duration: 0.8});
      return true;
    }

    return {add: add, remove: remove, clear: clear, frame: frame};
  };
})(window.Chronotope, window.L);
