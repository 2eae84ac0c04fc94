/*
 * Chronotope.editorPresence(el, options) — tells an editor who else has this event's form open,
 * and since when, before anyone saves. The form beats every `interval` ms (POST with the session's
 * CSRF token); the server answers with a sentence per other editor, in the page's language, which
 * is shown as text. Leaving the page says goodbye, so the others' notice clears without waiting.
 */
(function (global) {
  'use strict';

  var Chronotope = global.Chronotope = global.Chronotope || {};

  var DEFAULTS = {
    interval: 15000,   // ms between beats; the server forgets a form after 45 s without one
    token: null        // the session's CSRF token
  };

  Chronotope.editorPresence = function (el, options) {
    var o = {};
    Object.keys(DEFAULTS).forEach(function (k) { o[k] = DEFAULTS[k]; });
    Object.keys(options || {}).forEach(function (k) { o[k] = options[k]; });
    var url = el.getAttribute('data-ct-presence');
    var timer = null;
    // This form's own id: its goodbye then also stands against a beat of it that arrives late.
    var page = global.crypto && global.crypto.randomUUID ? global.crypto.randomUUID()
      : Date.now().toString(36) + '-' + Math.random().toString(36).slice(2);

    function body() {
      var b = new URLSearchParams();
      b.set('csrf-token', o.token);
      b.set('page', page);
      return b;
    }

    function show(answer) {
      el.textContent = '';
      var others = answer && answer.others ? answer.others : [];
      others.forEach(function (other, i) {
        if (i > 0) { el.appendChild(document.createElement('br')); }
        el.appendChild(document.createTextNode(other.text));
      });
      if (others.length && answer.hint) {
        var hint = document.createElement('span');
        hint.className = 'ct-ed-presence-hint';
        hint.textContent = ' — ' + answer.hint;
        el.appendChild(hint);
      }
      el.hidden = others.length === 0;
    }

    function beat() {
      fetch(url, {method: 'POST', body: body(), credentials: 'same-origin',
        headers: {'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8', 'Accept': 'application/json'}})
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(show, function () { /* offline for a moment: the next beat tries again */ });
    }

    function leave() {
      if (navigator.sendBeacon) { navigator.sendBeacon(url + '/leave', body()); }
    }

    beat();
    timer = global.setInterval(beat, o.interval);
    global.addEventListener('pagehide', leave);

    return {
      beat: beat,
      destroy: function () {
        global.clearInterval(timer);
        global.removeEventListener('pagehide', leave);
        leave();
      }
    };
  };

  document.querySelectorAll('[data-ct-presence]').forEach(function (el) {
    var token = document.querySelector('#event-form input[name="csrf-token"]');
    if (token) { el.ctPresence = Chronotope.editorPresence(el, {token: token.value}); }
  });
})(window);
