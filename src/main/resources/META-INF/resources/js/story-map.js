/*
 * Chronotope.storyMap(el, options) — a story's events on a Leaflet map. It asks the server for
 * the window in view (debounced, stale requests cancelled) and draws what comes back: each event
 * as one marker (map-marker.js, clustered when close: map-clusters.js) plus its shape (a line, a
 * polygon, or a halo for a place known only approximately: map-shapes.js) — or, when the window
 * holds too many events, the server's grid counts. Under them: the basemap (basemap.js) and the
 * story's context places (map-context.js); over them, names (map-labels.js).
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
    /** The places of the story's events, to name: [{name, kind, lon, lat, events}]. */
    places: [],
    /** Whether to name the cities in view too (the gazetteer's labels API). */
    cities: true,
    labels: {},
    /** Called with an event id when the reader picks one on the map. */
    onSelect: function () {}
  };

  Chronotope.storyMap = function (el, options) {
    var o = U.extend({}, defaults, options);
    var byCode = {};
    o.categories.forEach(function (c) { byCode[c.code] = c; });

    var map = L.map(el, {maxZoom: o.maxZoom, minZoom: 1, worldCopyJump: true});
    // The map itself is never mirrored; its controls are, in a right-to-left page: zoom at the top right.
    var rtl = U.rtl(el);
    if (rtl) { U.mirrorControls(map); }
    if (o.view) {
      map.setView([o.view.lat, o.view.lon], o.view.zoom);
    } else {
      map.setView([20, 0], 2);
    }
    var names = Chronotope.mapLabels(map, {api: o.api, cities: o.cities});
    // Countries are named in the page's language; the outlines' own names are English.
    var language = String(o.lang).split('-')[0];
    var basemap = Chronotope.basemap(map, U.extend({maxZoom: o.maxZoom,
      countryNamesUrl: language === 'en' ? null : o.api + '/places/labels/countries' + U.query({lang: language}),
      onCountries: function (list) { names.set('country', list); }}, o.basemap));
    var context = Chronotope.mapContext(map, o.context || []);
    names.set('context', context.labels());
    names.set('place', (o.places || []).map(function (p) {
      return {name: p.name, lat: p.lat, lon: p.lon, weight: p.events, radius: 13};
    }));
    var clusters = Chronotope.mapClusters(map, {lang: o.lang, maxZoom: o.maxZoom, labels: o.labels});
    clusters.markers.on('animationend spiderfied unspiderfied', function () { names.update(); });
    var shapes = Chronotope.mapShapes(map, {categories: byCode,
      onSelect: function (id) { select(id); o.onSelect(id, 'map'); }});
    var status = L.control({position: rtl ? 'bottomright' : 'bottomleft'});
    status.onAdd = function () { return U.el('div', 'ct-map-status', {role: 'status'}); };
    status.addTo(map);

    var markers = {};      // event id → marker
    var fitted = !!o.view;
    var selectedId = null;
    var stray = null;      // the selected event when it is not drawn (clusters mode)
    var period = {from: null, to: null};
    var categories = null;
    var verification = null;   // statuses shown, null for all
    var fetcher = U.latestOnly();
    var reload = U.debounce(load, 200);

    map.on('moveend', reload);
    if (o.initial) {
      // The page brought the first answer along: no request before the first drawing.
      draw(o.initial);
    } else {
      load();
    }

    function marker(f) {
      return Chronotope.mapMarker(f, {lang: o.lang, categories: byCode, labels: o.labels,
        isSelected: function (id) { return id === selectedId; },
        onSelect: function (id) { o.onSelect(id, 'map'); }});
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
        verification: verification ? verification.join(',') : null,
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
      var points;
      if (data.mode === 'features') {
        drawFeatures(data.features);
        points = data.features;
      } else {
        drawCells(data.clusters);
        points = data.clusters;
      }
      if (!fitted) {
        fitted = true;
        var bounds = L.latLngBounds(points.map(function (p) { return [p.lat, p.lon]; }));
        if (bounds.isValid()) { map.fitBounds(bounds, {padding: [30, 30], maxZoom: 8}); }
      }
      names.update();
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
      clusters.clearCells();
      // Every event of the window is drawn now: the selected one, if it is among them, has its own
      // marker, and if it is not (another period, a hidden category) it has none.
      var hadStray = !!stray;
      dropStray();
      var keep = {}, added = [], removed = [];
      features.forEach(function (f) {
        keep[f.id] = true;
        // An event changed since it was drawn (a live story's edit) gets a new marker.
        var key = JSON.stringify(f);
        if (markers[f.id] && markers[f.id].ctKey !== key) {
          removed.push(markers[f.id]);
          shapes.remove(f.id);
          delete markers[f.id];
        }
        if (!markers[f.id]) {
          markers[f.id] = marker(f);
          markers[f.id].ctKey = key;
          added.push(markers[f.id]);
          shapes.add(f);
        }
      });
      Object.keys(markers).forEach(function (id) {
        if (!keep[id]) {
          clusters.cancelReveal(+id);
          removed.push(markers[id]);
          shapes.remove(+id);
          delete markers[id];
        }
      });
      clusters.markers.removeLayers(removed);
      clusters.markers.addLayers(added);
      var chosen = hadStray && markers[selectedId];
      if (chosen && map.hasLayer(chosen)) { chosen.openPopup(); }
    }

    function dropStray() {
      if (stray) {
        map.removeLayer(stray);
        stray = null;
      }
    }

    function drawCells(cells) {
      clusters.cancelReveal();
      clusters.markers.clearLayers();
      shapes.clear();
      markers = {};
      clusters.drawCells(cells, function (f) {
        markers[f.id] = marker(f);
        return markers[f.id];
      });
      if (stray && markers[selectedId]) { dropStray(); }
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

    /** Shows event id: flies to it and opens its popup; event (the API's JSON) helps when it is not drawn. */
    function select(id, event) {
      clusters.cancelReveal();
      if (selectedId !== null) { highlight(selectedId, false); }
      selectedId = id;
      dropStray();
      var m = markers[id];
      if (m) {
        highlight(id, true);
        var show = function () {
          if (selectedId !== id) { return; }
          if (clusters.markers.hasLayer(m)) {
            clusters.reveal(m, function () { m.openPopup(); highlight(id, true); });
          } else {
            map.panTo(m.getLatLng());
            m.openPopup();
          }
        };
        if (!shapes.frame(id, show)) { show(); }
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
      /** Shows only events of these verification statuses (null: all). */
      setVerification: function (statuses) {
        verification = statuses;
        reload();
      },
      /** The ids of the events drawn one by one now. */
      drawnEvents: function () { return Object.keys(markers).map(Number); },
      /** Asks for the window in view again (the story changed), without moving the map. */
      refresh: function () { reload(); },
      /** Marks event id (or none with null) as the selected one without moving the map: a tour frames it. */
      mark: function (id) {
        clusters.cancelReveal();
        if (selectedId !== null) { highlight(selectedId, false); }
        selectedId = id;
        dropStray();
        map.closePopup();
        if (id !== null) { highlight(id, true); }
      },
      /**
       * Shows view ({lat, lon, zoom}) or else bounds ([west, south, east, north]); glides there
       * unless animate is false (prefers-reduced-motion), then jumps.
       */
      frame: function (view, bounds, animate) {
        fitted = true;
        var options = {animate: animate !== false, duration: 1.2};
        if (view) {
          if (options.animate) { map.flyTo([view.lat, view.lon], view.zoom, options); } else { map.setView([view.lat, view.lon], view.zoom, {animate: false}); }
        } else if (bounds) {
          var box = L.latLngBounds([bounds[1], bounds[0]], [bounds[3], bounds[2]]);
          var fit = {padding: [40, 40], maxZoom: 9, animate: options.animate, duration: options.duration};
          if (options.animate) { map.flyToBounds(box, fit); } else { map.fitBounds(box, fit); }
        }
      },
      isOffline: function () { return basemap.isOffline(); },
      invalidateSize: function () { map.invalidateSize(); },
      destroy: function () {
        reload.cancel();
        fetcher.abort();
        context.destroy();
        names.destroy();
        basemap.destroy();
        map.remove();
      }
    };
  };
})(window.Chronotope, window.L);
