/*
 * Chronotope.editorForm(form) — the event form's small helpers, each optional: rows of sources
 * and media that can be added and removed, date inputs that follow their precision (a month
 * picker for a month, a date picker for a day), and the body's preview rendered by the server.
 * Without JavaScript the form still works: one empty row is always there, dates are plain text.
 */
(function (global) {
  'use strict';

  var Chronotope = global.Chronotope = global.Chronotope || {};

  var DATE = /^(-?\d{1,6})(?:-(\d{1,2})(?:-(\d{1,2})(?:T(\d{1,2}):(\d{2}))?)?)?$/;
  var TYPES = {YEAR: 'number', MONTH: 'month', DAY: 'date', MINUTE: 'datetime-local'};

  function pad(n) { return (n < 10 ? '0' : '') + n; }

  /** The same date written at another precision, or null if the text is not a date. */
  function convert(value, precision) {
    var m = DATE.exec((value || '').trim());
    if (!m) { return null; }
    var y = m[1], mo = pad(+(m[2] || 1)), d = pad(+(m[3] || 1)), h = pad(+(m[4] || 0)), mi = m[5] || '00';
    if (precision === 'YEAR') { return y; }
    if (precision === 'MONTH') { return y + '-' + mo; }
    if (precision === 'DAY') { return y + '-' + mo + '-' + d; }
    return y + '-' + mo + '-' + d + 'T' + h + ':' + mi;
  }

  /**
   * Each date input follows its precision's picker; its "type in words" toggle (a button with
   * data-ct-words naming the input) keeps it a text field for "18 janvier 2025" or "fin juillet
   * 2025", which the server reads into the date and precision. A value no picker can show starts
   * in words, so nothing typed is ever lost.
   */
  function dates(form) {
    form.querySelectorAll('input[data-ct-date]').forEach(function (input) {
      var select = form.querySelector('#' + input.getAttribute('data-ct-date'));
      if (!select) { return; }
      var toggle = form.querySelector('button[data-ct-words="' + input.id + '"]');
      var placeholder = input.placeholder;
      var words = false;
      function follow() {
        var value = input.value;
        var converted = value === '' ? '' : convert(value, select.value);
        if (words || converted === null) { input.type = 'text'; return converted !== null; }
        input.type = TYPES[select.value] || 'text';
        if (input.type === 'number') { input.step = '1'; }
        input.value = converted;
        if (input.value !== converted) { input.type = 'text'; input.value = value; return false; }
        return true;
      }
      function wordsMode(on) {
        words = on;
        if (toggle) { toggle.setAttribute('aria-pressed', String(on)); }
        input.placeholder = on && toggle ? toggle.getAttribute('data-ct-example') || placeholder : placeholder;
      }
      select.addEventListener('change', follow);
      if (!follow()) { wordsMode(true); }
      if (toggle) {
        toggle.hidden = false;
        toggle.addEventListener('click', function () {
          wordsMode(!words);
          // Back to the picker, words it cannot show give way: the editor asked for the picker.
          if (!words && convert(input.value, select.value) === null) { input.value = ''; }
          follow();
          input.focus();
          if (words) { input.select(); }
        });
      }
    });
  }

  function renumber(list) {
    list.querySelectorAll(':scope > li').forEach(function (li, i) {
      var label = li.getAttribute('aria-label');
      if (label) { li.setAttribute('aria-label', label.replace(/\d+/, String(i + 1))); }
    });
  }

  /** The first colour of the list's palette (data-ct-palette) that none of its rows uses yet. */
  function nextColour(list) {
    var palette = (list.getAttribute('data-ct-palette') || '#0072b2').split(' ');
    var used = Array.prototype.map.call(list.querySelectorAll('input[type="color"]'), function (i) {
      return i.value.toLowerCase();
    });
    for (var i = 0; i < palette.length; i++) {
      if (used.indexOf(palette[i]) < 0) { return palette[i]; }
    }
    return palette[used.length % palette.length];
  }

  function rows(form) {
    form.querySelectorAll('[data-ct-rows]').forEach(function (list) {
      var kind = list.getAttribute('data-ct-rows');
      var add = form.querySelector('[data-ct-add-row="' + kind + '"]');
      var counter = list.children.length;

      function wire(li) {
        var remove = li.querySelector('[data-ct-remove-row]');
        if (!remove) { return; }
        remove.hidden = false;
        remove.addEventListener('click', function () {
          var next = li.nextElementSibling || li.previousElementSibling;
          if (list.children.length === 1) { addRow(); }
          li.remove();
          renumber(list);
          var focus = (next && next.querySelector('input')) || add;
          if (focus) { focus.focus(); }
        });
      }

      function addRow() {
        var model = list.lastElementChild;
        var li = model.cloneNode(true);
        var index = counter++;
        li.querySelectorAll('[id]').forEach(function (node) {
          var old = node.id;
          node.id = old.replace(/-\d+$/, '-' + index);
          var label = li.querySelector('label[for="' + old + '"]');
          if (label) { label.htmlFor = node.id; }
        });
        li.querySelectorAll('[aria-describedby]').forEach(function (node) {
          node.setAttribute('aria-describedby', node.getAttribute('aria-describedby').replace(/-\d+\b/g, '-' + index));
        });
        li.querySelectorAll('input').forEach(function (input) {
          // A colour input cannot be empty (it would be black): the palette's next unused colour.
          input.value = input.type === 'color' ? nextColour(list) : '';
          input.removeAttribute('aria-invalid');
        });
        li.querySelectorAll('.ct-ed-error').forEach(function (p) { p.remove(); });
        li.querySelectorAll('.ct-ed-field--invalid').forEach(function (f) { f.classList.remove('ct-ed-field--invalid'); });
        list.appendChild(li);
        wire(li);
        renumber(list);
        return li;
      }

      Array.prototype.forEach.call(list.children, wire);
      if (add) {
        add.hidden = false;
        add.addEventListener('click', function () { addRow().querySelector('input').focus(); });
      }
    });
  }

  function preview(form) {
    form.querySelectorAll('[data-ct-preview]').forEach(function (button) {
      var source = form.querySelector('#' + button.getAttribute('data-ct-preview'));
      var out = document.getElementById(button.getAttribute('data-ct-preview-out'));
      var token = form.querySelector('input[name="csrf-token"]');
      if (!source || !out || !token) { return; }
      button.hidden = false;
      button.addEventListener('click', function () {
        var body = new URLSearchParams();
        body.set('body', source.value);
        body.set('csrf-token', token.value);
        fetch('/editor/preview', {method: 'POST', body: body, credentials: 'same-origin',
          headers: {'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8'}})
          .then(function (r) {
            if (!r.ok) { throw new Error('HTTP ' + r.status); }
            return r.text();
          })
          .then(function (html) {
            // The server rendered and sanitized it, exactly as readers will get it.
            out.innerHTML = html || '';
            if (!html) { out.textContent = out.getAttribute('data-ct-empty'); }
            out.hidden = false;
          });
      });
    });
  }

  Chronotope.editorForm = function (form) {
    dates(form);
    rows(form);
    preview(form);
    if (Chronotope.editorPlaces) {
      form.querySelectorAll('[data-ct-places]').forEach(function (el) { Chronotope.editorPlaces(el); });
    }
    var errors = document.getElementById('form-errors');
    var firstInvalid = form.querySelector('[aria-invalid="true"]');
    if (errors && firstInvalid) { firstInvalid.focus(); }
    return {convert: convert};
  };

  Chronotope.editorForm.convert = convert;

  document.querySelectorAll('form.ct-ed-form[id="event-form"], form.ct-ed-form[id="story-form"]').forEach(function (form) {
    Chronotope.editorForm(form);
  });
})(window);
