/*
 * Chronotope.motion — whether the reader asked for less motion (prefers-reduced-motion: reduce)
 * and, if so, Leaflet without flights: every map created afterwards jumps where it would fly,
 * pan or zoom with an animation, through Leaflet's public extension points (mergeOptions,
 * include). The timeline and the story page read Chronotope.motion.reduced themselves.
 */
(function (Chronotope, L) {
  'use strict';

  var reduced = !!(window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches);

  Chronotope.motion = {
    /** True when the reader asked for less motion. */
    reduced: reduced,
    /** How scrollIntoView should move. */
    scrollBehavior: reduced ? 'auto' : 'smooth'
  };

  if (reduced && L) {
    L.Map.mergeOptions({zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false, inertia: false});
    if (L.MarkerClusterGroup) { L.MarkerClusterGroup.mergeOptions({animate: false}); }
    var setView = L.Map.prototype.setView, panBy = L.Map.prototype.panBy;
    L.Map.include({
      setView: function (center, zoom, options) {
        return setView.call(this, center, zoom, L.extend({}, options, {animate: false}));
      },
      panBy: function (offset, options) {
        return panBy.call(this, offset, L.extend({}, options, {animate: false}));
      },
      flyTo: function (center, zoom, options) {
        return this.setView(center, zoom, options);
      }
    });
  }
})(window.Chronotope, window.L);
