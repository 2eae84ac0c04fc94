/*
 * Chronotope.tourBuilder(form) — the editor's tour builder, enhanced: Move up / Move down reorder
 * the steps in place (no round trip; the form posts its steps in the order shown), Alt+↑ and Alt+↓
 * move the focused step, the focus and a status line follow the step; a map shows the view the
 * "add the map's current view" button adds and each step's "use the map's view" button takes.
 * Without script the same buttons work through the server. Starts itself on [data-ct-tour-builder].
 */
(function (Chronotope, L) {
  'use strict';

  var U = Chronotope.util;

  Chronotope.tourBuilder = function (form) {
    var labels = U.labels(form);
    var list = form.querySelector('.ct-tour-builder-steps');
    var status = form.querySelector('[data-ct-tour-status]');
    var map = startMap(form.querySelector('[data-ct-tour-map]'));

    form.addEventListener('click', onClick);
    form.addEventListener('keydown', onKey);

    function steps() { return Array.prototype.slice.call(list.querySelectorAll('[data-ct-builder-step]')); }

    function onClick(e) {
      var move = e.target.closest('[data-ct-move]');
      if (move) {
        e.preventDefault();
        moveStep(move.closest('[data-ct-builder-step]'), move.getAttribute('data-ct-move') === 'up' ? -1 : 1, move);
        return;
      }
      var use = e.target.closest('[data-ct-use-view]');
      if (use && map) {
        var step = use.closest('[data-ct-builder-step]');
        var c = map.getCenter();
        field(step, 'lat').value = c.lat.toFixed(5);
        field(step, 'lon').value = c.lng.toFixed(5);
        field(step, 'zoom').value = String(Math.round(map.getZoom()));
      }
    }

    function onKey(e) {
      if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) { return; }
      var step = e.target.closest && e.target.closest('[data-ct-builder-step]');
      if (!step) { return; }
      e.preventDefault();
      moveStep(step, e.key === 'ArrowUp' ? -1 : 1, e.target);
    }

    /** Moves step by delta (-1 or 1) and keeps focus on focusTarget, or on the step if it is now disabled. */
    function moveStep(step, delta, focusTarget) {
      var all = steps();
      var i = all.indexOf(step), j = i + delta;
      if (j < 0 || j >= all.length) { return; }
      if (delta < 0) { list.insertBefore(step, all[j]); } else { list.insertBefore(step, all[j].nextSibling); }
      renumber();
      step.classList.add('ct-tour-builder-step--moved');
      setTimeout(function () { step.classList.remove('ct-tour-builder-step--moved'); }, 800);
      if (focusTarget && !focusTarget.disabled) { focusTarget.focus(); } else { step.focus(); }
      if (status) { status.textContent = (labels.moved || '%s').replace('%s', j + 1); }
    }

    /** Step numbers, button values (for a post without script) and the ends' disabled buttons. */
    function renumber() {
      var all = steps();
      all.forEach(function (step, i) {
        var number = step.querySelector('[data-ct-step-number]');
        if (number) { number.textContent = (labels.step || '0').replace(/\d+/, String(i + 1)); }
        Array.prototype.forEach.call(step.querySelectorAll('button[name="action"]'), function (b) {
          b.value = b.value.replace(/:\d+$/, ':' + i);
          if (b.getAttribute('data-ct-move') === 'up') { b.disabled = i === 0; }
          if (b.getAttribute('data-ct-move') === 'down') { b.disabled = i === all.length - 1; }
        });
      });
    }

    function field(step, name) { return step.querySelector('[data-ct-field="' + name + '"]'); }

    /** The builder's map, following and writing the view fields; null without Leaflet. */
    function startMap(el) {
      if (!el || !L) { return null; }
      var lat = form.querySelector('#viewLat'), lon = form.querySelector('#viewLon'), zoom = form.querySelector('#viewZoom');
      el.hidden = false;
      var m = L.map(el, {maxZoom: +(el.getAttribute('data-ct-max-zoom') || 18)})
        .setView([+lat.value || 20, +lon.value || 0], +zoom.value || 3);
      if (Chronotope.basemap) {
        Chronotope.basemap(m, {mode: el.getAttribute('data-ct-basemap') || 'offline',
          tileUrl: el.getAttribute('data-ct-tiles') || null, attribution: el.getAttribute('data-ct-attribution') || '',
          attributionUrl: el.getAttribute('data-ct-attribution-url') || null,
          maxZoom: +(el.getAttribute('data-ct-max-zoom') || 18)});
      }
      m.on('moveend', function () {
        var c = m.getCenter();
        lat.value = c.lat.toFixed(5);
        lon.value = L.Util.wrapNum(c.lng, [-180, 180], true).toFixed(5);
        zoom.value = String(Math.round(m.getZoom()));
      });
      Array.prototype.forEach.call(form.querySelectorAll('[data-ct-use-view]'), function (b) { b.hidden = false; });
      return m;
    }

    return {
      map: map,
      destroy: function () {
        form.removeEventListener('click', onClick);
        form.removeEventListener('keydown', onKey);
        if (map) { map.remove(); }
      }
    };
  };

  document.querySelectorAll('[data-ct-tour-builder]').forEach(function (form) {
    Chronotope.instances = Chronotope.instances || [];
    form.ctTourBuilder = Chronotope.tourBuilder(form);
    Chronotope.instances.push(form.ctTourBuilder);
  });
})(window.Chronotope, window.L);
