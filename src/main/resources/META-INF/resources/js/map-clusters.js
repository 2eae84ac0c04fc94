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
    var revealing = null;  // {id, handler, unlisten}: a marker being brought into view out of its cluster

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

    /**
     * Makes a clustered marker visible: zooms into the clusters that hold it, one level of them at
     * a time, and opens its cluster in place when its events share one spot. Only public events
     * are listened to (the map's moveend, the group's animationend and spiderfied), each by a
     * handler kept here, so that a newer selection or answer can withdraw a reveal under way.
     */
    function reveal(m, then) {
      cancelReveal();
      var state = {id: m.ctEvent.id, unlisten: null, steps: 0};
      revealing = state;

      /** Steps again once target fires type: the one event that ends the move just asked for. */
      function after(target, type) {
        var handler = function () {
          unlisten();
          // Let the cluster group finish redrawing before looking again.
          setTimeout(step, 0);
        };
        target.on(type, handler);
        state.unlisten = function () { target.off(type, handler); };
      }

      function unlisten() {
        if (state.unlisten) { state.unlisten(); }
        state.unlisten = null;
      }

      function step() {
        if (revealing !== state) { return; }
        if (!group.hasLayer(m) || state.steps++ > 30) { revealing = null; return; }
        var parent = group.getVisibleParent(m);
        var inView = map.getBounds().contains(m.getLatLng());
        if (parent === m && inView) {
          revealing = null;
          then();
          return;
        }
        if (parent && parent !== m && samePlace(parent)) {
          if (!map.getBounds().contains(parent.getLatLng())) { map.panTo(parent.getLatLng(), {animate: false}); }
          after(group, 'spiderfied');
          parent.spiderfy();
        } else if (parent && parent !== m && map.getZoom() < map.getMaxZoom()) {
          // The group redraws its clusters for the new zoom, then says so.
          after(group, 'animationend');
          parent.zoomToBounds();
        } else {
          after(map, 'moveend');
          map.panTo(m.getLatLng());
        }
      }

      step();
    }

    function cancelReveal() {
      if (!revealing) { return; }
      if (revealing.unlisten) { revealing.unlisten(); }
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
