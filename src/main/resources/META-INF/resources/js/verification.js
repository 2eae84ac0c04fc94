/*
 * Chronotope.verification — how well an event is established (CONFIRMED, REPORTED, CLAIMED,
 * DISPUTED, RETRACTED), said in words and marks the same way on the map, the timeline and the
 * detail panel. Words come from the page's labels (data-ct-label-verification-*), so they follow
 * the reader's language; marks are CSS classes (ct-v-claimed …), never colour alone.
 */
(function (Chronotope) {
  'use strict';

  var U = Chronotope.util;
  var DEFAULT = 'REPORTED';

  function code(v) { return String(v || DEFAULT).toLowerCase(); }

  /** labels.verificationClaimed … from the explorer's data attributes. */
  function word(v, labels) {
    var c = code(v);
    return labels['verification' + c.charAt(0).toUpperCase() + c.slice(1)] || c;
  }

  Chronotope.verification = {
    /** The status's CSS class: ct-v-claimed. */
    className: function (v) { return 'ct-v-' + code(v); },

    /** Whether the reader should be told more than the default ("reported") on a compact mark. */
    notable: function (v) { return code(v) !== code(DEFAULT); },

    /** The status in words: "Revendiqué par l'État islamique au Sahel", "Contesté". */
    text: function (v, claimedBy, labels) {
      if (code(v) === 'claimed' && claimedBy && labels.claimedBy) {
        return labels.claimedBy.replace('%s', claimedBy);
      }
      return word(v, labels);
    },

    /** The detail panel's line: a mark and the words, as the server's tags/eventCard.html writes it. */
    element: function (v, claimedBy, labels) {
      var p = U.el('p', 'ct-verification ' + Chronotope.verification.className(v), {'data-ct-verification': String(v || DEFAULT)});
      p.appendChild(U.el('span', 'ct-verification-mark', {'aria-hidden': 'true'}));
      p.appendChild(U.el('span', 'ct-verification-text', {}, Chronotope.verification.text(v, claimedBy, labels)));
      return p;
    }
  };
})(window.Chronotope);
