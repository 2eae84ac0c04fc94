/*
 * Chronotope.storyTimeline(el, options) — a horizontal, zoomable, pannable timeline of a story's
 * events, of our own: it draws at most a few hundred DOM items for the window in view and, when
 * the server says the window holds more, a per-category histogram on a canvas. Eras are bands,
 * a month-long event spans its month, items can be grouped by category.
 *
 * This module owns the window in view and asks the server for it; its parts each do one job:
 * timelineItems (the buttons), timelineLanes (their rows), timelineHistogram (the dense bars),
 * timelineGestures (drag, wheel, keys) and timelineAxis (the ticks).
 *
 * Time runs with the page's direction: from the left in a left-to-right page, from the right in
 * a right-to-left one (Arabic), earliest first. Every part computes in logical pixels (distance from
 * the inline start); only transforms and pointer coordinates are turned into physical ones.
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
    /** Whether the window glides to a new place; false jumps (prefers-reduced-motion). */
    animate: true,
    labels: {},
    onSelect: function () {},
    /** Called with (from, to) when the window in view settles. */
    onPeriod: function () {}
  };

  Chronotope.storyTimeline = function (el, options) {
    var o = U.extend({}, defaults, options);

    var viewport = el.querySelector('.ct-tl-viewport');
    var status = el.querySelector('.ct-tl-status');
    var rtl = U.rtl(viewport);
    // A logical offset (towards later) becomes a physical translateX: leftwards when time runs from the right.
    var sign = rtl ? -1 : 1;
    viewport.classList.toggle('ct-tl-viewport--rtl', rtl);
    var eraLayer = viewport.appendChild(U.el('div', 'ct-tl-eras'));
    var histogram = Chronotope.timelineHistogram(
      viewport.appendChild(U.el('canvas', 'ct-tl-histogram', {'aria-hidden': 'true'})), {categories: o.categories});
    var groupLayer = viewport.appendChild(U.el('div', 'ct-tl-groups'));
    var items = Chronotope.timelineItems(viewport.appendChild(U.el('div', 'ct-tl-items')),
      {lang: o.lang, categories: o.categories, laneHeight: o.laneHeight, onSelect: o.onSelect, labels: o.labels, sign: sign});
    var lanes = Chronotope.timelineLanes({categories: o.categories, maxLanes: o.maxLanes});
    var axis = Chronotope.timelineAxis(viewport.appendChild(U.el('div', 'ct-tl-axis', {'aria-hidden': 'true'})),
      {lang: o.lang, sign: sign});
    var eraNodes = o.eras.map(function (era) {
      var band = eraLayer.appendChild(U.el('div', 'ct-tl-era'));
      band.appendChild(U.el('span', 'ct-tl-era-label', {}, era.label));
      return band;
    });

    var extent = padded(o.from, o.to);
    var start = extent[0], end = extent[1];
    var width = viewport.clientWidth || 800;
    var data = {mode: 'items', items: [], bins: [], total: 0};
    var placed = {byId: {}, groups: [], rows: 0};
    var selectedId = null;
    var focusWanted = null;
    var grouped = false;
    var categories = null;
    var verification = null;   // statuses shown, null for all
    var fetcher = U.latestOnly();
    var frame = null;
    var animation = null;
    var refetch = U.debounce(load, 150);

    var observer = new ResizeObserver(function () {
      var w = viewport.clientWidth;
      if (w && Math.abs(w - width) > 1) { width = w; refetch(); }
      relayout();
    });
    observer.observe(viewport);
    var gestures = Chronotope.timelineGestures(viewport, {
      rtl: rtl,
      onDragStart: function () { return {start: start, end: end}; },
      onDrag: function (dx, from) {
        var shift = -dx / width * (from.end - from.start);
        setWindow(from.start + shift, from.end + shift);
      },
      onPan: function (dx) {
        var shift = dx / width * (end - start);
        setWindow(start + shift, end + shift);
      },
      onZoom: zoom,
      onFit: fit,
      onBackgroundClick: function (px) { if (data.mode === 'histogram') { zoomIntoBin(px); } }
    });
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
      // More room after the last events, where their labels run.
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
        category: categories ? categories.join(',') : null,
        verification: verification ? verification.join(',') : null
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
      items.build(data.items);
      items.select(selectedId);
      giveFocus();
      relayout();
      describe();
    }

    function describe() {
      if (data.mode === 'histogram') {
        status.textContent = U.count(o.labels, 'zoomInToSee', data.total, o.lang);
      } else {
        status.textContent = U.count(o.labels, 'events', data.total, o.lang);
      }
    }

    /** Moves the keyboard focus to the selected item once it is drawn, when the reader asked. */
    function giveFocus() {
      var button = focusWanted !== null && items.node(focusWanted);
      if (button) {
        focusWanted = null;
        button.focus({preventScroll: true});
      }
    }

    /**
     * As many lanes as the strip's height holds above the axis, one of them kept for the items
     * that find no room (a strip of n rows is n × laneHeight + 56 pixels tall).
     */
    function fitLanes() {
      var rows = Math.floor((viewport.clientHeight - 56) / o.laneHeight);
      lanes.setMaxLanes(Math.max(1, Math.min(o.maxLanes, rows - 1)));
    }

    function relayout() {
      if (frame) { return; }
      frame = requestAnimationFrame(function () {
        frame = null;
        fitLanes();
        placed = lanes.assign(data.items, x, width, grouped);
        viewport.style.setProperty('--ct-lanes', Math.max(placed.rows, 2));
        position();
      });
    }

    function position() {
      o.eras.forEach(function (era, i) {
        var left = x(era.from), right = x(era.to);
        eraNodes[i].style.transform = 'translateX(' + sign * left + 'px)';
        eraNodes[i].style.width = Math.max(right - left, 1) + 'px';
        eraNodes[i].firstChild.style.transform = 'translateX(' + sign * Math.max(0, -left) + 'px)';
      });
      items.position(data.items, x, width, placed, lanes.labelWidth, lanes.flips);
      groupLayer.replaceChildren.apply(groupLayer, placed.groups.filter(function (g) { return g.label; }).map(function (g) {
        var row = U.el('div', 'ct-tl-group', {}, g.label);
        row.style.transform = 'translateY(' + g.top * o.laneHeight + 'px)';
        row.style.height = g.height * o.laneHeight + 'px';
        return row;
      }));
      histogram.draw(data.mode === 'histogram' ? data.bins : null, x, width, viewport.clientHeight);
      axis.render(start, end, width);
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
      if (animation) { cancelAnimationFrame(animation); animation = null; }
      if (!o.animate) {
        setWindow(s, e);
        return;
      }
      var s0 = start, e0 = end, t0 = performance.now();
      (function step(now) {
        var k = Math.min(1, (now - t0) / 350);
        var ease = k * (2 - k);
        setWindow(s0 + (s - s0) * ease, e0 + (e - e0) * ease, k === 1);
        animation = k < 1 ? requestAnimationFrame(step) : null;
      })(t0);
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

    /**
     * Highlights event id and, unless it is already well in view, centres the window on period;
     * with focus, also moves the keyboard focus to its item (now, or once the window shows it).
     */
    function select(id, period, centre, focus) {
      selectedId = id;
      items.select(id);
      if (focus) {
        focusWanted = id;
        giveFocus();
      }
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
      /** Frames [from, to) (epoch seconds) with a margin, gliding there unless animation is off. */
      frame: function (from, to) {
        var margin = Math.max((to - from) * 0.15, HOUR);
        animateTo(from - margin, to + margin);
      },
      /** Marks event id (or none with null) as selected without moving the window. */
      mark: function (id) { select(id, null, false); },
      /** The window in view, epoch seconds. */
      period: function () { return {from: start, to: end}; },
      setGrouped: function (on) {
        grouped = on;
        viewport.classList.toggle('ct-tl-viewport--grouped', on);
        relayout();
      },
      setCategories: function (codes) { categories = codes; refetch(); },
      /** Shows only events of these verification statuses (null: all). */
      setVerification: function (statuses) { verification = statuses; refetch(); },
      /** The ids of the events drawn one by one now. */
      drawnEvents: function () { return data.items.map(function (i) { return i.id; }); },
      /** Asks for the window in view again (the story changed), without moving it. */
      refresh: function () { refetch(); },
      destroy: function () {
        observer.disconnect();
        gestures.destroy();
        refetch.cancel();
        fetcher.abort();
        if (animation) { cancelAnimationFrame(animation); }
        items.destroy();
        viewport.replaceChildren();
      }
    };
  };
})(window.Chronotope);
