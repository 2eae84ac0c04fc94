/*
 * Chronotope.timelineGestures(viewport, options) — what a reader's hands do to a timeline: drag
 * to pan, wheel or trackpad to zoom or pan, +, − and Home on the keyboard, a click on a histogram
 * to zoom into its bar. It only reports, in logical pixels (positive towards later times, x from the
 * inline start): in a right-to-left timeline, dragging to the right goes forward in time. The
 * timeline moves its window. (The arrow keys step from event to event: story-page.js.)
 */
(function (Chronotope) {
  'use strict';

  var defaults = {
    /** Whether time runs from the right (a right-to-left page): gestures are mirrored. */
    rtl: false,
    /** Pixels a pointer must move before a press becomes a drag (and no longer a click). */
    dragThreshold: 4,
    /** Called when a drag starts; returns the state handed back to onDrag. */
    onDragStart: function () { return null; },
    /** Called with (dx pixels since the press, state) while dragging. */
    onDrag: function () {},
    /** Called with (dx pixels, positive towards later) for a sideways wheel or trackpad swipe. */
    onPan: function () {},
    /** Called with (factor, x pixels in the viewport): < 1 zooms in around x. */
    onZoom: function () {},
    /** Called when Home is pressed. */
    onFit: function () {},
    /** Called with (x pixels in the viewport) for a click on the background, not on an item. */
    onBackgroundClick: function () {},
    /** The selector of the items, whose clicks must not fire after a drag. */
    itemSelector: '.ct-tl-item'
  };

  Chronotope.timelineGestures = function (viewport, options) {
    var o = Chronotope.util.extend({}, defaults, options);
    var down = null;
    var sign = o.rtl ? -1 : 1;

    /** A pointer's distance from the timeline's inline start (its right edge when time runs from the right). */
    function along(clientX) {
      var rect = viewport.getBoundingClientRect();
      return o.rtl ? rect.right - clientX : clientX - rect.left;
    }

    function onWheel(e) {
      e.preventDefault();
      if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
        o.onPan(sign * e.deltaX);
      } else {
        o.onZoom(Math.exp(e.deltaY * 0.0015), along(e.clientX));
      }
    }

    function onKey(e) {
      if (e.key === '+' || e.key === '=') { o.onZoom(0.5); e.preventDefault(); }
      if (e.key === '-') { o.onZoom(2); e.preventDefault(); }
      if (e.key === 'Home') { o.onFit(); e.preventDefault(); }
    }

    function onDown(e) {
      if (e.button !== 0) { return; }
      down = {x: e.clientX, moved: false, state: null, target: e.target.closest(o.itemSelector)};
    }

    function onMove(e) {
      if (!down) { return; }
      var dx = e.clientX - down.x;
      if (!down.moved && Math.abs(dx) > o.dragThreshold) {
        // Captured only once it is a drag, so that a plain click still reaches the item.
        down.moved = true;
        down.state = o.onDragStart();
        viewport.setPointerCapture(e.pointerId);
        viewport.classList.add('ct-tl-dragging');
      }
      if (down.moved) { o.onDrag(sign * dx, down.state); }
    }

    function onUp(e) {
      if (!down) { return; }
      viewport.classList.remove('ct-tl-dragging');
      if (down.target) {
        down.target.ctDragged = down.moved;
        setTimeout(function (t) { t.ctDragged = false; }, 0, down.target);
      } else if (!down.moved) {
        o.onBackgroundClick(along(e.clientX));
      }
      down = null;
    }

    viewport.addEventListener('wheel', onWheel, {passive: false});
    viewport.addEventListener('keydown', onKey);
    viewport.addEventListener('pointerdown', onDown);
    viewport.addEventListener('pointermove', onMove);
    viewport.addEventListener('pointerup', onUp);
    viewport.addEventListener('pointercancel', onUp);

    return {
      destroy: function () {
        viewport.removeEventListener('wheel', onWheel);
        viewport.removeEventListener('keydown', onKey);
        viewport.removeEventListener('pointerdown', onDown);
        viewport.removeEventListener('pointermove', onMove);
        viewport.removeEventListener('pointerup', onUp);
        viewport.removeEventListener('pointercancel', onUp);
      }
    };
  };
})(window.Chronotope);
