/*
 * Chronotope.storyMap(el, options) — a story's events on a Leaflet map. It asks the server for
 * the window in view (debounced, stale requests cancelled) and draws what comes back: each event
 * as one marker (clustered when close) plus its shape — a line, a polygon, or a halo for a place
 * known only approximately — or, when the window holds too many events, the server's grid counts.
 */
(function (Chronotope, L) {
  'use strict';

  var U = Chronotope.util;

  var defaults = {
    slug: null,
    api: '/api',
    lang: 'en',
    /** [{code, name, color, icon}] */
    categories: [],
    /** {lat, lon, zoom}, or null to fit the events. */
    view: null,
    /** Options of Chronotope.basemap. */
    basemap: {},
    maxZoom: 18,
    /** Most events drawn one by one; beyond, the server sends clusters. */
    limit: 500,
    /** The server's answer for the first view, when the page carries it. */
    initial: null,
    /** Places shown for context, not events: [{key, kind, name, geometry}] (a border, a region). */
    context: [],
    labels: {},
    /** Called with an event id when the reader picks one on the map. */
    onSelect: function () {}
  };

  /** Halo radius in metres for a point known to this precision. */
  var HALO = {APPROXIMATE: 25000, REGION: 120000, COUNTRY: 350000};
  /** Selecting an area or a line never zooms in further than this: the reader keeps the context. */
  var FRAME_MAX_ZOOM = 7;
  /** Context places are named on the map from this zoom on (before, the legend names them). */
  var CONTEXT_LABEL_ZOOM = 6;

  Chronotope.storyMap = function (el, options) {
    var o = U.extend({}, defaults, options);
    var byCode = {};
    o.categories.forEach(function (c) { byCode[c.code] = c; });

    var map = L.map(el, {maxZoom: o.maxZoom, minZoom: 1, worldCopyJump: true});
    if (o.view) {
      map.setView([o.view.lat, o.view.lon], o.view.zoom);
    } else {
      map.setView([20, 0], 2);
    }
    var basemap = Chronotope.basemap(map, U.extend({maxZoom: o.maxZoom}, o.basemap));
    drawContext(o.context || []);
    var clusters = L.markerClusterGroup({maxClusterRadius: 40, showCoverageOnHover: false,
      spiderfyOnMaxZoom: true, iconCreateFunction: clusterIcon}).addTo(map);
    var shapes = L.featureGroup().addTo(map);
    var aggregates = L.layerGroup().addTo(map);
    var status = L.control({position: 'bottomleft'});
    status.onAdd = function () { return U.el('div', 'ct-map-status', {role: 'status'}); };
    status.addTo(map);

    var markers = {};      // event id → marker
    var ownShapes = {};    // event id → its line or polygon
    var halos = {};        // "lat,lon,radius" → {layer, ids}
    var fitted = !!o.view;
    var selectedId = null;
    var stray = null;      // the selected event when it is not drawn (clusters mode)
    var revealing = null;  // {id, handlers}: a marker being brought into view out of its cluster
    var period = {from: null, to: null};
    var categories = null;
    var fetcher = U.latestOnly();
    var reload = U.debounce(load, 200);

    map.on('moveend', reload);
    if (o.initial) {
      // The page brought the first answer along: no request before the first drawing.
      draw(o.initial);
    } else {
      load();
    }

    /**
     * The story's context places under its events: a border as a dashed line, a region as a dashed
     * outline, named in the legend and, once zoomed in enough for room, on the map. They inform;
     * they are not events and take no clicks.
     */
    function drawContext(places) {
      if (!places.length) { return; }
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
      });
      var labels = function () {
        el.classList.toggle('ct-map--context-labels', map.getZoom() >= CONTEXT_LABEL_ZOOM);
      };
      map.on('zoomend', labels);
      labels();
    }

    function load() {
      if (categories && !categories.length) {
        fetcher.abort();
        drawFeatures([]);
        return;
      }
      var url = o.api + '/stories/' + encodeURIComponent(o.slug) + '/map' + U.query({
        bbox: fitted ? bbox() : null,
        zoom: Math.round(map.getZoom()),
        from: period.from === null ? null : Chronotope.dates.isoMinute(period.from),
        to: period.to === null ? null : Chronotope.dates.isoMinute(period.to),
        category: categories ? categories.join(',') : null,
        limit: o.limit
      });
      setStatus(o.labels.loading);
      fetcher.get(url).then(draw, function (error) {
        setStatus(o.labels.loadError);
        throw error;
      });
    }

    function draw(data) {
      setStatus('');
      if (data.mode === 'features') {
        drawFeatures(data.features);
        if (!fitted) {
          fitted = true;
          var bounds = L.latLngBounds(data.features.map(function (f) { return [f.lat, f.lon]; }));
          if (bounds.isValid()) { map.fitBounds(bounds, {padding: [30, 30], maxZoom: 8}); }
        }
      } else {
        drawAggregates(data.clusters);
        if (!fitted) {
          fitted = true;
          var cells = L.latLngBounds(data.clusters.map(function (c) { return [c.lat, c.lon]; }));
          if (cells.isValid()) { map.fitBounds(cells, {padding: [30, 30], maxZoom: 8}); }
        }
      }
      el.setAttribute('data-ct-mode', data.mode);
      el.setAttribute('data-ct-loaded', (+el.getAttribute('data-ct-loaded') || 0) + 1);
    }

    /** The view as west,south,east,north within ±180/±90; west > east when it crosses the antimeridian. */
    function bbox() {
      var b = map.getBounds();
      var w = b.getWest(), e = b.getEast();
      if (e - w >= 360) {
        w = -180; e = 180;
      } else {
        w = L.Util.wrapNum(w, [-180, 180], true);
        e = L.Util.wrapNum(e, [-180, 180], true);
      }
      var s = Math.max(-90, b.getSouth()), n = Math.min(90, b.getNorth());
      return [w, s, e, n].map(function (v) { return v.toFixed(5); }).join(',');
    }

    function drawFeatures(features) {
      aggregates.clearLayers();
      var keep = {}, added = [], removed = [];
      features.forEach(function (f) {
        keep[f.id] = true;
        if (!markers[f.id]) {
          markers[f.id] = marker(f);
          added.push(markers[f.id]);
          addShape(f);
        }
      });
      Object.keys(markers).forEach(function (id) {
        if (!keep[id]) {
          if (revealing && revealing.id === +id) { cancelReveal(); }
          removed.push(markers[id]);
          removeShape(+id);
          delete markers[id];
        }
      });
      clusters.removeLayers(removed);
      clusters.addLayers(added);
    }

    function drawAggregates(cells) {
      cancelReveal();
      clusters.clearLayers();
      shapes.clearLayers();
      markers = {};
      ownShapes = {};
      halos = {};
      aggregates.clearLayers();
      cells.forEach(function (c) {
        if (c.count === 1) {
          var m = marker({id: c.id, title: c.title, category: c.category, lat: c.lat, lon: c.lon, precision: 'EXACT'});
          markers[c.id] = m;
          aggregates.addLayer(m);
          return;
        }
        var size = Math.round(30 + 10 * Math.log10(c.count));
        var label = U.count(o.labels.events || '%n', c.count, o.lang);
        var cell = L.marker([c.lat, c.lon], {
          keyboard: true,
          title: label,
          icon: L.divIcon({className: 'ct-aggregate', iconSize: [size, size],
            html: '<span>' + U.escape(U.number(c.count, o.lang)) + '</span>'})
        });
        cell.on('click', function () {
          var bounds = L.latLngBounds([c.bbox[1], c.bbox[0]], [c.bbox[3], c.bbox[2]]);
          var zoom = Math.min(map.getBoundsZoom(bounds.pad(0.2)), o.maxZoom);
          map.flyTo(bounds.getCenter(), Math.max(zoom, map.getZoom() + 1));
        });
        cell.on('add', function () { cell.getElement().setAttribute('aria-label', label); });
        aggregates.addLayer(cell);
      });
    }

    function marker(f) {
      var approximate = f.precision && f.precision !== 'EXACT';
      var m = L.marker([f.lat, f.lon], {
        keyboard: true,
        title: f.title,
        riseOnHover: true,
        icon: L.divIcon({
          className: 'ct-marker' + (approximate ? ' ct-marker--approximate' : ''),
          html: Chronotope.icons.svg(byCode[f.category], 26),
          iconSize: [26, 26],
          iconAnchor: [13, 13],
          popupAnchor: [0, -12]
        })
      });
      m.ctEvent = f;
      m.bindPopup(function () { return popup(f); }, {autoPanPadding: [24, 24], maxWidth: 260});
      m.on('click', function () { o.onSelect(f.id, 'map'); });
      m.on('add', function () {
        var node = m.getElement();
        node.setAttribute('aria-label', f.title);
        node.setAttribute('data-ct-event', f.id);
        node.classList.toggle('ct-marker--selected', f.id === selectedId);
      });
      return m;
    }

    function popup(f) {
      var box = U.el('div', 'ct-popup');
      box.appendChild(U.el('strong', 'ct-popup-title', {}, f.title));
      if (f.start) {
        box.appendChild(U.el('span', 'ct-popup-when', {}, Chronotope.dates.range(f.start, f.end, o.lang)));
      }
      if (f.precision && f.precision !== 'EXACT') {
        box.appendChild(U.el('span', 'ct-popup-note', {}, o.labels.approximate));
      }
      return box;
    }

    function addShape(f) {
      var category = byCode[f.category];
      var color = category ? category.color : '#5b6475';
      var approximate = f.precision && f.precision !== 'EXACT';
      if (f.geometry.type === 'Point') {
        if (!approximate) { return; }
        var radius = HALO[f.precision] || HALO.APPROXIMATE;
        var key = f.lat + ',' + f.lon + ',' + radius + ',' + color;
        if (!halos[key]) {
          halos[key] = {ids: {}, layer: L.circle([f.lat, f.lon], {radius: radius, color: color, weight: 1.5,
            dashArray: '4 5', fillColor: color, fillOpacity: 0.1, interactive: false})};
          shapes.addLayer(halos[key].layer);
        }
        halos[key].ids[f.id] = true;
        return;
      }
      var shape = L.geoJSON(f.geometry, {
        style: {color: color, weight: f.geometry.type === 'LineString' ? 3 : 2, opacity: 0.85,
          dashArray: approximate ? '7 6' : null, fillColor: color, fillOpacity: 0.2}
      });
      shape.on('click', function () { select(f.id); o.onSelect(f.id, 'map'); });
      ownShapes[f.id] = shape;
      shapes.addLayer(shape);
    }

    function removeShape(id) {
      if (ownShapes[id]) {
        shapes.removeLayer(ownShapes[id]);
        delete ownShapes[id];
      }
      Object.keys(halos).forEach(function (key) {
        var halo = halos[key];
        if (halo.ids[id]) {
          delete halo.ids[id];
          if (!Object.keys(halo.ids).length) {
            shapes.removeLayer(halo.layer);
            delete halos[key];
          }
        }
      });
    }

    function clusterIcon(cluster) {
      var n = cluster.getChildCount();
      var label = U.count(o.labels.events || '%n', n, o.lang);
      return L.divIcon({className: 'ct-aggregate ct-aggregate--near', iconSize: [34, 34],
        html: '<span aria-label="' + U.escape(label) + '">' + n + '</span>'});
    }

    function setStatus(text) {
      var node = status.getContainer();
      node.textContent = text || '';
      node.hidden = !text;
    }

    function highlight(id, on) {
      var m = markers[id];
      if (m && m.getElement()) { m.getElement().classList.toggle('ct-marker--selected', on); }
    }

    /** Makes a clustered marker visible: opens its cluster in place when its events share one spot. */
    function reveal(m, then) {
      cancelReveal();
      var parent = clusters.getVisibleParent(m);
      if (parent && parent !== m && samePlace(parent)) {
        if (!map.getBounds().contains(parent.getLatLng())) { map.panTo(parent.getLatLng(), {animate: false}); }
        clusters.once('spiderfied', then);
        parent.spiderfy();
        return;
      }
      // zoomToShowLayer waits for 'moveend' with a handler it keeps to itself, and that handler
      // throws once the marker has left the group (a newer answer no longer holds it): note the
      // handler so that a newer selection or answer can withdraw it.
      var before = moveendHandlers();
      var done = false;
      clusters.zoomToShowLayer(m, function () { done = true; revealing = null; then(); });
      var added = moveendHandlers().filter(function (h) { return before.indexOf(h) < 0; });
      if (!done && added.length) {
        revealing = {id: m.ctEvent.id, handlers: added};
      }
    }

    function moveendHandlers() {
      return ((map._events && map._events.moveend) || []).map(function (l) { return l.fn; });
    }

    function cancelReveal() {
      if (!revealing) { return; }
      revealing.handlers.forEach(function (fn) {
        map.off('moveend', fn, clusters);
        clusters.off('animationend', fn, clusters);
      });
      revealing = null;
    }

    function samePlace(cluster) {
      var b = cluster.getBounds();
      return b.getNorthEast().equals(b.getSouthWest());
    }

    /**
     * Flies in on an event's own line or area when it is too small to read at this zoom (a region
     * seen from a continent), far enough to see its shape, not so far as to lose its surroundings
     * (three zoom levels short of filling the map); then calls then.
     */
    function frame(id, then) {
      var shape = ownShapes[id];
      if (!shape) { return false; }
      var bounds = shape.getBounds();
      var zoom = Math.min(map.getBoundsZoom(bounds) - 3, FRAME_MAX_ZOOM);
      if (!bounds.isValid() || zoom <= map.getZoom()) { return false; }
      map.once('moveend', then);
      map.flyTo(bounds.getCenter(), zoom, {duration: 0.8});
      return true;
    }

    /** Shows event id: flies to it and opens its popup; event (the API's JSON) helps when it is not drawn. */
    function select(id, event) {
      cancelReveal();
      if (selectedId !== null) { highlight(selectedId, false); }
      selectedId = id;
      if (stray) { map.removeLayer(stray); stray = null; }
      var m = markers[id];
      if (m) {
        highlight(id, true);
        var show = function () {
          if (selectedId !== id) { return; }
          if (clusters.hasLayer(m)) {
            reveal(m, function () { m.openPopup(); highlight(id, true); });
          } else {
            map.panTo(m.getLatLng());
            m.openPopup();
          }
        };
        if (!frame(id, show)) { show(); }
        return;
      }
      if (event && event.location && event.location.geometry) {
        var where = L.geoJSON(event.location.geometry).getBounds().getCenter();
        stray = marker({id: id, title: event.title, category: event.category, lat: where.lat, lon: where.lng,
          precision: event.location.precision, start: event.start, end: event.end});
        stray.addTo(map);
        map.flyTo(where, Math.max(map.getZoom(), 5));
        stray.openPopup();
      } else {
        map.closePopup();
      }
    }

    return {
      map: map,
      select: select,
      /** Limits the map to the events overlapping [from, to) (epoch seconds), or to all with nulls. */
      setPeriod: function (from, to) {
        period = {from: from, to: to};
        reload();
      },
      /** Limits the map to these category codes, or to all with null. */
      setCategories: function (codes) {
        categories = codes;
        reload();
      },
      /** The ids of the events drawn one by one now. */
      drawnEvents: function () { return Object.keys(markers).map(Number); },
      isOffline: function () { return basemap.isOffline(); },
      invalidateSize: function () { map.invalidateSize(); },
      destroy: function () {
        reload.cancel();
        fetcher.abort();
        basemap.destroy();
        map.remove();
      }
    };
  };
})(window.Chronotope, window.L);
