/*
 * Chronotope.basemap(map, options) — the map's background: tiles from the configured server, or
 * the country outlines shipped with the app (Natural Earth via world-atlas), drawn on a canvas.
 * Offline is used when configured, and when the tiles fail before any has loaded.
 */
(function (Chronotope, L) {
  'use strict';

  var defaults = {
    /** 'tiles' or 'offline'. */
    mode: 'offline',
    tileUrl: null,
    attribution: '',
    attributionUrl: null,
    maxZoom: 18,
    /** TopoJSON of the world's countries. */
    offlineUrl: '/vendor/world-atlas/countries-50m.json',
    /** Tile errors, before any tile loaded, that make the map fall back to offline. */
    failuresBeforeOffline: 3
  };

  Chronotope.basemap = function (map, options) {
    var o = Chronotope.util.extend({}, defaults, options);
    var layer = null;
    var destroyed = false;

    map.createPane('ct-basemap');
    map.getPane('ct-basemap').style.zIndex = 150;

    function offline() {
      if (layer) { map.removeLayer(layer); layer = null; }
      map.getContainer().classList.add('ct-map--offline');
      fetch(o.offlineUrl).then(function (r) {
        if (!r.ok) { throw new Error('HTTP ' + r.status + ' for ' + o.offlineUrl); }
        return r.json();
      }).then(function (topology) {
        if (destroyed) { return; }
        var countries = topojson.feature(topology, topology.objects.countries);
        layer = L.geoJSON(countries, {
          pane: 'ct-basemap',
          renderer: L.canvas({pane: 'ct-basemap', padding: 0.2}),
          interactive: false,
          style: {color: '#a3acb9', weight: 0.8, fillColor: '#f3f1ea', fillOpacity: 1},
          attribution: 'Natural Earth'
        }).addTo(map);
      });
    }

    function tiles() {
      var loaded = 0, failed = 0;
      var attribution = Chronotope.util.escape(o.attribution);
      if (Chronotope.util.safeUrl(o.attributionUrl)) {
        attribution = '<a href="' + Chronotope.util.escape(o.attributionUrl) + '" rel="noopener noreferrer">'
          + attribution + '</a>';
      }
      layer = L.tileLayer(o.tileUrl, {maxZoom: o.maxZoom, attribution: attribution, pane: 'ct-basemap'});
      layer.on('tileload', function () { loaded++; });
      layer.on('tileerror', function () {
        failed++;
        if (loaded === 0 && failed >= o.failuresBeforeOffline) { offline(); }
      });
      layer.addTo(map);
    }

    if (o.mode === 'tiles' && o.tileUrl) { tiles(); } else { offline(); }

    return {
      isOffline: function () { return map.getContainer().classList.contains('ct-map--offline'); },
      destroy: function () {
        destroyed = true;
        if (layer) { map.removeLayer(layer); }
      }
    };
  };
})(window.Chronotope, window.L);
