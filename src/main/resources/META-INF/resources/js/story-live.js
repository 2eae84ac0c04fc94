/*
 * Chronotope.storyLive(root, options) — keeps an open story page or embed up to date while the
 * story unfolds: listens to /api/stories/{slug}/live (Server-Sent Events) and, rather than moving
 * the reader's view, counts new events in a quiet notice ("3 new events") that brings them in when
 * clicked (options.onApply). Changed, corrected and removed events are applied at once
 * (options.onChange(changes), changes as [{event, kind}]). The stream is closed while the page is
 * hidden and reopened with the last number heard when it shows again, so nothing is missed; after
 * a network drop the browser's EventSource reconnects by itself with Last-Event-ID.
 */
(function (Chronotope) {
  'use strict';

  var U = Chronotope.util;

  var defaults = {
    api: '/api',
    slug: null,
    /** The number of the story's last change the page already shows (the page's config.live). */
    since: null,
    lang: 'en',
    labels: {},
    /** Called with [{event: id, kind: 'changed'|'corrected'|'removed'}], a burst at a time. */
    onChange: function () {},
    /** Called when the reader asks for the new events (or the stream says to reload everything). */
    onApply: function () {},
    /** Milliseconds a burst of changes is gathered before onChange. */
    gather: 250,
    /**
     * The stream opens at the reader's first move (pointer, key, scroll, touch) or this many
     * milliseconds after the page starts, whichever comes first. Nothing is lost by waiting (the
     * stream starts after `since`), and a page whose network never goes quiet could not be
     * captured by headless tools that wait for it (Chromium's --virtual-time-budget screenshots).
     */
    delay: 6000
  };

  Chronotope.storyLive = function (root, options) {
    var o = U.extend({}, defaults, options);
    if (!o.slug || typeof window.EventSource !== 'function') {
      return {destroy: function () {}, pending: function () { return 0; }};
    }
    var region = U.el('div', 'ct-live', {role: 'status', 'aria-live': 'polite'});
    var notice = U.el('button', 'ct-live-notice', {type: 'button', 'data-ct-action': 'live-apply'});
    notice.hidden = true;
    region.appendChild(notice);
    root.insertBefore(region, root.firstChild);

    var source = null;
    var last = o.since;       // the number of the last change heard
    var fresh = {};           // event id → true: new events the reader has not brought in yet
    var changes = [];
    var flush = U.debounce(function () {
      var batch = changes;
      changes = [];
      if (batch.length) { o.onChange(batch); }
    }, o.gather);

    notice.addEventListener('click', apply);
    document.addEventListener('visibilitychange', onVisibility);
    var MOVES = ['pointermove', 'pointerdown', 'keydown', 'scroll', 'wheel', 'touchstart'];
    var timer = setTimeout(start, o.delay);
    MOVES.forEach(function (type) { window.addEventListener(type, start, {passive: true, capture: true}); });

    function start() {
      if (timer) { clearTimeout(timer); timer = null; }
      MOVES.forEach(function (type) { window.removeEventListener(type, start, {capture: true}); });
      if (!document.hidden && !source) { open(); }
    }

    function open() {
      var url = o.api + '/stories/' + encodeURIComponent(o.slug) + '/live' + U.query({last: last});
      source = new EventSource(url, {withCredentials: false});
      ['ready', 'new', 'changed', 'corrected', 'removed', 'reset'].forEach(function (name) {
        source.addEventListener(name, onMessage);
      });
    }

    function close() {
      if (source) { source.close(); source = null; }
    }

    function onVisibility() {
      // A hidden page costs nothing: the stream closes, and reopens after the last change heard.
      if (document.hidden) { close(); } else if (!source && !timer) { open(); }
    }

    function onMessage(e) {
      if (e.lastEventId) { last = e.lastEventId; }
      var data = JSON.parse(e.data || '{}');
      // From the first change on, every read revalidates: a browser's copy may predate it.
      if (e.type !== 'ready') { U.cache = 'no-cache'; }
      if (e.type === 'new') {
        fresh[data.event] = true;
        show();
      } else if (e.type === 'reset') {
        apply();
      } else if (e.type !== 'ready') {
        if (e.type === 'removed' && fresh[data.event]) {
          delete fresh[data.event];
          show();
        }
        if (!fresh[data.event]) {
          changes.push({event: data.event, kind: e.type});
          flush();
        }
      }
    }

    function pending() { return Object.keys(fresh).length; }

    function show() {
      var n = pending();
      notice.hidden = n === 0;
      notice.textContent = n ? U.count(o.labels, 'liveNew', n, o.lang) : '';
    }

    function apply() {
      fresh = {};
      show();
      flush.cancel();
      changes = [];
      o.onApply();
    }

    return {
      /** How many new events wait for the reader. */
      pending: pending,
      destroy: function () {
        if (timer) { clearTimeout(timer); timer = null; }
        MOVES.forEach(function (type) { window.removeEventListener(type, start, {capture: true}); });
        close();
        flush.cancel();
        notice.removeEventListener('click', apply);
        document.removeEventListener('visibilitychange', onVisibility);
        region.remove();
      }
    };
  };
})(window.Chronotope);
