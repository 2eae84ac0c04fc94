/*
 * Chronotope.editorMap(el, options) — the event form's map picker on Leaflet. Click to put a
 * point and drag its marker to move it; or draw a line or an area by clicking its corners, then
 * "Finish" (or double-click); corners stay draggable. The shape is written as GeoJSON into the
 * hidden input named by data-ct-geometry. A gazetteer place chosen in the form (a "ct:place"
 * event) is drawn dashed and framed. The basemap is the site's (Chronotope.basemap): tiles when
 * configured, else the offline country outlines.
 */
(function (global, L) {
  'use strict';

  var Chronotope = global.Chronotope = global.Chronotope || {};

  var defaults = {
    /** Where the map opens when there is nothing to frame: the Sahel. */
    center: [14.5, -1.5],
    zoom: 5,
    maxZoom: 18,
    /** Decimal places kept in coordinates (5 ≈ 1 m). */
    digits: 5,
    basemap: {mode: 'offline'},
    shapeStyle: {color: '#0b5cad', weight: 3, fillOpacity: 0.15},
    placeStyle: {color: '#6b7280', weight: 2, dashArray: '6 6', fillOpacity: 0.08, interactive: false},
    /** Gazetteer towns drawn as labelled dots, so that "near Dori" can be found without tiles. */
    landmarksUrl: '/api/places?limit=100',
    landmarkStyle: {radius: 3, color: '#4b5563', weight: 1, fillColor: '#4b5563', fillOpacity: 1, interactive: false}
  };

  Chronotope.editorMap = function (el, options) {
    var o = Object.assign({}, defaults, options);
    var input = document.getElementById(el.getAttribute('data-ct-geometry'));
    var placeInput = document.getElementById(el.getAttribute('data-ct-place'));
    var readout = document.getElementById(el.getAttribute('data-ct-readout'));
    var tools = document.querySelector('[data-ct-map-tools="' + el.id + '"]');
    var map = L.map(el, {maxZoom: o.maxZoom, doubleClickZoom: false}).setView(o.center, o.zoom);
    // In a right-to-left page the controls change sides; the map itself is never mirrored.
    if (Chronotope.util && Chronotope.util.rtl(el)) { Chronotope.util.mirrorControls(map); }
    var basemap = Chronotope.basemap ? Chronotope.basemap(map, o.basemap) : null;
    var mode = 'Point';
    var vertices = [];       // [L.LatLng] of the shape being drawn or edited
    var marker = null;       // the point's marker
    var shape = null;        // the line or polygon layer
    var handles = [];        // draggable corner markers
    var drawing = false;
    var placeLayer = null;

    function round(x) { var f = Math.pow(10, o.digits); return Math.round(x * f) / f; }
    function position(ll) { var w = ll.wrap(); return [round(w.lng), round(w.lat)]; }

    function write() {
      var geometry = null;
      if (mode === 'Point' && marker) {
        geometry = {type: 'Point', coordinates: position(marker.getLatLng())};
      } else if (mode === 'LineString' && vertices.length >= 2 && !drawing) {
        geometry = {type: 'LineString', coordinates: vertices.map(position)};
      } else if (mode === 'Polygon' && vertices.length >= 3 && !drawing) {
        var ring = vertices.map(position);
        ring.push(ring[0].slice());
        geometry = {type: 'Polygon', coordinates: [ring]};
      }
      var text = geometry ? JSON.stringify(geometry) : '';
      if (input.value !== text) {
        input.value = text;
        input.dispatchEvent(new Event('change', {bubbles: true}));
      }
      describe(geometry);
    }

    function describe(geometry) {
      if (!readout) { return; }
      // Sentences come from the page (data-ct-label-*), in the editor's language; %s is the
      // position, %n a count.
      function say(kind, fallback) { return readout.getAttribute('data-ct-label-' + kind) || fallback; }
      // A count takes the plural form the page's language gives it (CLDR: Arabic has six).
      function counted(kind, n) {
        var form = new Intl.PluralRules(document.documentElement.lang || 'en').select(n);
        return say(kind + '-' + form, say(kind + '-other', '%n')).replace('%n', String(n));
      }
      if (!geometry) {
        readout.textContent = drawing ? counted('drawing', vertices.length) : '';
      } else if (geometry.type === 'Point') {
        readout.textContent = say('point', '%s').replace('%s',
          geometry.coordinates[1].toFixed(o.digits) + ', ' + geometry.coordinates[0].toFixed(o.digits));
      } else {
        readout.textContent = counted(geometry.type === 'Polygon' ? 'area' : 'line', vertices.length);
      }
    }

    function clearShape() {
      if (marker) { map.removeLayer(marker); marker = null; }
      if (shape) { map.removeLayer(shape); shape = null; }
      handles.forEach(function (h) { map.removeLayer(h); });
      handles = [];
      vertices = [];
      drawing = false;
    }

    function putPoint(latlng) {
      if (!marker) {
        marker = L.marker(latlng, {draggable: true, keyboard: true, title: latlng.lat.toFixed(3) + ', ' + latlng.lng.toFixed(3)})
          .addTo(map);
        marker.on('dragend', write);
      } else {
        marker.setLatLng(latlng);
      }
      write();
    }

    function redrawShape() {
      if (shape) { map.removeLayer(shape); }
      shape = (mode === 'Polygon' && !drawing ? L.polygon(vertices, o.shapeStyle) : L.polyline(vertices, o.shapeStyle))
        .addTo(map);
      handles.forEach(function (h) { map.removeLayer(h); });
      handles = vertices.map(function (v, i) {
        var h = L.marker(v, {draggable: true, icon: L.divIcon({className: 'ct-ed-vertex', iconSize: [12, 12]})}).addTo(map);
        h.on('drag', function (e) { vertices[i] = e.target.getLatLng(); shape.setLatLngs(vertices); });
        h.on('dragend', write);
        return h;
      });
    }

    function finish() {
      var needed = mode === 'Polygon' ? 3 : 2;
      if (vertices.length < needed) { return; }
      drawing = false;
      redrawShape();
      showFinish(false);
      write();
    }

    function showFinish(show) {
      var button = tools && tools.querySelector('[data-ct-finish]');
      if (button) { button.hidden = !show; }
    }

    function setMode(next) {
      if (next === mode) { return; }
      clearShape();
      mode = next;
      if (tools) {
        tools.querySelectorAll('[data-ct-draw]').forEach(function (b) {
          b.setAttribute('aria-pressed', b.getAttribute('data-ct-draw') === mode ? 'true' : 'false');
        });
      }
      showFinish(false);
      write();
    }

    function onClick(e) {
      if (mode === 'Point') { putPoint(e.latlng); return; }
      if (!drawing) { clearShape(); drawing = true; }
      vertices.push(e.latlng);
      redrawShape();
      showFinish(vertices.length >= (mode === 'Polygon' ? 3 : 2));
      write();
    }

    function load(text) {
      var geometry;
      try { geometry = text ? JSON.parse(text) : null; } catch (ignored) { geometry = null; }
      if (!geometry || !geometry.type) { return null; }
      setMode(geometry.type);
      if (geometry.type === 'Point') {
        putPoint(L.latLng(geometry.coordinates[1], geometry.coordinates[0]));
        return L.latLng(geometry.coordinates[1], geometry.coordinates[0]).toBounds(50000);
      }
      var coords = geometry.type === 'Polygon' ? geometry.coordinates[0].slice(0, -1) : geometry.coordinates;
      vertices = coords.map(function (c) { return L.latLng(c[1], c[0]); });
      drawing = false;
      redrawShape();
      write();
      return shape.getBounds();
    }

    function showPlace(place, frame) {
      if (placeLayer) { map.removeLayer(placeLayer); placeLayer = null; }
      if (!place || !place.geometry) { return; }
      placeLayer = L.geoJSON(place.geometry, {
        style: function () { return o.placeStyle; },
        pointToLayer: function (f, ll) { return L.circleMarker(ll, Object.assign({radius: 9}, o.placeStyle)); }
      }).addTo(map);
      // Not too close: a town alone on an empty basemap tells nothing; its neighbours do.
      if (frame) { map.fitBounds(placeLayer.getBounds(), {maxZoom: 6, padding: [20, 20]}); }
      if (readout && !input.value) {
        var lang = el.getAttribute('data-ct-lang') || document.documentElement.lang;
        readout.textContent = (readout.getAttribute('data-ct-label-place') || '%s')
          .replace('%s', (place.names && place.names[lang]) || place.name);
      }
    }

    function onPlace(e) { showPlace(e.detail, !input.value); }

    function landmarks() {
      if (!o.landmarksUrl) { return; }
      fetch(o.landmarksUrl, {headers: {Accept: 'application/json'}})
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (places) {
          var lang = el.getAttribute('data-ct-lang') || document.documentElement.lang;
          places.filter(function (p) { return p.geometry && p.geometry.type === 'Point'; }).forEach(function (p) {
            L.circleMarker([p.center[1], p.center[0]], o.landmarkStyle)
              .bindTooltip(document.createTextNode((p.names && p.names[lang]) || p.name),
                {permanent: true, direction: 'right', offset: [4, 0], className: 'ct-ed-landmark', interactive: false})
              .addTo(map);
          });
        });
    }

    map.on('click', onClick);
    map.on('dblclick', finish);
    document.addEventListener('ct:place', onPlace);
    if (tools) {
      tools.hidden = false;
      tools.addEventListener('click', function (e) {
        var button = e.target.closest('button');
        if (!button) { return; }
        if (button.hasAttribute('data-ct-draw')) { setMode(button.getAttribute('data-ct-draw')); }
        if (button.hasAttribute('data-ct-finish')) { finish(); }
        if (button.hasAttribute('data-ct-clear')) { clearShape(); showFinish(false); write(); }
      });
    }

    landmarks();
    var bounds = load(input.value);
    if (bounds) {
      map.fitBounds(bounds, {maxZoom: 7});
    } else if (o.view) {
      map.setView([o.view.lat, o.view.lon], o.view.zoom);
    }
    if (placeInput && placeInput.value) {
      fetch('/api/places/' + encodeURIComponent(placeInput.value), {headers: {Accept: 'application/json'}})
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (place) { showPlace(place, !bounds); });
    }

    var api = {
      map: map,
      /** The geometry as GeoJSON text, as the form will send it. */
      value: function () { return input.value; },
      destroy: function () {
        document.removeEventListener('ct:place', onPlace);
        if (basemap) { basemap.destroy(); }
        map.remove();
      }
    };
    el.ctEditorMap = api;
    return api;
  };

  document.querySelectorAll('[data-ct-picker]').forEach(function (el) {
    var view = el.getAttribute('data-ct-view-lat') ? {
      lat: +el.getAttribute('data-ct-view-lat'), lon: +el.getAttribute('data-ct-view-lon'),
      zoom: +(el.getAttribute('data-ct-view-zoom') || 5)
    } : null;
    Chronotope.editorMap(el, {
      view: view,
      basemap: {
        mode: el.getAttribute('data-ct-basemap') || 'offline',
        tileUrl: el.getAttribute('data-ct-tiles') || null,
        attribution: el.getAttribute('data-ct-attribution') || '',
        attributionUrl: el.getAttribute('data-ct-attribution-url') || null,
        maxZoom: +(el.getAttribute('data-ct-max-zoom') || 18)
      }
    });
  });
})(window, window.L);
