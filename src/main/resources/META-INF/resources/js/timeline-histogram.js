/*
 * Chronotope.timelineHistogram(canvas, options) — the per-category bars a timeline shows for a
 * window too dense to draw event by event, stacked in the categories' colours on one canvas.
 */
(function (Chronotope) {
  'use strict';

  var defaults = {
    /** [{code, color}] */
    categories: [],
    /** Pixels left free above the tallest bar and, at the bottom, for the axis. */
    top: 8,
    bottom: 26,
    fallbackColor: '#5b6475'
  };

  Chronotope.timelineHistogram = function (canvas, options) {
    var o = Chronotope.util.extend({}, defaults, options);
    var colors = {};
    o.categories.forEach(function (c) { colors[c.code] = c.color; });

    return {
      /**
       * Clears the canvas to width × height CSS pixels and, when bins are given, draws them at
       * scale x (time → pixels). bins: [{from, to, count, byCategory: {code: n}}].
       */
      draw: function (bins, x, width, height) {
        var ratio = window.devicePixelRatio || 1;
        canvas.width = Math.round(width * ratio);
        canvas.height = Math.round(height * ratio);
        var ctx = canvas.getContext('2d');
        ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
        ctx.clearRect(0, 0, width, height);
        if (!bins || !bins.length) { return; }
        var top = o.top, bottom = height - o.bottom;
        var max = Math.max.apply(null, bins.map(function (b) { return b.count; }));
        bins.forEach(function (bin) {
          var left = x(bin.from), right = x(bin.to);
          if (right < 0 || left > width) { return; }
          var y = bottom;
          Object.keys(bin.byCategory).forEach(function (code) {
            var h = bin.byCategory[code] / max * (bottom - top);
            ctx.fillStyle = colors[code] || o.fallbackColor;
            ctx.fillRect(left, y - h, Math.max(right - left - 1, 1), h);
            y -= h;
          });
        });
      },
      destroy: function () {}
    };
  };
})(window.Chronotope);
