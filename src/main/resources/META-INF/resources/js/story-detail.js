/*
 * Chronotope.storyDetail(el, options) — the panel that tells the selected event: title, the date
 * at its precision and as the writer put it, place, category, sanitized body, sources, media.
 * The same markup as the server's tags/eventCard.html.
 */
(function (Chronotope) {
  'use strict';

  var U = Chronotope.util;

  var defaults = {api: '/api', lang: 'en', categories: [], labels: {}};

  Chronotope.storyDetail = function (el, options) {
    var o = U.extend({}, defaults, options);
    var byCode = {};
    o.categories.forEach(function (c) { byCode[c.code] = c; });
    var content = el.querySelector('.ct-detail-content');
    var fetcher = U.latestOnly();

    function render(event) {
      var parts = document.createDocumentFragment();
      // The story's own words keep their own direction (an Arabic story in a French page): dir="auto".
      var title = parts.appendChild(U.el('h2', 'ct-event-title', {tabindex: '-1', dir: 'auto'}, event.title));
      title.id = 'ct-detail-title';
      var when = parts.appendChild(U.el('p', 'ct-event-when'));
      var written = Chronotope.dates.range(event.start, event.end, o.lang);
      when.appendChild(U.el('time', null, {datetime: event.start.value}, written));
      if (event.displayDate && !Chronotope.dates.repeats(event.displayDate, written)) {
        when.appendChild(document.createTextNode(' '));
        when.appendChild(U.el('span', 'ct-event-written', {dir: 'auto'}, '(' + event.displayDate + ')'));
      }
      // How well it is established, in words (tags/eventCard.html writes the same line).
      parts.appendChild(Chronotope.verification.element(event.verification, event.claimedBy, o.labels));
      if (event.verification === 'RETRACTED') { title.classList.add('ct-event-title--retracted'); }
      var category = byCode[event.category];
      var placeName = event.location && event.location.placeName;
      if (placeName || category) {
        var where = parts.appendChild(U.el('p', 'ct-event-where'));
        if (placeName) { where.appendChild(U.el('span', 'ct-event-place', {dir: 'auto'}, placeName)); }
        if (category) {
          var chip = where.appendChild(U.el('span', 'ct-chip', {dir: 'auto'}));
          chip.innerHTML = Chronotope.icons.svg(category, 16);
          chip.appendChild(document.createTextNode(category.name));
        }
      }
      if (event.corrections && event.corrections.length) { parts.appendChild(corrections(event.corrections)); }
      var location = event.location || {};
      if (location.protectKm) {
        parts.appendChild(U.el('p', 'ct-event-protected', {role: 'note'},
          (o.labels.protected || '%s km').replace('%s', location.protectKm)));
      } else if (location.radiusM) {
        parts.appendChild(U.el('p', 'ct-event-radius', {}, (o.labels.radius || '%s').replace('%s',
          location.radiusM < 1000 ? location.radiusM + ' m' : Math.round(location.radiusM / 100) / 10 + ' km')));
      }
      if (event.bodyHtml) {
        // Sanitized by the server (common.Markdown), like every body it renders.
        parts.appendChild(U.el('div', 'ct-event-body', {dir: 'auto'})).innerHTML = event.bodyHtml;
      }
      if (event.sources && event.sources.length) {
        var sources = parts.appendChild(U.el('div', 'ct-sources'));
        sources.appendChild(U.el('p', 'ct-sources-title', {}, o.labels.sources));
        var list = sources.appendChild(U.el('ul'));
        event.sources.forEach(function (s) { list.appendChild(source(s)); });
      }
      (event.media || []).forEach(function (m) { parts.appendChild(media(m)); });
      content.replaceChildren(parts);
      el.setAttribute('data-ct-event', event.id);
    }

    /** "Corrected on 4 August 2025: …", newest first, as tags/corrections.html writes it. */
    function corrections(list) {
      var box = U.el('div', 'ct-corrections', {lang: o.lang});
      list.forEach(function (c) {
        var p = box.appendChild(U.el('p', 'ct-correction'));
        var day = Chronotope.dates.format({value: c.day, precision: 'DAY'}, o.lang);
        p.appendChild(U.el('strong', 'ct-correction-label', {}, (o.labels.correctedOn || '%s').replace('%s', day)));
        p.appendChild(document.createTextNode(' '));
        p.appendChild(U.el('span', 'ct-correction-note', {}, c.note));
        // A path on this site, which the server wrote (see revision.CorrectionJson).
        var url = /^\/stories\/[^/]/.test(c.asPublishedUrl || '') ? c.asPublishedUrl : null;
        if (url) {
          p.appendChild(document.createTextNode(' '));
          p.appendChild(U.el('a', 'ct-correction-link', {href: url}, o.labels.asPublished));
        }
      });
      return box;
    }

    function source(s) {
      var item = U.el('li');
      var text = s.title || s.publisher || s.url;
      var url = U.safeUrl(s.url);
      item.appendChild(url ? U.el('a', null, {href: url, rel: 'noopener noreferrer'}, text) : document.createTextNode(text));
      if (s.publisher && s.title) { item.appendChild(document.createTextNode(' — ' + s.publisher)); }
      if (s.date) {
        item.appendChild(document.createTextNode(', '));
        item.appendChild(U.el('time', null, {datetime: s.date},
          Chronotope.dates.format({value: s.date, precision: 'DAY'}, o.lang)));
      }
      sourceTrust(item, s);
      return item;
    }

    /** A source's kind, whose word it is and its archived copy, after the source (as eventCard.html). */
    function sourceTrust(item, s) {
      var kind = s.kind && o.labels['sourceKind' + s.kind.toLowerCase().replace(/(^|_)([a-z])/g,
        function (all, sep, c) { return c.toUpperCase(); })];
      if (kind) { item.appendChild(U.el('span', 'ct-source-kind', {}, kind)); }
      if (s.attribution) { item.appendChild(U.el('span', 'ct-source-attribution', {}, s.attribution)); }
      var archive = U.safeUrl(s.archiveUrl);
      if (archive) {
        item.appendChild(document.createTextNode(' '));
        item.appendChild(U.el('a', 'ct-source-archive', {href: archive, rel: 'noopener noreferrer'}, o.labels.sourceArchive));
      }
    }

    function media(m) {
      return Chronotope.storyMedia.render(m, o.labels);
    }

    return {
      /** Loads and shows event id; resolves with the event's JSON (null if a newer call won). */
      show: function (id) {
        el.setAttribute('aria-busy', 'true');
        return fetcher.get(o.api + '/events/' + encodeURIComponent(id)).then(function (event) {
          el.removeAttribute('aria-busy');
          render(event);
          return event;
        });
      },
      /** Whether the panel already shows event id (e.g. rendered by the server). */
      shows: function (id) {
        return String(el.getAttribute('data-ct-event')) === String(id);
      },
      clear: function (text) {
        content.replaceChildren(U.el('p', 'ct-detail-empty', {}, text));
        el.removeAttribute('data-ct-event');
      },
      destroy: function () { fetcher.abort(); }
    };
  };
})(window.Chronotope);
