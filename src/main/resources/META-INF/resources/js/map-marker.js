/*
 * Chronotope.mapMarker(feature, options) — one event as a Leaflet marker: its category's glyph,
 * a dashed ring when its place is approximate, its title as accessible name and a popup of text.
 */
(function (Chronotope, L) {
  'use strict';

  var U = Chronotope.util;

  var defaults = {
    lang: 'en',
    /** Categories by code: {code: {color, icon}}. */
    categories: {},
    labels: {},
    /** Whether this event is the selected one, when its marker is added to the map. */
    isSelected: function () { return false; },
    /** Called with the event's id when the reader picks the marker. */
    onSelect: function () {}
  };

  /** f: {id, title, category, lat, lon, precision, start, end} as the map API sends it. */
  Chronotope.mapMarker = function (f, options) {
    var o = U.extend({}, defaults, options);
    var approximate = f.precision && f.precision !== 'EXACT';
    var V = Chronotope.verification;
    // The status in words beside the title (the tooltip and the accessible name), as a mark in CSS.
    var said = V.notable(f.verification) ? f.title + ' — ' + V.text(f.verification, null, o.labels) : f.title;
    var m = L.marker([f.lat, f.lon], {
      keyboard: true,
      title: said,
      riseOnHover: true,
      icon: L.divIcon({
        className: 'ct-marker' + (approximate ? ' ct-marker--approximate' : '') + ' ' + V.className(f.verification),
        html: Chronotope.icons.svg(o.categories[f.category], 26),
        iconSize: [26, 26],
        iconAnchor: [13, 13],
        popupAnchor: [0, -12]
      })
    });
    m.ctEvent = f;
    m.bindPopup(function () { return popup(f, o); }, {autoPanPadding: [24, 24], maxWidth: 260});
    m.on('click', function () { o.onSelect(f.id); });
    m.on('add', function () {
      var node = m.getElement();
      node.setAttribute('role', 'button');
      node.setAttribute('aria-label', said);
      node.setAttribute('data-ct-verification', f.verification || 'REPORTED');
      L.DomEvent.on(node, 'keydown', onKey);
      node.setAttribute('data-ct-event', f.id);
      node.classList.toggle('ct-marker--selected', o.isSelected(f.id));
    });
    m.on('remove', function () {
      if (m.getElement()) { L.DomEvent.off(m.getElement(), 'keydown', onKey); }
    });
    /** Enter or Space on the focused marker picks it as a click does (and once: no keypress follows). */
    function onKey(e) {
      if (e.key === 'Enter' || e.key === ' ' || e.key === 'Spacebar') {
        L.DomEvent.preventDefault(e);
        L.DomEvent.stopPropagation(e);
        m.fire('click');
      }
    }
    return m;
  };

  /** The popup's content, as elements holding text. */
  function popup(f, o) {
    // The map's panes stay left to right; a popup speaks the page's language and direction, its
    // title the story's (dir="auto").
    var box = U.el('div', 'ct-popup', {dir: document.documentElement.dir || 'ltr'});
    box.appendChild(U.el('strong', 'ct-popup-title', {dir: 'auto'}, f.title));
    if (f.start) {
      box.appendChild(U.el('span', 'ct-popup-when', {}, Chronotope.dates.range(f.start, f.end, o.lang)));
    }
    if (f.protectKm && o.labels.protected) {
      box.appendChild(U.el('span', 'ct-popup-note', {}, o.labels.protected.replace('%s', f.protectKm)));
    } else if (f.precision && f.precision !== 'EXACT') {
      box.appendChild(U.el('span', 'ct-popup-note', {}, o.labels.approximate));
    }
    box.appendChild(U.el('span', 'ct-popup-verification ' + Chronotope.verification.className(f.verification), {},
      Chronotope.verification.text(f.verification, null, o.labels)));
    return box;
  }
})(window.Chronotope, window.L);
