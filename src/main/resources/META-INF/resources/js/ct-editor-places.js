/*
 * Chronotope.editorPlaces(el) — picks a gazetteer place as you type: an ARIA combobox over
 * GET /api/places?q= (prefix and accent-insensitive on the server: "tillaberi" finds Tillabéri).
 * The chosen place's id goes into the hidden input #place, and a "ct:place" event on document
 * carries its geometry to the map picker. Typing again forgets the choice.
 *
 * Markup: <div data-ct-places data-ct-lang="fr" data-ct-none="No place found.">
 *           <input role="combobox" aria-controls="LIST"> <ul id="LIST" role="listbox"> <input type=hidden id=place>
 */
(function (global) {
  'use strict';

  var Chronotope = global.Chronotope = global.Chronotope || {};

  var defaults = {
    url: '/api/places',
    limit: 8,
    delay: 150
  };

  Chronotope.editorPlaces = function (el, options) {
    var o = Object.assign({}, defaults, options);
    var input = el.querySelector('[role="combobox"]');
    var list = document.getElementById(input.getAttribute('aria-controls'));
    var hidden = el.querySelector('input[type="hidden"]');
    var lang = el.getAttribute('data-ct-lang') || document.documentElement.lang;
    var places = [];
    var active = -1;
    var timer = null;
    var controller = null;

    function nameOf(place) {
      return (place.names && place.names[lang]) || place.name;
    }

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function render() {
      list.textContent = '';
      if (!places.length) {
        var none = document.createElement('li');
        none.className = 'ct-ed-muted';
        none.textContent = el.getAttribute('data-ct-none') || '—';
        none.setAttribute('aria-disabled', 'true');
        list.appendChild(none);
      }
      places.forEach(function (place, i) {
        var option = document.createElement('li');
        option.id = list.id + '-' + i;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', i === active ? 'true' : 'false');
        option.textContent = nameOf(place);
        var kind = document.createElement('span');
        kind.className = 'ct-ed-option-kind';
        kind.textContent = [place.kind && place.kind.toLowerCase(), place.countryCode].filter(Boolean).join(' · ');
        option.appendChild(kind);
        option.addEventListener('mousedown', function (e) { e.preventDefault(); choose(i); });
        list.appendChild(option);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      if (active >= 0) { input.setAttribute('aria-activedescendant', list.id + '-' + active); }
    }

    function search() {
      var q = input.value.trim();
      if (controller) { controller.abort(); }
      if (!q) { places = []; close(); return; }
      controller = new AbortController();
      fetch(o.url + '?q=' + encodeURIComponent(q) + '&limit=' + o.limit,
        {signal: controller.signal, headers: {Accept: 'application/json'}})
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (found) { places = found; active = found.length ? 0 : -1; render(); })
        .catch(function (e) { if (e.name !== 'AbortError') { throw e; } });
    }

    function choose(i) {
      var place = places[i];
      if (!place) { return; }
      hidden.value = place.id;
      input.value = nameOf(place);
      close();
      document.dispatchEvent(new CustomEvent('ct:place', {detail: place}));
    }

    function onInput() {
      if (hidden.value) {
        hidden.value = '';
        document.dispatchEvent(new CustomEvent('ct:place', {detail: null}));
      }
      clearTimeout(timer);
      timer = setTimeout(search, o.delay);
    }

    function onKey(e) {
      if (list.hidden || !places.length) {
        if (e.key === 'ArrowDown' && input.value.trim()) { search(); e.preventDefault(); }
        return;
      }
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        active = (active + (e.key === 'ArrowDown' ? 1 : places.length - 1)) % places.length;
        render();
        e.preventDefault();
      } else if (e.key === 'Enter') {
        choose(active < 0 ? 0 : active);
        e.preventDefault();
      } else if (e.key === 'Escape') {
        close();
        e.preventDefault();
      }
    }

    input.addEventListener('input', onInput);
    input.addEventListener('keydown', onKey);
    input.addEventListener('blur', function () { setTimeout(close, 100); });

    return {
      destroy: function () {
        input.removeEventListener('input', onInput);
        input.removeEventListener('keydown', onKey);
        clearTimeout(timer);
        if (controller) { controller.abort(); }
      }
    };
  };
})(window);
