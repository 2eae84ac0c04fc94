/*
 * Chronotope.mapLabels(map, options) — names on the map: the story's places, its context places,
 * and, by zoom level, the cities and countries around them. Labels are placed greedily by
 * priority: each tries a few spots around its point and takes the first whose box on screen meets
 * no label placed before it nor a marker (the story's places may cover a marker rather than go
 * unnamed); a label with no free spot is hidden. Names are text, never HTML.
 */
(function (Chronotope, L) {
  'use strict';

  var U = Chronotope.util;

  var defaults = {
    api: '/api',
    /** Whether to ask the server for the cities in view (GET {api}/places/labels). */
    cities: true,
    /** Pixels kept free between two labels. */
    gap: 3,
    /** Credit for the cities' names, in the map's attribution once any is shown (HTML). */
    citiesAttribution: '<a href="https://www.geonames.org/" rel="noopener noreferrer">GeoNames</a> (CC BY 4.0)'
  };

  /** Priority bands: a label of a higher band always wins over one of a lower band. */
  var BAND = {context: 4e9, place: 3e9, city: 2e9, country: 1e9};
  /** Spots tried around a point, as the label's offset from it (in units of its own size). */
  var SPOTS = [[0, -0.5], [-1, -0.5], [-0.5, -1], [-0.5, 0]];
  /**
   * A context place (a border, a region) is named on its point first, then beside it, then a
   * line further up or down: still read as its name, and clear of the markers on it.
   */
  var CONTEXT_SPOTS = [[-0.5, -0.5]].concat(SPOTS, [[-0.5, 1], [-0.3, 1], [-0.7, 1], [-0.1, 1], [-0.9, 1],
    [-0.5, -2], [-0.3, -2], [-0.7, -2], [-0.1, -2], [-0.9, -2]]);
  /** A country is named when at least this many pixels across, and up to this zoom. */
  var COUNTRY_MIN_PIXELS = 70, COUNTRY_MAX_ZOOM = 8;

  Chronotope.mapLabels = function (map, options) {
    var o = U.extend({}, defaults, options);
    var pane = map.createPane('ct-labels');
    pane.style.zIndex = 450;
    pane.classList.add('leaflet-zoom-hide');
    var groups = {context: [], place: [], city: [], country: []};
    var fetcher = U.latestOnly();
    var citiesGone = !o.cities;
    var credited = false;
    var askCities = U.debounce(loadCities, 250);
    var layout = U.debounce(place, 16);

    map.on('moveend zoomend resize viewreset', layout);
    map.on('moveend', askCities);

    /**
     * Replaces the labels of one kind: context, place (the story's), city or country. Each item:
     * {name, lat, lon} and a weight within its kind (events, population, area); a city or country
     * named like a story place nearby is left to the story place.
     */
    function set(kind, items) {
      groups[kind].forEach(function (l) { if (l.node) { pane.removeChild(l.node); } });
      groups[kind] = items.filter(function (i) { return i && i.name && isFinite(i.lat) && isFinite(i.lon); })
        .map(function (i) {
          return {kind: kind, name: String(i.name), lat: +i.lat, lon: +i.lon, radius: i.radius || 0,
            weight: +i.weight || 0, minPixels: i.minPixels || 0, node: null, size: null};
        });
      layout();
    }

    function loadCities() {
      if (citiesGone) { return; }
      var b = map.getBounds();
      var url = o.api + '/places/labels' + U.query({
        bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(function (v) {
          return Math.max(-180, Math.min(180, v)).toFixed(4);
        }).join(','),
        zoom: Math.round(map.getZoom())
      });
      fetcher.get(url).then(function (list) {
        if (!credited && Array.isArray(list) && list.length && map.attributionControl) {
          credited = true;
          map.attributionControl.addAttribution(o.citiesAttribution);
        }
        set('city', (Array.isArray(list) ? list : []).map(function (c) {
          return {name: c.name, lat: c.lat, lon: c.lon, weight: c.population, radius: 3};
        }));
      }, function () {
        // No gazetteer labels on this server (or it failed): the map goes on without cities.
        citiesGone = true;
        set('city', []);
      });
    }

    /** Lays every label out again for the current view. */
    function place() {
      var size = map.getSize();
      var zoom = map.getZoom();
      var scale = 256 * Math.pow(2, zoom);
      var storyNames = {};
      groups.place.concat(groups.context).forEach(function (l) { storyNames[fold(l.name)] = l; });
      var all = [];
      Object.keys(groups).forEach(function (kind) {
        groups[kind].forEach(function (l) {
          var visible = true;
          if (kind === 'country') {
            visible = zoom <= COUNTRY_MAX_ZOOM && l.minPixels * scale >= COUNTRY_MIN_PIXELS;
          }
          if ((kind === 'city' || kind === 'country') && storyNames[fold(l.name)]) { visible = false; }
          var p = map.latLngToContainerPoint([l.lat, l.lon]);
          if (p.x < -200 || p.y < -50 || p.x > size.x + 200 || p.y > size.y + 50) { visible = false; }
          l.point = p;
          l.view = size;
          if (!visible) { hide(l); return; }
          if (!l.node) {
            l.node = U.el('div', 'ct-label ct-label--' + kind + (kind === 'context' ? ' ct-context-label' : ''),
              {}, l.name);
            pane.appendChild(l.node);
          }
          all.push(l);
        });
      });
      // Sizes once per label: the style of a kind does not change with the zoom.
      all.forEach(function (l) { if (!l.size) { l.size = [l.node.offsetWidth, l.node.offsetHeight]; } });
      all.sort(function (a, b) { return (BAND[b.kind] + b.weight) - (BAND[a.kind] + a.weight); });
      // The map's controls (zoom, attribution, status) are taken from the start.
      var taken = boxes('.leaflet-control');
      var markers = boxes('.ct-marker, .ct-aggregate');
      all.forEach(function (l) {
        // Every label keeps clear of the markers if it can; the story's own places may cover one
        // rather than go unnamed.
        var box = spot(l, taken, markers)
          || (l.kind === 'place' || l.kind === 'context' ? spot(l, taken, []) : null);
        if (!box) { hide(l); return; }
        taken.push(box);
        var at = map.containerPointToLayerPoint([box.x1, box.y1]);
        L.DomUtil.setPosition(l.node, at);
        if (l.kind === 'city') {
          // The city's dot, drawn by the label (CSS) where its point is.
          l.node.style.setProperty('--ct-dot-x', Math.round(l.point.x - box.x1) + 'px');
          l.node.style.setProperty('--ct-dot-y', Math.round(l.point.y - box.y1) + 'px');
        }
        l.node.hidden = false;
      });
    }

    /** The first free spot of label l, or null: its box on screen, in container pixels. */
    function spot(l, taken, obstacles) {
      var w = l.size[0], h = l.size[1], p = l.point, r = l.radius + o.gap;
      var tries = l.kind === 'country' ? [[-0.5, -0.5]] : l.kind === 'context' ? CONTEXT_SPOTS : SPOTS;
      for (var i = 0; i < tries.length; i++) {
        var dx = tries[i][0], dy = tries[i][1];
        // Beside the point, clear of its marker's radius.
        var x = p.x + dx * w + (dx === 0 ? r : dx === -1 ? -r : 0);
        var y = p.y + dy * h + (dy === -1 ? -r : dy === 0 && dx === -0.5 ? r : 0);
        var box = {x1: x, y1: y, x2: x + w, y2: y + h};
        if (x < 0 || y < 0 || x + w > l.view.x || y + h > l.view.y) { continue; }  // cut by the edge
        if (!taken.some(meets(box)) && !obstacles.some(meets(box))) { return box; }
      }
      return null;
    }

    function meets(a) {
      return function (b) {
        return a.x1 < b.x2 + o.gap && b.x1 < a.x2 + o.gap && a.y1 < b.y2 + o.gap && b.y1 < a.y2 + o.gap;
      };
    }

    /** The boxes on screen of the map's elements matching selector, in container pixels. */
    function boxes(selector) {
      var origin = map.getContainer().getBoundingClientRect();
      var nodes = map.getContainer().querySelectorAll(selector);
      return Array.prototype.filter.call(nodes, function (n) { return n.offsetWidth > 0; }).map(function (n) {
        var r = n.getBoundingClientRect();
        return {x1: r.left - origin.left, y1: r.top - origin.top, x2: r.right - origin.left, y2: r.bottom - origin.top};
      });
    }

    function hide(l) {
      if (l.node) { l.node.hidden = true; }
    }

    function fold(name) {
      return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    }

    if (!citiesGone) { map.whenReady(function () { askCities(); }); }

    return {
      set: set,
      /** Lays the labels out again (after markers changed). */
      update: function () { layout(); },
      destroy: function () {
        askCities.cancel();
        layout.cancel();
        fetcher.abort();
        map.off('moveend zoomend resize viewreset', layout);
        map.off('moveend', askCities);
        if (credited && map.attributionControl) { map.attributionControl.removeAttribution(o.citiesAttribution); }
        L.DomUtil.remove(pane);
      }
    };
  };
})(window.Chronotope, window.L);
