/*
 * Chronotope.storyPage(root) — links a story's map, timeline and detail panel: selecting an event
 * anywhere selects it everywhere and in the URL (?event=ID, one history entry per selection, so
 * Back returns to the previous event), previous/next buttons and the arrow keys step through
 * time, play walks through it, the legend filters by category and the timeline's window can
 * filter the map. It also keeps the page's first screen: the explorer fills the viewport under
 * the header, which shrinks to a line once the reader explores; on a narrow screen the detail is
 * a bottom sheet that expands. Starts itself on every [data-ct-story] element.
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
    // A right-to-left page runs its timeline from the right and mirrors the arrow keys.
    var rtl = U.rtl(root);
    var still = Chronotope.motion.reduced;
    var stage = root.closest('.ct-stage');
    if (stage) { stage.classList.add('ct-stage--live'); }
    root.hidden = false;
    measure();

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
      animate: !still,
      onSelect: function (id) { select(id, 'map'); }
    });
    // Leaflet sizes itself on window resizes only; the explorer also changes size with the header.
    var mapResize = mapEl ? new ResizeObserver(function () { map.invalidateSize(); }) : null;
    if (mapResize) { mapResize.observe(mapEl); }
    var timelineEl = root.querySelector('.ct-timeline');
    var timeline = !timelineEl ? nothing() : Chronotope.storyTimeline(timelineEl, {
      slug: config.slug, api: o.api, lang: lang, categories: config.categories, eras: config.eras,
      from: config.from === undefined ? null : config.from, to: config.to === undefined ? null : config.to,
      labels: labels,
      initial: config.initial && config.initial.timeline,
      animate: !still,
      onSelect: function (id) { select(id, 'timeline'); },
      onPeriod: function (from, to) { if (filterMap) { map.setPeriod(from, to); } }
    });
    // Before the page's own key listener: a tour's arrow keys move the tour, not time.
    var tour = Chronotope.storyTour(root, {api: o.api, slug: config.slug, map: map, timeline: timeline,
      animate: !still, updateUrl: o.updateUrl, mediaLabels: labels});
    var live = Chronotope.storyLive(root, {api: o.api, slug: config.slug, since: config.live, lang: lang,
      labels: labels, onChange: onLiveChange, onApply: onLiveApply});
    var stepper = U.latestOnly();
    var selected = null;
    var filterMap = false;
    var categories = null;
    var player = null;
    var detailEl = root.querySelector('.ct-detail');
    var button = function (action) { return root.querySelector('[data-ct-action="' + action + '"]'); };
    var on = function (action, handler) {
      var b = button(action);
      if (b) { b.addEventListener('click', handler); }
    };

    on('previous', function () { step('previous', selected, 'step'); });
    on('next', function () { step('next', selected, 'step'); });
    on('expand-detail', function () { expandDetail(this.getAttribute('aria-expanded') !== 'true'); });
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
    var verification = null;   // the statuses the reader chose to see, null for all
    var verificationLegend = root.querySelector('.ct-verification-legend');
    if (verificationLegend) { verificationLegend.addEventListener('change', onVerification); }
    document.addEventListener('keydown', onKey);
    document.addEventListener('click', onListLink);
    window.addEventListener('popstate', onHistory);
    window.addEventListener('resize', measure);
    // After a click, not on the press: the layout must not move under a pointer going down.
    root.addEventListener('click', explore);
    root.addEventListener('keydown', explore);

    var linked = new URLSearchParams(location.search).get('event');
    if (config.selected || /^\d+$/.test(linked || '')) {
      select(config.selected || +linked, 'link');
    }

    /**
     * Selects event id everywhere; source says where the reader picked it: map, timeline, step,
     * key (an arrow key on a timeline item, which keeps the focus on the timeline), play, list,
     * link (the page's address) or history (Back and Forward).
     */
    function select(id, source) {
      // The reader picked an event during a tour: they explore, and may come back to the step.
      if (tour.active() && source !== 'link' && source !== 'history') { tour.leave(); }
      selected = id;
      timeline.select(id, null, false);
      if (source !== 'link' && source !== 'history') { explore(); }
      if (o.updateUrl && source !== 'history') {
        var url = new URL(location.href);
        url.searchParams.set('event', id);
        url.hash = '';
        // A selection the reader made is a step Back can undo; the page's own and play's are not.
        if (source === 'link' || source === 'play' || url.href === location.href) {
          history.replaceState({ctEvent: id}, '', url);
        } else {
          history.pushState({ctEvent: id}, '', url);
        }
      }
      if (o.updateUrl) { linkLanguages(id); }
      return detail.show(id).then(function (event) {
        if (!event || selected !== id) { return; }
        detailEl.scrollTop = 0;
        timeline.select(id, Chronotope.dates.eventPeriod(event), source !== 'timeline', source === 'key');
        map.select(id, event);
      });
    }

    /** Back or Forward: shows the event of that address, or none. */
    function onHistory() {
      var id = new URLSearchParams(location.search).get('event');
      if (/^\d+$/.test(id || '')) {
        if (+id !== selected) { select(+id, 'history'); }
        return;
      }
      selected = null;
      timeline.select(null, null, false);
      map.select(null);
      detail.clear(labels.noSelection || '');
      linkLanguages(null);
    }

    /** The language switcher should open the same event in the other language. */
    function linkLanguages(id) {
      document.querySelectorAll('a[hreflang]').forEach(function (a) {
        var other = new URL(a.href);
        if (id === null) { other.searchParams.delete('event'); } else { other.searchParams.set('event', id); }
        a.href = other.pathname + other.search;
      });
    }

    function step(direction, from, source) {
      if (categories && !categories.length) {
        // Every category hidden: no event to step to (an empty filter would mean all of them).
        stop();
        return Promise.resolve(false);
      }
      var url = o.api + '/stories/' + encodeURIComponent(config.slug) + '/step'
        + U.query({from: from, direction: direction, category: categories ? categories.join(',') : null,
          verification: verification ? verification.join(',') : null});
      return stepper.get(url).then(function (item) {
        if (!item) {
          stop();
          var status = root.querySelector('.ct-tl-status');
          if (status) { status.textContent = labels.end || ''; }
          return false;
        }
        return select(item.id, source).then(function () { return true; });
      });
    }

    /** The reader explores: the story's header gives its room to the explorer. */
    function explore() {
      if (stage && !stage.classList.contains('ct-stage--exploring')) {
        stage.classList.add('ct-stage--exploring');
      }
    }

    /** The first screen starts under the site's header: how far down is it? */
    function measure() {
      if (!stage) { return; }
      var above = stage.getBoundingClientRect().top + window.scrollY;
      document.documentElement.style.setProperty('--ct-above', Math.max(0, Math.round(above)) + 'px');
    }

    /** On a narrow screen, opens the detail sheet over the map and timeline, or closes it. */
    function expandDetail(open) {
      detailEl.classList.toggle('ct-detail--expanded', open);
      button('expand-detail').setAttribute('aria-expanded', String(open));
    }

    function play() {
      var toggle = button('play');
      toggle.setAttribute('aria-pressed', 'true');
      toggle.querySelector('.ct-play-label').textContent = labels.pause;
      var tick = function () {
        step('next', selected, 'play').then(function (more) { if (more && player) { player = setTimeout(tick, o.playInterval); } });
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

    /** The verification filter: at least one status stays shown (none would mean an empty story). */
    function onVerification(e) {
      var boxes = Array.prototype.slice.call(verificationLegend.querySelectorAll('input[name="verification"]'));
      var checked = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
      if (!checked.length) {
        e.target.checked = true;
        return;
      }
      verification = checked.length === boxes.length ? null : checked;
      map.setVerification(verification);
      timeline.setVerification(verification);
    }

    function onKey(e) {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) { return; }
      if (e.key === 'Escape' && detailEl.classList.contains('ct-detail--expanded')) {
        expandDetail(false);
        return;
      }
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') { return; }
      var target = e.target;
      if (target.closest && (target.closest('input, textarea, select, [contenteditable], .leaflet-container'))) { return; }
      e.preventDefault();
      // From a timeline item, the step starts there and the focus follows to the next item.
      var item = target.closest && root.contains(target) && target.closest('.ct-tl-item[data-ct-event]');
      // The arrow that points towards later times steps forward: → from the left, ← in a right-to-left page.
      var forward = rtl ? 'ArrowLeft' : 'ArrowRight';
      step(e.key === forward ? 'next' : 'previous', item ? +item.getAttribute('data-ct-event') : selected,
        item ? 'key' : 'step');
    }

    /** The list's "link to this event" selects the event in place instead of reloading. */
    function onListLink(e) {
      var link = e.target.closest && e.target.closest('.ct-event-link a');
      if (!link || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) { return; }
      var item = link.closest('[data-ct-event]');
      e.preventDefault();
      select(+item.getAttribute('data-ct-event'), 'list');
      (stage || root).scrollIntoView({behavior: Chronotope.motion.scrollBehavior, block: 'start'});
    }

    /**
     * Events changed, corrected or removed while the page is open: the map, the timeline, the list
     * and the open event follow in place (the reader's view does not move).
     */
    function onLiveChange(changes) {
      map.refresh();
      timeline.refresh();
      var ids = changes.map(function (c) { return c.event; });
      refreshList(ids);
      var mine = changes.filter(function (c) { return c.event === selected; });
      if (!mine.length) { return; }
      if (mine[mine.length - 1].kind === 'removed') {
        selected = null;
        map.select(null);
        timeline.select(null, null, false);
        detail.clear(labels.noSelection || '');
      } else {
        detail.show(selected);
      }
    }

    /** The reader clicked "3 new events": everything is read again. */
    function onLiveApply() {
      map.refresh();
      timeline.refresh();
      refreshList(null);
      if (selected !== null) { detail.show(selected); }
    }

    /**
     * The list under the explorer (the story page has one, an embed not) and the header's count as
     * the server renders them now: the items of events ids only, or the whole list with null.
     */
    function refreshList(ids) {
      var list = document.querySelector('ol.ct-events');
      if (!list || embedded) { return; }
      fetch(location.href, {credentials: U.credentials, cache: 'no-cache', headers: {Accept: 'text/html'}})
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) {
          if (!html) { return; }
          var page = new DOMParser().parseFromString(html, 'text/html');
          // The header's count and dates ("12 events", "covers …") follow the list.
          var meta = document.querySelector('.ct-story-header .ct-meta');
          var metaNow = page.querySelector('.ct-story-header .ct-meta');
          if (meta && metaNow) { meta.replaceWith(document.importNode(metaNow, true)); }
          var now = page.querySelector('ol.ct-events');
          if (!now) { return; }
          if (ids === null) {
            list.replaceWith(document.importNode(now, true));
            return;
          }
          ids.forEach(function (id) {
            var mine = document.getElementById('event-' + id);
            var theirs = page.getElementById('event-' + id);
            if (mine && theirs) { mine.replaceWith(document.importNode(theirs, true)); }
            if (mine && !theirs) { mine.remove(); }
          });
        });
    }

    /** A stand-in for a widget the view leaves out (an embed of the map alone, or the timeline alone). */
    function nothing() {
      var none = function () {};
      return {select: none, mark: none, frame: none, setPeriod: none, setCategories: none, setVerification: none, setGrouped: none,
        zoomIn: none, zoomOut: none, refresh: none,
        fit: none, destroy: none, period: function () { return {from: null, to: null}; },
        drawnEvents: function () { return []; }};
    }

    return {
      map: map,
      timeline: timeline,
      detail: detail,
      select: select,
      tour: tour,
      selected: function () { return selected; },
      live: live,
      destroy: function () {
        stop();
        live.destroy();
        tour.destroy();
        document.removeEventListener('keydown', onKey);
        document.removeEventListener('click', onListLink);
        window.removeEventListener('popstate', onHistory);
        window.removeEventListener('resize', measure);
        root.removeEventListener('click', explore);
        root.removeEventListener('keydown', explore);
        if (mapResize) { mapResize.disconnect(); }
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
