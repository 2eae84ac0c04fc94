/*
 * Chronotope.storyPage(root) — links a story's map, timeline and detail panel: selecting an event
 * anywhere selects it everywhere and in the URL (?event=ID), previous/next buttons and the arrow
 * keys step through time, play walks through it, the legend filters by category and the
 * timeline's window can filter the map. Starts itself on every [data-ct-story] element.
 */
(function (Chronotope) {
  'use strict';

  var U = Chronotope.util;

  var defaults = {
    api: '/api',
    /** Milliseconds between two events when playing. */
    playInterval: 3000,
    /** Whether the URL follows the selection. */
    updateUrl: true
  };

  Chronotope.storyPage = function (root, options) {
    var o = U.extend({}, defaults, options);
    var config = JSON.parse(root.getAttribute('data-ct-config'));
    var lang = root.getAttribute('data-ct-lang') || 'en';
    var labels = U.labels(root);
    root.hidden = false;

    var embedded = root.getAttribute('data-ct-embed') === 'true';
    if (embedded) {
      // An embed reads published content only and never sends the reader's cookies.
      U.credentials = 'omit';
      o.updateUrl = false;
    }
    var detail = Chronotope.storyDetail(root.querySelector('.ct-detail'),
      {api: o.api, lang: lang, categories: config.categories, labels: labels});
    var mapEl = root.querySelector('.ct-map');
    var map = !mapEl ? nothing() : Chronotope.storyMap(mapEl, {
      slug: config.slug, api: o.api, lang: lang, categories: config.categories, view: config.view, labels: labels,
      initial: config.initial && config.initial.map,
      context: config.context,
      places: config.places,
      maxZoom: +root.getAttribute('data-ct-max-zoom') || 18,
      basemap: {
        mode: root.getAttribute('data-ct-basemap'),
        tileUrl: root.getAttribute('data-ct-tile-url'),
        attribution: root.getAttribute('data-ct-tile-attribution'),
        attributionUrl: root.getAttribute('data-ct-tile-attribution-url'),
        dark: document.body.classList.contains('ct-theme-dark')
      },
      onSelect: function (id) { select(id, 'map'); }
    });
    var timelineEl = root.querySelector('.ct-timeline');
    var timeline = !timelineEl ? nothing() : Chronotope.storyTimeline(timelineEl, {
      slug: config.slug, api: o.api, lang: lang, categories: config.categories, eras: config.eras,
      from: config.from === undefined ? null : config.from, to: config.to === undefined ? null : config.to,
      labels: labels,
      initial: config.initial && config.initial.timeline,
      onSelect: function (id) { select(id, 'timeline'); },
      onPeriod: function (from, to) { if (filterMap) { map.setPeriod(from, to); } }
    });
    var stepper = U.latestOnly();
    var selected = null;
    var filterMap = false;
    var categories = null;
    var player = null;
    var button = function (action) { return root.querySelector('[data-ct-action="' + action + '"]'); };
    var on = function (action, handler) {
      var b = button(action);
      if (b) { b.addEventListener('click', handler); }
    };

    on('previous', function () { step('previous'); });
    on('next', function () { step('next'); });
    on('play', function () { player ? stop() : play(); });
    on('filter-map', toggleFilterMap);
    on('group', function () {
      var pressed = this.getAttribute('aria-pressed') !== 'true';
      this.setAttribute('aria-pressed', String(pressed));
      timeline.setGrouped(pressed);
    });
    on('zoom-in', function () { timeline.zoomIn(); });
    on('zoom-out', function () { timeline.zoomOut(); });
    on('fit', function () { timeline.fit(); });
    var legend = root.querySelector('.ct-legend');
    if (legend) { legend.addEventListener('change', onLegend); }
    document.addEventListener('keydown', onKey);
    document.addEventListener('click', onListLink);

    var linked = new URLSearchParams(location.search).get('event');
    if (config.selected || /^\d+$/.test(linked || '')) {
      select(config.selected || +linked, 'link');
    }

    /** Selects event id everywhere; source says where the reader picked it. */
    function select(id, source) {
      selected = id;
      timeline.select(id, null, false);
      if (o.updateUrl) {
        var url = new URL(location.href);
        url.searchParams.set('event', id);
        url.hash = '';
        history.replaceState(history.state, '', url);
        // The language switcher should open the same event in the other language.
        document.querySelectorAll('a[hreflang]').forEach(function (a) {
          var other = new URL(a.href);
          other.searchParams.set('event', id);
          a.href = other.pathname + other.search;
        });
      }
      return detail.show(id).then(function (event) {
        if (!event || selected !== id) { return; }
        timeline.select(id, Chronotope.dates.eventPeriod(event), source !== 'timeline');
        map.select(id, event);
      });
    }

    function step(direction) {
      var url = o.api + '/stories/' + encodeURIComponent(config.slug) + '/step'
        + U.query({from: selected, direction: direction, category: categories ? categories.join(',') : null});
      return stepper.get(url).then(function (item) {
        if (!item) {
          stop();
          var status = root.querySelector('.ct-tl-status');
          if (status) { status.textContent = labels.end || ''; }
          return false;
        }
        return select(item.id, 'step').then(function () { return true; });
      });
    }

    function play() {
      var toggle = button('play');
      toggle.setAttribute('aria-pressed', 'true');
      toggle.querySelector('.ct-play-label').textContent = labels.pause;
      var tick = function () {
        step('next').then(function (more) { if (more && player) { player = setTimeout(tick, o.playInterval); } });
      };
      player = setTimeout(tick, 0);
    }

    function stop() {
      clearTimeout(player);
      player = null;
      var toggle = button('play');
      toggle.setAttribute('aria-pressed', 'false');
      toggle.querySelector('.ct-play-label').textContent = labels.play;
    }

    function toggleFilterMap() {
      filterMap = !filterMap;
      this.setAttribute('aria-pressed', String(filterMap));
      var period = timeline.period();
      map.setPeriod(filterMap ? period.from : null, filterMap ? period.to : null);
    }

    function onLegend() {
      var boxes = Array.prototype.slice.call(legend.querySelectorAll('input[name="category"]'));
      var checked = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
      categories = checked.length === boxes.length ? null : checked;
      map.setCategories(categories);
      timeline.setCategories(categories);
    }

    function onKey(e) {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) { return; }
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') { return; }
      var target = e.target;
      if (target.closest && (target.closest('input, textarea, select, [contenteditable], .leaflet-container'))) { return; }
      e.preventDefault();
      step(e.key === 'ArrowRight' ? 'next' : 'previous');
    }

    /** The list's "link to this event" selects the event in place instead of reloading. */
    function onListLink(e) {
      var link = e.target.closest && e.target.closest('.ct-event-link a');
      if (!link || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) { return; }
      var item = link.closest('[data-ct-event]');
      e.preventDefault();
      select(+item.getAttribute('data-ct-event'), 'list');
      root.scrollIntoView({behavior: 'smooth', block: 'start'});
    }

    /** A stand-in for a widget the view leaves out (an embed of the map alone, or the timeline alone). */
    function nothing() {
      var none = function () {};
      return {select: none, setPeriod: none, setCategories: none, setGrouped: none, zoomIn: none, zoomOut: none,
        fit: none, destroy: none, period: function () { return {from: null, to: null}; },
        drawnEvents: function () { return []; }};
    }

    return {
      map: map,
      timeline: timeline,
      detail: detail,
      select: select,
      selected: function () { return selected; },
      destroy: function () {
        stop();
        document.removeEventListener('keydown', onKey);
        document.removeEventListener('click', onListLink);
        map.destroy();
        timeline.destroy();
        detail.destroy();
        stepper.abort();
      }
    };
  };

  document.querySelectorAll('[data-ct-story]').forEach(function (el) {
    Chronotope.instances.push(Chronotope.storyPage(el));
  });
})(window.Chronotope);
