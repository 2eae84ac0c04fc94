/*
 * Chronotope.storyTour(root, options) — a guided tour through a story's map and timeline: each
 * step flies the map to its view (or fits its event; it jumps under prefers-reduced-motion),
 * frames the timeline's window and marks the step's event on both. In the card layout a panel
 * over the detail shows the step's text, a progress line, Previous and Next (also the arrow keys
 * and a swipe on the panel); the reader may leave to explore freely and come back to the step
 * they left. In the scrolling layout the server's list of steps becomes cards that scroll over
 * the sticky map and timeline, each step shown as its card reaches the middle of the screen (or
 * takes the keyboard focus). The address follows: ?tour=NAME&step=N. Started by story-page.js.
 */
(function (Chronotope) {
  'use strict';

  var U = Chronotope.util;

  var defaults = {
    api: '/api',
    slug: null,
    /** Chronotope.storyMap and storyTimeline of the page (or stand-ins with the same methods). */
    map: null,
    timeline: null,
    /** Whether the map and the timeline glide (false under prefers-reduced-motion). */
    animate: true,
    /** Whether the address follows the tour. */
    updateUrl: true,
    /** Media card labels (the explorer's data-ct-label-media-* attributes). */
    mediaLabels: {},
    /** Called with true when a tour takes the panel, false when the reader leaves or ends it. */
    onActive: function () {}
  };

  Chronotope.storyTour = function (root, options) {
    var o = U.extend({}, defaults, options);
    var menu = root.querySelector('[data-ct-tour-labels]');
    var labels = menu ? U.labels(menu) : {};
    var detailEl = root.querySelector('.ct-detail');
    var fetcher = U.latestOnly();
    var tour = null;       // the tour's JSON
    var current = 0;       // the step shown, from 1; 0 when none
    var away = false;      // the reader left to explore
    var layout = 'card';
    var panel = null, scroller = null, observer = null, swipe = null;

    root.addEventListener('click', onLinkClick);
    document.addEventListener('keydown', onKey);

    var params = new URLSearchParams(location.search);
    if (/^[a-z0-9-]{1,100}$/.test(params.get('tour') || '')) {
      var section = document.querySelector('[data-ct-tour-steps]');
      open(params.get('tour'), +params.get('step') || 1,
        section && section.getAttribute('data-ct-layout') === 'scroll' ? 'scroll' : 'card');
    }

    /** Loads tour name and shows step n, in layout card or scroll; focus moves the focus to it. */
    function open(name, n, how, focus) {
      var url = o.api + '/stories/' + encodeURIComponent(o.slug) + '/tours/' + encodeURIComponent(name);
      return fetcher.get(url).then(function (json) {
        if (!json || !json.steps.length) { return; }
        close(false);
        tour = json;
        layout = how === 'scroll' && document.querySelector('[data-ct-tour-steps="' + name + '"]') ? 'scroll' : 'card';
        if (menu) { menu.open = false; }
        var first = Math.min(Math.max(1, n), tour.steps.length);
        if (layout === 'scroll') { startScroll(first); } else { startCard(); }
        go(first, layout === 'card' ? 'link' : 'scroll');
        if (focus && panel) { panel.querySelector('.ct-tour-title').focus(); }
        if (focus && scroller) { scroller.querySelector('[data-ct-step]').focus(); }
      }, function () {
        // A tour gone (unpublished, renamed) since the link was made: the story stays as it is.
      });
    }

    function startCard() {
      var list = document.querySelector('[data-ct-tour-steps]');
      if (list) { list.hidden = true; }
      panel = U.el('section', 'ct-tour', {'aria-label': (labels.tour || '') + ' — ' + tour.title, 'data-ct-part': 'tour'});
      var head = panel.appendChild(U.el('div', 'ct-tour-head'));
      head.appendChild(U.el('h2', 'ct-tour-title', {tabindex: '-1'}, tour.title));
      var end = head.appendChild(U.el('button', 'ct-button ct-tour-close', {type: 'button', 'aria-label': labels.close || ''}));
      end.appendChild(U.el('span', null, {'aria-hidden': 'true'}, '×'));
      end.addEventListener('click', function () { close(true); });
      var progress = panel.appendChild(U.el('div', 'ct-tour-progress', {role: 'progressbar',
        'aria-label': labels.progress || '', 'aria-valuemin': '1', 'aria-valuemax': String(tour.steps.length)}));
      progress.appendChild(U.el('span', 'ct-tour-progress-bar'));
      panel.appendChild(U.el('p', 'ct-tour-count', {'aria-hidden': 'true'}));
      panel.appendChild(U.el('div', 'ct-tour-body', {'aria-live': 'polite'}));
      var nav = panel.appendChild(U.el('div', 'ct-tour-nav', {role: 'group', 'aria-label': labels.tour || ''}));
      button(nav, 'tour-previous', '◀', labels.previous, function () { go(current - 1, 'step'); });
      button(nav, 'tour-next', '▶', labels.next, function () { go(current + 1, 'step'); });
      button(nav, 'tour-leave', null, labels.leave, leave);
      var back = panel.appendChild(U.el('button', 'ct-button ct-tour-resume', {type: 'button', 'data-ct-action': 'tour-resume'}));
      back.addEventListener('click', resume);
      detailEl.insertBefore(panel, detailEl.firstChild);
      // As when the reader explores: the story's header gives its room to the map.
      var stage = root.closest('.ct-stage');
      if (stage) { stage.classList.add('ct-stage--exploring'); }
      detailEl.classList.add('ct-detail--touring');
      swipe = swipeOn(panel);
      o.onActive(true);
    }

    function button(parent, action, symbol, text, handler) {
      var b = parent.appendChild(U.el('button', 'ct-button', {type: 'button', 'data-ct-action': action}));
      if (symbol && action === 'tour-previous') { b.appendChild(U.el('span', 'ct-dir-icon', {'aria-hidden': 'true'}, symbol + ' ')); }
      // On a narrow screen the arrows stay and the words go to screen readers only; in a right-to-left
      // page the arrows turn to point along the reading direction (story.css, .ct-dir-icon).
      b.appendChild(U.el('span', symbol ? 'ct-button-text' : null, {}, text || ''));
      if (symbol && action === 'tour-next') { b.appendChild(U.el('span', 'ct-dir-icon', {'aria-hidden': 'true'}, ' ' + symbol)); }
      b.addEventListener('click', handler);
      return b;
    }

    /** Shows step n (from 1); source: link, step (the reader's buttons or keys), scroll, resume. */
    function go(n, source) {
      if (!tour || n < 1 || n > tour.steps.length) { return; }
      current = n;
      var step = tour.steps[n - 1];
      if (panel) { render(step); }
      if (scroller) {
        Array.prototype.forEach.call(scroller.querySelectorAll('[data-ct-step]'), function (card) {
          card.classList.toggle('ct-tour-card--active', +card.getAttribute('data-ct-step') === n);
        });
      }
      frame(step);
      if (o.updateUrl) {
        var url = new URL(location.href);
        url.searchParams.set('tour', tour.name);
        url.searchParams.set('step', n);
        url.searchParams.delete('event');
        history.replaceState(history.state, '', url);
      }
    }

    /** Moves the map and the timeline to the step and marks its event on both. */
    function frame(step) {
      var id = step.event === null || step.event === undefined ? null : step.event;
      o.map.mark(id);
      o.timeline.mark(id);
      o.map.frame(step.zoom === null || step.zoom === undefined ? null : {lat: step.lat, lon: step.lon, zoom: step.zoom},
        step.bounds, o.animate);
      if (step.window) { o.timeline.frame(step.window.from, step.window.to); }
    }

    function render(step) {
      var total = tour.steps.length;
      var count = (labels.stepOf || '%n / %t').replace('%n', current).replace('%t', total);
      var progress = panel.querySelector('.ct-tour-progress');
      progress.setAttribute('aria-valuenow', String(current));
      progress.setAttribute('aria-valuetext', count);
      panel.querySelector('.ct-tour-progress-bar').style.width = (current / total * 100) + '%';
      panel.querySelector('.ct-tour-count').textContent = count;
      var body = panel.querySelector('.ct-tour-body');
      body.replaceChildren();
      body.appendChild(U.el('p', 'ct-visually-hidden', {}, count));
      if (step.eventTitle) { body.appendChild(U.el('h3', 'ct-tour-step-title', {}, step.eventTitle)); }
      // Rendered and sanitized by the server (common.Markdown).
      if (step.textHtml) { body.appendChild(U.el('div', 'ct-tour-text')).innerHTML = step.textHtml; }
      if (step.media) { body.appendChild(Chronotope.storyMedia.render(step.media, o.mediaLabels)); }
      if (current === total) { body.appendChild(U.el('p', 'ct-tour-end', {}, labels.end || '')); }
      body.scrollTop = 0;
      panel.querySelector('[data-ct-action="tour-previous"]').disabled = current === 1;
      panel.querySelector('[data-ct-action="tour-next"]').disabled = current === total;
      panel.querySelector('.ct-tour-resume').textContent = (labels.resume || '%n').replace('%n', current);
    }

    /** The reader explores freely: the panel folds to its way back, the detail shows again. */
    function leave() {
      if (!tour || away) { return; }
      away = true;
      if (panel) {
        panel.classList.add('ct-tour--away');
        detailEl.classList.remove('ct-detail--touring');
        panel.querySelector('.ct-tour-resume').focus();
      }
      o.onActive(false);
    }

    /** Back to the step the reader left, framed again. */
    function resume() {
      if (!tour) { return; }
      away = false;
      if (panel) {
        panel.classList.remove('ct-tour--away');
        detailEl.classList.add('ct-detail--touring');
        panel.querySelector('[data-ct-action="tour-next"]').focus();
      }
      o.onActive(true);
      go(current, 'resume');
    }

    /** Ends the tour; with forget, the address drops it too. */
    function close(forget) {
      if (!tour) { return; }
      if (panel) {
        if (swipe) { swipe(); swipe = null; }
        panel.remove();
        panel = null;
        detailEl.classList.remove('ct-detail--touring');
      }
      stopScroll();
      o.map.mark(null);
      o.timeline.mark(null);
      tour = null;
      current = 0;
      away = false;
      o.onActive(false);
      if (forget && o.updateUrl) {
        var url = new URL(location.href);
        url.searchParams.delete('tour');
        url.searchParams.delete('step');
        url.searchParams.delete('layout');
        history.replaceState(history.state, '', url);
      }
    }

    /** The scrolling layout: the server's step list becomes cards over the sticky explorer, from step n. */
    function startScroll(n) {
      var list = document.querySelector('[data-ct-tour-steps]');
      var stage = root.closest('.ct-stage') || root;
      scroller = U.el('div', 'ct-tour-scroller');
      stage.parentNode.insertBefore(scroller, stage);
      scroller.appendChild(stage);
      scroller.appendChild(list);
      list.hidden = false;
      document.documentElement.classList.add('ct-tour-scrolling');
      var cards = Array.prototype.slice.call(list.querySelectorAll('[data-ct-step]'));
      cards.forEach(function (card) {
        card.tabIndex = 0;
        card.addEventListener('focus', onCardFocus);
      });
      observer = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (entry.isIntersecting) { activate(entry.target); }
        });
      }, {rootMargin: '-45% 0px -45% 0px'});
      cards.forEach(function (card) { observer.observe(card); });
      // The address's step: its card comes to the middle of the screen.
      if (n > 1 && cards[n - 1]) { cards[n - 1].scrollIntoView({block: 'center'}); }
    }

    function onCardFocus() { activate(this); }

    function activate(card) {
      var n = +card.getAttribute('data-ct-step');
      if (n !== current) { go(n, 'step'); }
    }

    function stopScroll() {
      if (!scroller) { return; }
      if (observer) { observer.disconnect(); observer = null; }
      var stage = scroller.querySelector('.ct-stage') || root;
      scroller.parentNode.insertBefore(stage, scroller);
      var list = scroller.querySelector('[data-ct-tour-steps]');
      if (list) {
        scroller.parentNode.insertBefore(list, scroller);
        Array.prototype.forEach.call(list.querySelectorAll('[data-ct-step]'), function (card) {
          card.removeEventListener('focus', onCardFocus);
          card.removeAttribute('tabindex');
        });
      }
      scroller.remove();
      scroller = null;
      document.documentElement.classList.remove('ct-tour-scrolling');
    }

    /** A horizontal swipe on el moves a step; returns the function that removes the listeners. */
    function swipeOn(el) {
      var start = null;
      // A finger or a pen, not a mouse: a mouse drag over the text selects it.
      var down = function (e) { start = e.isPrimary && e.pointerType !== 'mouse' ? {x: e.clientX, y: e.clientY} : null; };
      var up = function (e) {
        if (!start) { return; }
        var dx = e.clientX - start.x, dy = e.clientY - start.y;
        start = null;
        if (Math.abs(dx) > 50 && Math.abs(dx) > 2 * Math.abs(dy) && !away) { go(current + (dx < 0 ? 1 : -1), 'step'); }
      };
      el.addEventListener('pointerdown', down);
      el.addEventListener('pointerup', up);
      return function () {
        el.removeEventListener('pointerdown', down);
        el.removeEventListener('pointerup', up);
      };
    }

    function onLinkClick(e) {
      var link = e.target.closest && e.target.closest('a[data-ct-tour]');
      if (!link || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) { return; }
      var how = link.getAttribute('data-ct-layout') || 'card';
      // The scrolling layout needs the server's list of steps: a page that lacks it loads it.
      if (how === 'scroll' && !document.querySelector('[data-ct-tour-steps="' + link.getAttribute('data-ct-tour') + '"]')) { return; }
      e.preventDefault();
      open(link.getAttribute('data-ct-tour'), 1, how, true);
    }

    function onKey(e) {
      if (!tour || !panel || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) { return; }
      var target = e.target;
      if (target.closest && target.closest('input, textarea, select, [contenteditable], .leaflet-container, .ct-tl-viewport')) { return; }
      if (e.key === 'Escape' && !away) {
        e.preventDefault();
        leave();
        return;
      }
      if (away || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) { return; }
      e.preventDefault();
      go(current + (e.key === 'ArrowRight' ? 1 : -1), 'step');
    }

    return {
      open: open,
      go: go,
      leave: leave,
      resume: resume,
      close: close,
      /** Whether a tour holds the panel (open and not left). */
      active: function () { return !!tour && !away && layout === 'card'; },
      /** The step shown, from 1; 0 when no tour is open. */
      step: function () { return current; },
      destroy: function () {
        close(false);
        fetcher.abort();
        root.removeEventListener('click', onLinkClick);
        document.removeEventListener('keydown', onKey);
      }
    };
  };
})(window.Chronotope);
