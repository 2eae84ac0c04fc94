/*
 * Chronotope.mapClusters(map, options) — how many events are where, when they are too close or too
 * many to draw one by one: Leaflet.markercluster groups the markers drawn near each other, and the
 * server's grid counts stand for the events when the window holds more than the map draws.
 */
(function (Chronotope, L) {
  'use strict';

  var U = Chronotope.util;

  var defaults = {
    lang: 'en',
    maxZoom: 18,
    labels: {}
  };

  Chronotope.mapClusters = function (map, options) {
    var o = U.extend({}, defaults, options);
    var group = L.markerClusterGroup({maxClusterRadius: 40, showCoverageOnHover: false,
      spiderfyOnMaxZoom: true, iconCreateFunction: clusterIcon}).addTo(map);
    var cells = L.layerGroup().addTo(map);
    var revealing = null;  // {id, handlers}: a marker being brought into view out of its cluster

    function clusterIcon(cluster) {
      var n = cluster.getChildCount();
      var label = U.count(o.labels, 'events', n, o.lang);
      return L.divIcon({className: 'ct-aggregate ct-aggregate--near', iconSize: [34, 34],
        html: '<span aria-label="' + U.escape(label) + '">' + n + '</span>'});
    }

    /** The server's grid: a count per cell, or the event itself (a marker from single) when alone. */
    function drawCells(list, single) {
      cells.clearLayers();
      list.forEach(function (c) {
        if (c.count === 1) {
          cells.addLayer(single({id: c.id, title: c.title, category: c.category, lat: c.lat, lon: c.lon,
            precision: 'EXACT'}));
          return;
        }
        var size = Math.round(30 + 10 * Math.log10(c.count));
        var label = U.count(o.labels, 'events', c.count, o.lang);
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
        cells.addLayer(cell);
      });
    }

    /** Makes a clustered marker visible: opens its cluster in place when its events share one spot. */
    function reveal(m, then) {
      cancelReveal();
      var parent = group.getVisibleParent(m);
      if (parent && parent !== m && samePlace(parent)) {
        if (!map.getBounds().contains(parent.getLatLng())) { map.panTo(parent.getLatLng(), {animate: false}); }
        group.once('spiderfied', then);
        parent.spiderfy();
        return;
      }
      // zoomToShowLayer waits for 'moveend' with a handler it keeps to itself, and that handler
      // throws once the marker has left the group (a newer answer no longer holds it): note the
      // handler so that a newer selection or answer can withdraw it.
      var before = moveendHandlers();
      var done = false;
      group.zoomToShowLayer(m, function () { done = true; revealing = null; then(); });
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
        map.off('moveend', fn, group);
        group.off('animationend', fn, group);
      });
      revealing = null;
    }

    function samePlace(cluster) {
      var b = cluster.getBounds();
      return b.getNorthEast().equals(b.getSouthWest());
    }

    return {
      /** The markers drawn one by one, clustered when close. */
      markers: group,
      drawCells: drawCells,
      clearCells: function () { cells.clearLayers(); },
      reveal: reveal,
      /** Withdraws a reveal under way; only that of event id when an id is given. */
      cancelReveal: function (id) {
        if (id === undefined || (revealing && revealing.id === id)) { cancelReveal(); }
      }
    };
  };
})(window.Chronotope, window.L);
