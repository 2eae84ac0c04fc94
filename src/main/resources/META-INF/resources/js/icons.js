/*
 * Chronotope.icons — a category's marker as SVG markup: its glyph (from /img/icons.svg) in white
 * on its colour. The same drawing as the server's tags/icon.html.
 */
(function (Chronotope) {
  'use strict';

  var KNOWN = ['circle', 'kidnap', 'release', 'military', 'diplomacy', 'intelligence', 'announcement',
    'attack', 'meeting', 'protest', 'flag', 'star'];
  var COLOR = /^#[0-9a-fA-F]{6}$/;

  Chronotope.icons = {
    /** Where the sprite is: the page itself when it carries it (an embed: a sandbox uses no file in <use>). */
    sprite: document.querySelector('svg[data-ct-sprite]') ? '' : '/img/icons.svg',

    /** SVG markup of a marker of size pixels for a category {icon, color} (or none: grey dot). */
    svg: function (category, size) {
      var icon = category && KNOWN.indexOf(category.icon) >= 0 ? category.icon : 'circle';
      var color = category && COLOR.test(category.color) ? category.color : '#5b6475';
      size = size || 24;
      return '<svg class="ct-icon" viewBox="0 0 24 24" width="' + size + '" height="' + size
        + '" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="11" fill="' + color
        + '" stroke="#fff" stroke-width="1.6"/><use href="' + this.sprite + '#ct-i-' + icon
        + '" x="5" y="5" width="14" height="14" fill="#fff" color="#fff"/></svg>';
    }
  };
})(window.Chronotope);
