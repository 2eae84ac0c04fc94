/*
 * Chronotope.storyTimeline(el, options) — a horizontal, zoomable, pannable timeline of a story's
 * events, of our own: it draws at most a few hundred DOM items for the window in view and, when
 * the server says the window holds more, a per-category histogram on a canvas. Eras are bands,
 * a month-long event spans its month, items can be grouped by category.
 */
(function (Chronotope) {
  'use strict';

  var U = Chronotope.util;
  var HOUR = 3600, DAY = 86400, YEAR = 31556952;

  var defaults = {
    slug: null,
    api: '/api',
    lang: 'en',
    categories: [],
    /** [{label, from, to}] in epoch seconds. */
    eras: [],
    /** The story's period, epoch seconds; the first view shows it. */
    from: null,
    to: null,
    /** Most events drawn one by one in a window; beyond, a histogram. */
    limit: 300,
    /** The server's answer for a window around the story's period, when the page carries it. */
    initial: null,
    laneHeight: 30,
    maxLanes: 5,
    labels: {},
    onSelect: function () {},
    /** Called with (from, to) when the window in view settles. */
    onPeriod: function () {}
  };

  Chronotope.storyTimeline = function (el, options) {
    var o = U.extend({}, defaults, options);
    var byCode = {};
    o.categories.forEach(function (c) { byCode[c.code] = c; });

    var viewport = el.querySelector('.ct-tl-viewport');
    var status = el.querySelector('.ct-tl-status');
    var eraLayer = viewport.appendChild(U.el('div', 'ct-tl-eras'));
    var canvas = viewport.appendChild(U.el('canvas', 'ct-tl-histogram', {'aria-hidden': 'true'}));
    var groupLayer = viewport.appendChild(U.el('div', 'ct-tl-groups'));
    var itemLayer = viewport.appendChild(U.el('div', 'ct-tl-items'));
    var axis = Chronotope.timelineAxis(viewport.appendChild(U.el('div', 'ct-tl-axis', {'aria-hidden': 'true'})),
      {lang: o.lang});
    var eraNodes = o.eras.map(function (era) {
      var band = eraLayer.appendChild(U.el('div', 'ct-tl-era'));
      band.appendChild(U.el('span', 'ct-tl-era-label', {}, era.label));
      return band;
    });

    var extent = padded(o.from, o.to);
    var start = extent[0], end = extent[1];
    var width = viewport.clientWidth || 800;
    var data = {mode: 'items', items: [], bins: [], total: 0};
    var nodes = {};            // event id → button
    var lanes = {};            // event id → {lane, compact}
    var groupRows = [];        // [{label, top, height}]
    var selectedId = null;
    var grouped = false;
    var categories = null;
    var fetcher = U.latestOnly();
    var frame = null;
    var animation = null;
    var refetch = U.debounce(load, 150);

    var observer = new ResizeObserver(function () {
      var w = viewport.clientWidth;
      if (w && Math.abs(w - width) > 1) { width = w; relayout(); refetch(); }
    });
    observer.observe(viewport);
    bindPointer();
    viewport.addEventListener('wheel', onWheel, {passive: false});
    viewport.addEventListener('keydown', onKey);
    if (o.initial) {
      // The page brought the first answer along: no request before the first drawing.
      o.onPeriod(start, end);
      show(o.initial);
    } else {
      load();
    }
    relayout();

    function padded(from, to) {
      if (from === null || to === null) {
        var now = Date.now() / 1000;
        return [now - YEAR, now];
      }
      // More room on the right, where the labels of the last events run.
      var span = Math.max(to - from, 2 * DAY);
      return [from - span * 0.04, from + span * 1.22];
    }

    function x(t) { return (t - start) / (end - start) * width; }

    function load() {
      o.onPeriod(start, end);
      if (categories && !categories.length) {
        fetcher.abort();
        show({mode: 'items', items: [], total: 0});
        return;
      }
      var span = end - start;
      var url = o.api + '/stories/' + encodeURIComponent(o.slug) + '/timeline' + U.query({
        from: Chronotope.dates.isoMinute(start - span * 0.25),
        to: Chronotope.dates.isoMinute(end + span * 0.25),
        buckets: Math.max(10, Math.min(2000, Math.round(width * 1.5 / 6))),
        limit: o.limit,
        category: categories ? categories.join(',') : null
      });
      fetcher.get(url).then(show, function (error) {
        status.textContent = o.labels.loadError || '';
        throw error;
      });
    }

    function show(slice) {
      data = {mode: slice.mode, items: slice.items || [], bins: slice.bins || [], total: slice.total};
      viewport.setAttribute('data-ct-mode', slice.mode);
      viewport.setAttribute('data-ct-loaded', (+viewport.getAttribute('data-ct-loaded') || 0) + 1);
      buildItems();
      relayout();
      describe();
    }

    function describe() {
      if (data.mode === 'histogram') {
        status.textContent = U.count(o.labels.zoomInToSee || '%n', data.total, o.lang);
      } else {
        status.textContent = data.total === 1 ? (o.labels.event || '1') : U.count(o.labels.events || '%n', data.total, o.lang);
      }
    }

    function buildItems() {
      var keep = {};
      data.items.forEach(function (item) {
        keep[item.id] = true;
        if (!nodes[item.id]) { nodes[item.id] = itemNode(item); }
        nodes[item.id].ctItem = item;
      });
      Object.keys(nodes).forEach(function (id) {
        if (!keep[id]) { nodes[id].remove(); delete nodes[id]; }
      });
      data.items.forEach(function (item) { itemLayer.appendChild(nodes[item.id]); });
    }

    function itemNode(item) {
      var category = byCode[item.category];
      var when = Chronotope.dates.range(item.start, item.end, o.lang);
      var node = U.el('button', 'ct-tl-item', {type: 'button', 'data-ct-event': item.id,
        'aria-pressed': String(item.id === selectedId), 'aria-label': item.title + ' — ' + when, title: when});
      var mark = node.appendChild(U.el('span', 'ct-tl-mark', {'aria-hidden': 'true'}));
      mark.style.setProperty('--ct-color', category ? category.color : '#5b6475');
      node.appendChild(U.el('span', 'ct-tl-label', {'aria-hidden': 'true'}, item.title));
      node.addEventListener('click', function (e) {
        if (node.ctDragged) { e.preventDefault(); return; }
        o.onSelect(item.id, 'timeline');
      });
      return node;
    }

    /** Lanes so labels do not overlap; by category when grouped. Depends on the scale only. */
    function assignLanes() {
      lanes = {};
      groupRows = [];
      var groups = grouped ? o.categories.map(function (c) { return {code: c.code, label: c.name, items: []}; })
        .concat([{code: null, label: '', items: []}]) : [{code: '*', label: '', items: []}];
      var index = {};
      groups.forEach(function (g, i) { index[g.code] = i; });
      data.items.forEach(function (item) {
        var g = grouped ? (index[item.category] !== undefined ? index[item.category] : groups.length - 1) : 0;
        groups[g].items.push(item);
      });
      var maxLanes = grouped ? 2 : o.maxLanes;
      var row = 0;
      groups.forEach(function (g) {
        if (!g.items.length) { return; }
        var ends = [];
        var compact = false;
        g.items.forEach(function (item) {
          var left = x(item.from);
          var extent = Math.max(x(item.to) - left, labelWidth(item));
          var right = left + extent;
          if (flips(item)) { left -= extent; right -= extent; }
          var lane = -1;
          for (var l = 0; l < ends.length; l++) { if (ends[l] + 6 <= left) { lane = l; break; } }
          if (lane < 0 && ends.length < maxLanes) { lane = ends.length; ends.push(-Infinity); }
          if (lane < 0) {
            lanes[item.id] = {lane: row + maxLanes, compact: true};
            compact = true;
          } else {
            ends[lane] = right;
            lanes[item.id] = {lane: row + lane, compact: false};
          }
        });
        var height = ends.length + (compact ? 1 : 0);
        groupRows.push({label: g.label, top: row, height: height});
        row += height;
      });
      viewport.style.setProperty('--ct-lanes', Math.max(row, 2));
    }

    /** The room a point item's dot and label take, estimated without asking the layout. */
    function labelWidth(item) {
      return Math.min(item.title.length * 6.8, 230) + 22;
    }

    function flips(item) {
      var middle = (x(item.from) + x(item.to)) / 2;
      return x(item.to) - x(item.from) < 10 && middle + labelWidth(item) > width && middle - labelWidth(item) > 0;
    }

    function relayout() {
      if (frame) { return; }
      frame = requestAnimationFrame(function () {
        frame = null;
        assignLanes();
        position();
      });
    }

    function position() {
      o.eras.forEach(function (era, i) {
        var left = x(era.from), right = x(era.to);
        eraNodes[i].style.transform = 'translateX(' + left + 'px)';
        eraNodes[i].style.width = Math.max(right - left, 1) + 'px';
        eraNodes[i].firstChild.style.transform = 'translateX(' + Math.max(0, -left) + 'px)';
      });
      data.items.forEach(function (item) {
        var node = nodes[item.id];
        var left = x(item.from), span = x(item.to) - left;
        var placed = lanes[item.id] || {lane: 0, compact: false};
        var bar = span >= 10;
        // A point near the right edge puts its label on its left, so the label stays in view.
        var flip = !bar && !placed.compact && flips(item);
        node.classList.toggle('ct-tl-item--range', bar);
        node.classList.toggle('ct-tl-item--compact', placed.compact);
        node.classList.toggle('ct-tl-item--flip', flip);
        node.style.width = flip ? labelWidth(item) + 'px' : '';
        var at = bar ? left : flip ? left + span / 2 + 7 - labelWidth(item) : left + span / 2 - 7;
        node.style.transform = 'translate(' + Math.round(at) + 'px,' + placed.lane * o.laneHeight + 'px)';
        node.firstChild.style.width = bar ? Math.round(span) + 'px' : '';
      });
      groupLayer.replaceChildren.apply(groupLayer, groupRows.filter(function (g) { return g.label; }).map(function (g) {
        var row = U.el('div', 'ct-tl-group', {}, g.label);
        row.style.transform = 'translateY(' + g.top * o.laneHeight + 'px)';
        row.style.height = g.height * o.laneHeight + 'px';
        return row;
      }));
      drawHistogram();
      axis.render(start, end, width);
    }

    function drawHistogram() {
      var height = viewport.clientHeight;
      var ratio = window.devicePixelRatio || 1;
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      var ctx = canvas.getContext('2d');
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, width, height);
      if (data.mode !== 'histogram' || !data.bins.length) { return; }
      var top = 8, bottom = height - 26;
      var max = Math.max.apply(null, data.bins.map(function (b) { return b.count; }));
      data.bins.forEach(function (bin) {
        var left = x(bin.from), right = x(bin.to);
        if (right < 0 || left > width) { return; }
        var y = bottom;
        Object.keys(bin.byCategory).forEach(function (code) {
          var h = bin.byCategory[code] / max * (bottom - top);
          ctx.fillStyle = byCode[code] ? byCode[code].color : '#5b6475';
          ctx.fillRect(left, y - h, Math.max(right - left - 1, 1), h);
          y -= h;
        });
      });
    }

    function setWindow(s, e, fetch) {
      var span = Math.min(Math.max(e - s, HOUR / 6), 20000 * YEAR);
      var centre = (s + e) / 2;
      start = centre - span / 2;
      end = centre + span / 2;
      relayout();
      if (fetch !== false) { refetch(); }
    }

    function zoom(factor, anchorX) {
      var at = start + (anchorX === undefined ? 0.5 : anchorX / width) * (end - start);
      setWindow(at - (at - start) * factor, at + (end - at) * factor);
    }

    function animateTo(s, e) {
      if (animation) { cancelAnimationFrame(animation); }
      var s0 = start, e0 = end, t0 = performance.now();
      (function step(now) {
        var k = Math.min(1, (now - t0) / 350);
        var ease = k * (2 - k);
        setWindow(s0 + (s - s0) * ease, e0 + (e - e0) * ease, k === 1);
        animation = k < 1 ? requestAnimationFrame(step) : null;
      })(t0);
    }

    function onWheel(e) {
      e.preventDefault();
      var rect = viewport.getBoundingClientRect();
      if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
        var shift = e.deltaX / width * (end - start);
        setWindow(start + shift, end + shift);
      } else {
        zoom(Math.exp(e.deltaY * 0.0015), e.clientX - rect.left);
      }
    }

    function onKey(e) {
      if (e.key === '+' || e.key === '=') { zoom(0.5); e.preventDefault(); }
      if (e.key === '-') { zoom(2); e.preventDefault(); }
      if (e.key === 'Home') { fit(); e.preventDefault(); }
    }

    function bindPointer() {
      var down = null;
      viewport.addEventListener('pointerdown', function (e) {
        if (e.button !== 0) { return; }
        down = {x: e.clientX, start: start, end: end, moved: false, target: e.target.closest('.ct-tl-item')};
      });
      viewport.addEventListener('pointermove', function (e) {
        if (!down) { return; }
        var dx = e.clientX - down.x;
        if (!down.moved && Math.abs(dx) > 4) {
          // Captured only once it is a drag, so that a plain click still reaches the item.
          down.moved = true;
          viewport.setPointerCapture(e.pointerId);
          viewport.classList.add('ct-tl-dragging');
        }
        if (down.moved) {
          var shift = -dx / width * (down.end - down.start);
          setWindow(down.start + shift, down.end + shift);
        }
      });
      var up = function (e) {
        if (!down) { return; }
        viewport.classList.remove('ct-tl-dragging');
        if (down.target) {
          down.target.ctDragged = down.moved;
          setTimeout(function (t) { t.ctDragged = false; }, 0, down.target);
        } else if (!down.moved && data.mode === 'histogram') {
          zoomIntoBin(e.clientX - viewport.getBoundingClientRect().left);
        }
        down = null;
      };
      viewport.addEventListener('pointerup', up);
      viewport.addEventListener('pointercancel', up);
    }

    function zoomIntoBin(px) {
      var t = start + px / width * (end - start);
      var bin = data.bins.find(function (b) { return b.from <= t && t < b.to; });
      if (bin) { animateTo(bin.from - (bin.to - bin.from) * 2, bin.to + (bin.to - bin.from) * 2); }
    }

    function fit() {
      var e = padded(o.from, o.to);
      animateTo(e[0], e[1]);
    }

    /** Highlights event id and, unless it is already well in view, centres the window on period. */
    function select(id, period, centre) {
      if (selectedId !== null && nodes[selectedId]) { nodes[selectedId].setAttribute('aria-pressed', 'false'); }
      selectedId = id;
      if (nodes[id]) { nodes[id].setAttribute('aria-pressed', 'true'); }
      if (!period || centre === false) { return; }
      var span = end - start;
      if (data.mode === 'histogram' && data.total > o.limit) {
        // Dense here: zoom in so that about half the limit of events fits, were they even.
        span = Math.max(span * o.limit / data.total / 2, (period[1] - period[0]) * 3);
      }
      var middle = (period[0] + period[1]) / 2;
      animateTo(middle - span / 2, middle + span / 2);
    }

    return {
      select: select,
      zoomIn: function () { zoom(0.5); },
      zoomOut: function () { zoom(2); },
      fit: fit,
      /** The window in view, epoch seconds. */
      period: function () { return {from: start, to: end}; },
      setGrouped: function (on) { grouped = on; relayout(); },
      setCategories: function (codes) { categories = codes; refetch(); },
      /** The ids of the events drawn one by one now. */
      drawnEvents: function () { return data.items.map(function (i) { return i.id; }); },
      destroy: function () {
        observer.disconnect();
        refetch.cancel();
        fetcher.abort();
        viewport.replaceChildren();
      }
    };
  };
})(window.Chronotope);
