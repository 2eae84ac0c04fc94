/*
 * Chronotope.embedBuilder(el) — the embed button's panel: as the editor or reader picks options,
 * it rewrites the two codes to copy (loader and plain iframe) and reloads the preview. Starts
 * itself on every [data-ct-embed-builder] element.
 */
(function (Chronotope) {
  'use strict';

  var U = Chronotope.util;
  var DEFAULTS = {view: 'both', theme: 'light', height: '600'};

  Chronotope.embedBuilder = function (el, options) {
    var o = U.extend({base: el.getAttribute('data-ct-base'), slug: el.getAttribute('data-ct-slug'),
      title: el.getAttribute('data-ct-title') || document.title}, options);
    var field = function (name) { return el.querySelector('[name="' + name + '"]'); };
    var code = function (kind) { return el.querySelector('[data-ct-code="' + kind + '"]'); };
    var slot = el.querySelector('.ct-share-preview-slot');
    var frame = null;
    // The preview frame is made, and loads, only once the panel is open: a closed one costs the page nothing.
    function preview() {
      if (!frame) {
        frame = U.el('iframe', 'ct-share-preview', {title: slot.getAttribute('data-ct-preview-title')});
        frame.style.height = height() + 'px';
        slot.appendChild(frame);
      }
      return frame;
    }
    var reload = U.debounce(function () { if (el.open) { preview().src = url(false); } }, 400);

    // The plain iframe always names its height: the embed lays itself out in it.
    function url(absolute, withHeight) {
      var params = {};
      ['view', 'theme', 'height', 'lang'].forEach(function (name) {
        var value = name === 'height' ? String(height()) : field(name).value;
        if (value !== DEFAULTS[name] || (name === 'height' && withHeight)) { params[name] = value; }
      });
      var selected = new URLSearchParams(location.search).get('event');
      if (field('event').checked && selected) { params.event = selected; }
      // A tour chosen starts the embed on its first step (instead of on an event).
      var tour = field('tour');
      if (tour && tour.value) {
        delete params.event;
        params.tour = tour.value;
      }
      return (absolute ? o.base : '/') + 'embed/' + encodeURIComponent(o.slug) + U.query(params);
    }

    function height() {
      var h = parseInt(field('height').value, 10);
      return isNaN(h) ? 600 : Math.min(3000, Math.max(300, h));
    }

    // As wide as the article's column, whatever its width, and exactly as tall as chosen.
    function iframe(src, title, h) {
      return '<iframe src="' + src + '" title="' + title + '" width="100%" height="' + h
        + '" style="display:block;width:100%;max-width:100%;height:' + h + 'px;border:0" loading="lazy"'
        + ' allowfullscreen></iframe>';
    }

    function update() {
      var src = U.escape(url(true));
      var title = U.escape(o.title);
      code('loader').value = '<div data-chronotope-embed="' + src + '" data-chronotope-title="' + title + '"></div>\n'
        + '<script async src="' + U.escape(o.base) + 'embed.js"></' + 'script>';
      code('iframe').value = iframe(U.escape(url(true, true)), title, height());
      if (frame) { frame.style.height = height() + 'px'; }
      reload();
    }

    function copy(e) {
      var button = e.target.closest('[data-ct-copy]');
      if (!button) { return; }
      var text = code(button.getAttribute('data-ct-copy'));
      text.select();
      var done = function () { button.textContent = el.getAttribute('data-ct-label-copied') || button.textContent; };
      if (navigator.clipboard) {
        navigator.clipboard.writeText(text.value).then(done, function () { document.execCommand('copy'); done(); });
      } else {
        document.execCommand('copy');
        done();
      }
    }

    el.addEventListener('input', update);
    el.addEventListener('change', update);
    el.addEventListener('click', copy);
    el.addEventListener('toggle', update);
    update();

    return {
      url: url,
      destroy: function () {
        el.removeEventListener('input', update);
        el.removeEventListener('change', update);
        el.removeEventListener('click', copy);
        el.removeEventListener('toggle', update);
      }
    };
  };

  document.querySelectorAll('[data-ct-embed-builder]').forEach(function (el) {
    Chronotope.instances.push(Chronotope.embedBuilder(el));
  });
})(window.Chronotope);
