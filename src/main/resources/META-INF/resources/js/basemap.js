/*
 * Chronotope.basemap(map, options) — the map's background: tiles from the configured server, or
 * the country outlines shipped with the app (Natural Earth via world-atlas), drawn on a canvas.
 * Offline is the default; tiles (a newsroom's own tile server) are asked for only once the page
 * has loaded, so its load event never waits on them, and the outlines take over when the first
 * tile has not arrived within tileTimeout or the tiles fail before any has loaded.
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
    /** Milliseconds the first tile may take before the map falls back to offline. */
    tileTimeout: 3000,
    /** Dark outlines, for a dark page. */
    dark: false,
    /**
     * Called once the offline outlines are read, with where to name each country:
     * [{name, lat, lon, weight, minPixels}] (weight: its area; minPixels: its size across, as a
     * share of the world's width).
     */
    onCountries: null,
    /**
     * Where to read the countries' names in the reader's language ({"466": "مالي", …} by ISO 3166
     * numeric code), or null to keep the outlines' own English names.
     */
    countryNamesUrl: null
  };

  /**
   * Country outlines drawn on canvas tiles (Leaflet's public GridLayer: it places, zooms, animates
   * and discards the tiles). Leaflet's vector layers would make an object per point and project
   * each through the map: a quarter of a second for the world at 1:50m on a slow machine, on every
   * zoom. Here each point is turned into Web Mercator's unit square once (the map's EPSG:3857), so
   * a tile is a multiplication per point, and rings outside the tile are skipped.
   */
  var Outlines = L.GridLayer.extend({
    /** shapes: per country, its rings from unitRing(); options.style: {fill, stroke}. */
    initialize: function (shapes, options) {
      L.GridLayer.prototype.initialize.call(this, options);
      this._shapes = shapes;
    },

    createTile: function (coords) {
      var size = this.getTileSize();
      var ratio = window.devicePixelRatio || 1;
      var tile = document.createElement('canvas');
      tile.width = Math.round(size.x * ratio);
      tile.height = Math.round(size.y * ratio);
      var ctx = tile.getContext('2d');
      ctx.scale(ratio, ratio);
      paint(ctx, this._shapes, this.options.style, coords, size);
      return tile;
    }
  });

  /** Draws the rings that meet one tile: its unit-square extent is coords over 2^z. */
  function paint(ctx, shapes, style, coords, size) {
    var n = Math.pow(2, coords.z);
    var scaleX = size.x * n, scaleY = size.y * n;
    var originX = coords.x * size.x, originY = coords.y * size.y;
    // The tile in unit-square coordinates, with a pixel's margin for the strokes.
    var minX = (originX - 1) / scaleX, maxX = (originX + size.x + 1) / scaleX;
    var minY = (originY - 1) / scaleY, maxY = (originY + size.y + 1) / scaleY;
    ctx.fillStyle = style.fill;
    ctx.strokeStyle = style.stroke;
    ctx.lineWidth = 0.8;
    ctx.lineJoin = 'round';
    shapes.forEach(function (rings) {
      var drawn = false;
      ctx.beginPath();
      rings.forEach(function (r) {
        if (r.maxX < minX || r.minX > maxX || r.maxY < minY || r.minY > maxY) { return; }
        var pts = r.points, lastX = Infinity, lastY = Infinity;
        for (var i = 0; i < pts.length; i += 2) {
          var x = pts[i] * scaleX - originX, y = pts[i + 1] * scaleY - originY;
          if (i === 0) {
            ctx.moveTo(x, y);
          } else if (Math.abs(x - lastX) + Math.abs(y - lastY) < 0.7 && i < pts.length - 2) {
            continue;  // under a pixel from the last point drawn
          } else {
            ctx.lineTo(x, y);
          }
          lastX = x; lastY = y;
        }
        ctx.closePath();
        drawn = true;
      });
      if (drawn) {
        ctx.fill('evenodd');
        ctx.stroke();
      }
    });
  }

  var idle = window.requestIdleCallback || function (f) { return setTimeout(f, 50); };

  /**
   * The countries of a world-atlas topology as shapes for Outlines, made a few at a time while the
   * browser is idle, so that even the detailed outlines never hold a frame or a click for long.
   */
  function shapesOf(topology, names, localized) {
    var geometries = topology.objects.countries.geometries, shapes = [], i = 0;
    return new Promise(function (resolve) {
      idle(function slice() {
        var until = Date.now() + 10;
        while (i < geometries.length && Date.now() < until) {
          var g = topojson.feature(topology, geometries[i++]).geometry;
          var polygons = !g ? [] : g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
          var rings = [];
          var largest = null;
          polygons.forEach(function (polygon) {
            polygon.forEach(function (ring, n) {
              var r = unitRing(ring);
              rings.push(r);
              if (n === 0 && (!largest || r.area > largest.area)) { largest = r; }
            });
          });
          shapes.push(rings);
          var country = geometries[i - 1];
          var name = (localized && country.id && localized[country.id]) || (country.properties && country.properties.name);
          if (names && name && largest) { names.push(countryLabel(name, largest)); }
        }
        if (i < geometries.length) { idle(slice); } else { resolve(shapes); }
      });
    });
  }

  /** Where to name a country: the middle of its largest ring, back in degrees. */
  function countryLabel(name, ring) {
    return {name: name, weight: ring.area * 1e8, minPixels: Math.sqrt(ring.area),
      lon: (ring.cx - 0.5) * 360,
      lat: Math.atan(Math.sinh(Math.PI * (1 - 2 * ring.cy))) * 180 / Math.PI};
  }

  /**
   * A GeoJSON ring of [lon, lat] as x, y pairs in Web Mercator's unit square, with its extent,
   * area and centroid there.
   */
  function unitRing(ring) {
    var points = new Float64Array(ring.length * 2);
    var ring2 = {points: points, minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity};
    var limit = L.Projection.SphericalMercator.MAX_LATITUDE;
    for (var i = 0; i < ring.length; i++) {
      var lat = Math.max(-limit, Math.min(limit, ring[i][1])) * Math.PI / 180;
      var x = ring[i][0] / 360 + 0.5;
      var y = 0.5 - Math.log(Math.tan(Math.PI / 4 + lat / 2)) / (2 * Math.PI);
      points[2 * i] = x;
      points[2 * i + 1] = y;
      if (x < ring2.minX) { ring2.minX = x; }
      if (x > ring2.maxX) { ring2.maxX = x; }
      if (y < ring2.minY) { ring2.minY = y; }
      if (y > ring2.maxY) { ring2.maxY = y; }
    }
    // Shoelace formula for the area and centroid.
    var a = 0, cx = 0, cy = 0;
    for (var j = 0; j + 3 < points.length; j += 2) {
      var cross = points[j] * points[j + 3] - points[j + 2] * points[j + 1];
      a += cross;
      cx += (points[j] + points[j + 2]) * cross;
      cy += (points[j + 1] + points[j + 3]) * cross;
    }
    ring2.area = Math.abs(a / 2);
    ring2.cx = a ? cx / (3 * a) : (ring2.minX + ring2.maxX) / 2;
    ring2.cy = a ? cy / (3 * a) : (ring2.minY + ring2.maxY) / 2;
    return ring2;
  }

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
      // The names in the reader's language, asked beside the light outlines; without them (or
      // when they fail) the countries keep the outlines' English names.
      var namesRead = names();
      var draw = function (url, labels) {
        return Promise.all([json(url), labels ? namesRead : null]).then(function (read) {
          return shapesOf(read[0], labels, read[1]);
        }).then(function (shapes) {
          if (destroyed) { return; }
          if (labels && o.onCountries) { o.onCountries(labels); }
          var outlines = new Outlines(shapes, {
            pane: 'ct-basemap',
            // One world, drawn again east and west of it as the map pans (coords arrive wrapped).
            keepBuffer: 4,
            style: o.dark ? {stroke: '#56637a', fill: '#2a3343'} : {stroke: '#a3acb9', fill: '#f3f1ea'},
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
      // The light outlines first; the detailed ones (750 kB) only at detailZoom, once the light
      // ones are drawn.
      draw(o.offlineUrl, []).then(function () {
        if (destroyed) { return; }
        map.on('zoomend', detail);
        detail();
      });
    }

    function json(url) {
      return fetch(url).then(function (r) {
        if (!r.ok) { throw new Error('HTTP ' + r.status + ' for ' + url); }
        return r.json();
      });
    }

    function names() {
      if (!o.countryNamesUrl || !o.onCountries) { return Promise.resolve(null); }
      return json(o.countryNamesUrl).catch(function () { return null; });
    }

    function tiles() {
      if (destroyed || layer) { return; }
      var loaded = 0, failed = 0;
      var attribution = Chronotope.util.escape(o.attribution);
      if (Chronotope.util.safeUrl(o.attributionUrl)) {
        attribution = '<a href="' + Chronotope.util.escape(o.attributionUrl) + '" rel="noopener noreferrer">'
          + attribution + '</a>';
      }
      var tileLayer = L.tileLayer(o.tileUrl, {maxZoom: o.maxZoom, attribution: attribution, pane: 'ct-basemap'});
      layer = tileLayer;
      var fallBack = function () {
        clearTimeout(late);
        if (loaded === 0 && !destroyed && layer === tileLayer) { offline(); }
      };
      var late = setTimeout(fallBack, o.tileTimeout);
      layer.on('tileload', function () {
        loaded++;
        clearTimeout(late);
      });
      layer.on('tileerror', function () {
        failed++;
        if (failed >= o.failuresBeforeOffline) { fallBack(); }
      });
      layer.addTo(map);
    }

    if (o.mode === 'tiles' && o.tileUrl) {
      if (document.readyState === 'complete') {
        tiles();
      } else {
        window.addEventListener('load', tiles, {once: true});
      }
    } else {
      offline();
    }

    return {
      isOffline: function () { return map.getContainer().classList.contains('ct-map--offline'); },
      destroy: function () {
        destroyed = true;
        window.removeEventListener('load', tiles);
        if (layer) { map.removeLayer(layer); }
      }
    };
  };
})(window.Chronotope, window.L);
