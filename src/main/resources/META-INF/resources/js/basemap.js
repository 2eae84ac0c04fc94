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
    /** TopoJSON of the world's countries: light for a wide view, detailed from detailZoom on. */
    offlineUrl: '/vendor/world-atlas/countries-110m.json',
    detailedUrl: '/vendor/world-atlas/countries-50m.json',
    detailZoom: 5,
    /** Tile errors, before any tile loaded, that make the map fall back to offline. */
    failuresBeforeOffline: 3,
    /** Dark outlines, for a dark page. */
    dark: false
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
      var detailed = false;
      var draw = function (url) {
        return fetch(url).then(function (r) {
          if (!r.ok) { throw new Error('HTTP ' + r.status + ' for ' + url); }
          return r.json();
        }).then(function (topology) {
          if (destroyed) { return; }
          var outlines = L.geoJSON(topojson.feature(topology, topology.objects.countries), {
            pane: 'ct-basemap',
            renderer: L.canvas({pane: 'ct-basemap', padding: 0.2}),
            interactive: false,
            style: o.dark ? {color: '#56637a', weight: 0.8, fillColor: '#2a3343', fillOpacity: 1}
              : {color: '#a3acb9', weight: 0.8, fillColor: '#f3f1ea', fillOpacity: 1},
            attribution: 'Natural Earth'
          }).addTo(map);
          if (layer) { map.removeLayer(layer); }
          layer = outlines;
        });
      };
      var detail = function () {
        if (!detailed && map.getZoom() >= o.detailZoom) {
          detailed = true;
          map.off('zoomend', detail);
          draw(o.detailedUrl);
        }
      };
      // The light outlines first; the detailed ones (750 kB) only once the reader zooms in.
      draw(o.offlineUrl).then(function () {
        map.on('zoomend', detail);
        detail();
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
