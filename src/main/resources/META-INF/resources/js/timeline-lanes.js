/*
 * Chronotope.timelineLanes(options) — where each timeline item goes vertically: the lanes that
 * keep labels from overlapping, by category when grouped. It only computes; the timeline draws.
 */
(function (Chronotope) {
  'use strict';

  var defaults = {
    /** [{code, name}]: the groups' order and labels when grouped. */
    categories: [],
    /** Most lanes of labelled items; the items that find no room share one compact lane below. */
    maxLanes: 5,
    /** Most lanes per category when grouped. */
    maxGroupLanes: 2,
    /** Pixels kept free between two labels in a lane. */
    gap: 6
  };

  Chronotope.timelineLanes = function (options) {
    var o = Chronotope.util.extend({}, defaults, options);

    /** The room a point item's dot and label take, estimated without asking the layout. */
    function labelWidth(item) {
      return Math.min(item.title.length * 6.8, 230) + 22;
    }

    /** Whether a point near the later edge puts its label before it, to keep it in view. */
    function flips(item, x, width) {
      var middle = (x(item.from) + x(item.to)) / 2;
      return x(item.to) - x(item.from) < 10 && middle + labelWidth(item) > width && middle - labelWidth(item) > 0;
    }

    /**
     * Lanes for items at scale x (time → pixels) over width pixels: {byId: {id: {lane, compact}},
     * groups: [{label, top, height}], rows}. Depends on the scale only, never on the DOM.
     */
    function assign(items, x, width, grouped) {
      var byId = {};
      var groupRows = [];
      var groups = grouped ? o.categories.map(function (c) { return {code: c.code, label: c.name, items: []}; })
        .concat([{code: null, label: '', items: []}]) : [{code: '*', label: '', items: []}];
      var index = {};
      groups.forEach(function (g, i) { index[g.code] = i; });
      items.forEach(function (item) {
        var g = grouped ? (index[item.category] !== undefined ? index[item.category] : groups.length - 1) : 0;
        groups[g].items.push(item);
      });
      var maxLanes = grouped ? o.maxGroupLanes : o.maxLanes;
      var row = 0;
      groups.forEach(function (g) {
        if (!g.items.length) { return; }
        var ends = [];
        var compact = false;
        g.items.forEach(function (item) {
          var left = x(item.from);
          var extent = Math.max(x(item.to) - left, labelWidth(item));
          var right = left + extent;
          if (flips(item, x, width)) { left -= extent; right -= extent; }
          var lane = -1;
          for (var l = 0; l < ends.length; l++) { if (ends[l] + o.gap <= left) { lane = l; break; } }
          if (lane < 0 && ends.length < maxLanes) { lane = ends.length; ends.push(-Infinity); }
          if (lane < 0) {
            byId[item.id] = {lane: row + maxLanes, compact: true};
            compact = true;
          } else {
            ends[lane] = right;
            byId[item.id] = {lane: row + lane, compact: false};
          }
        });
        var height = ends.length + (compact ? 1 : 0);
        groupRows.push({label: g.label, top: row, height: height});
        row += height;
      });
      return {byId: byId, groups: groupRows, rows: row};
    }

    return {
      assign: assign,
      labelWidth: labelWidth,
      flips: flips,
      /** Changes how many lanes labelled items may take (the room the layout gives the strip). */
      setMaxLanes: function (n) { o.maxLanes = n; },
      destroy: function () {}
    };
  };
})(window.Chronotope);
