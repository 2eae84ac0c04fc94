/*
 * Chronotope.timelineItems(layer, options) — the events a timeline draws one by one: a button
 * per event (its category's dot, its title), placed in its lane at the scale in view, a month-long
 * event as a bar over its month. Keeps the button that has the keyboard focus in the page while
 * the window moves, so a keyboard reader never falls back to the top of the page.
 */
(function (Chronotope) {
  'use strict';

  var U = Chronotope.util;

  var defaults = {
    lang: 'en',
    /** [{code, color}] */
    categories: [],
    laneHeight: 30,
    labels: {},
    /** 1 when time runs from the left, -1 from the right: turns logical offsets into translateX. */
    sign: 1,
    /** Called with an event id when the reader clicks or presses its button. */
    onSelect: function () {}
  };

  Chronotope.timelineItems = function (layer, options) {
    var o = U.extend({}, defaults, options);
    var byCode = {};
    o.categories.forEach(function (c) { byCode[c.code] = c; });
    var nodes = {};            // event id → button
    var selectedId = null;

    function node(item) {
      var category = byCode[item.category];
      var when = Chronotope.dates.range(item.start, item.end, o.lang);
      var V = Chronotope.verification;
      // Beside the date, the status in words when it is not the default; the mark is CSS (ct-v-…).
      if (V.notable(item.verification)) { when += ' — ' + V.text(item.verification, null, o.labels); }
      var button = U.el('button', 'ct-tl-item ' + V.className(item.verification), {type: 'button', 'data-ct-event': item.id,
        'data-ct-verification': item.verification || 'REPORTED',
        'aria-pressed': String(item.id === selectedId), 'aria-label': item.title + ' — ' + when, title: when});
      // EDTF marks (the legend explains them): soft edges for approximate or uncertain dates, a
      // bar fading out for an open or unknown end; the words are in the label and title.
      var end = item.end || {};
      button.classList.toggle('ct-tl-item--approximate', !!(item.start.approximate || end.approximate));
      button.classList.toggle('ct-tl-item--uncertain', !!(item.start.uncertain || end.uncertain));
      button.classList.toggle('ct-tl-item--open', !!end.open);
      button.classList.toggle('ct-tl-item--unknown-end', !!end.unknown);
      var mark = button.appendChild(U.el('span', 'ct-tl-mark', {'aria-hidden': 'true'}));
      mark.style.setProperty('--ct-color', category ? category.color : '#5b6475');
      button.appendChild(U.el('span', 'ct-tl-label', {'aria-hidden': 'true', dir: 'auto'}, item.title));
      button.addEventListener('click', function (e) {
        if (button.ctDragged) { e.preventDefault(); return; }
        o.onSelect(item.id, 'timeline');
      });
      return button;
    }

    /** Makes the buttons those of items, in time order (which is the tab order). */
    function build(items) {
      var focused = layer.contains(document.activeElement) ? document.activeElement : null;
      var keep = {};
      items.forEach(function (item) {
        keep[item.id] = true;
        // An item changed since it was drawn (a live story's edit) gets a new button in its place.
        var key = JSON.stringify(item);
        var old = nodes[item.id];
        if (!old || old.ctKey !== key) {
          nodes[item.id] = node(item);
          nodes[item.id].ctKey = key;
          if (old) {
            old.replaceWith(nodes[item.id]);
            if (focused === old) { focused = nodes[item.id]; }
          }
        }
        nodes[item.id].ctItem = item;
      });
      Object.keys(nodes).forEach(function (id) {
        if (!keep[id]) { nodes[id].remove(); delete nodes[id]; }
      });
      // Moves only the buttons out of order: moving the focused one would drop the focus.
      var at = layer.firstChild;
      items.forEach(function (item) {
        var n = nodes[item.id];
        if (n === at) { at = at.nextSibling; } else { layer.insertBefore(n, at); }
      });
      if (focused && focused.isConnected && document.activeElement !== focused) { focused.focus({preventScroll: true}); }
    }

    /** Places the buttons of items at scale x over width pixels, in the lanes given. */
    function position(items, x, width, lanes, labelWidth, flips) {
      items.forEach(function (item) {
        var button = nodes[item.id];
        var left = x(item.from), span = x(item.to) - left;
        var placed = lanes.byId[item.id] || {lane: 0, compact: false};
        var fades = item.end && (item.end.open || item.end.unknown);
        // An open or unknown end is drawn past its start's period, fading out.
        if (fades) { span = Math.max(span, 0) + 60; }
        var bar = span >= 10;
        // A point near the later edge puts its label before it, so the label stays in view.
        var flip = !bar && !placed.compact && flips(item, x, width);
        button.classList.toggle('ct-tl-item--range', bar);
        button.classList.toggle('ct-tl-item--compact', placed.compact);
        button.classList.toggle('ct-tl-item--flip', flip);
        button.style.width = flip ? labelWidth(item) + 'px' : '';
        var at = bar ? left : flip ? left + span / 2 + 7 - labelWidth(item) : left + span / 2 - 7;
        button.style.transform = 'translate(' + Math.round(o.sign * at) + 'px,' + placed.lane * o.laneHeight + 'px)';
        button.firstChild.style.width = bar ? Math.round(span) + 'px' : '';
      });
    }

    return {
      build: build,
      position: position,
      /** Marks event id as the selected one. */
      select: function (id) {
        if (selectedId !== null && nodes[selectedId]) { nodes[selectedId].setAttribute('aria-pressed', 'false'); }
        selectedId = id;
        if (id !== null && nodes[id]) { nodes[id].setAttribute('aria-pressed', 'true'); }
      },
      /** The button of event id, if drawn. */
      node: function (id) { return nodes[id] || null; },
      destroy: function () { nodes = {}; }
    };
  };
})(window.Chronotope);
