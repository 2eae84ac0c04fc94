/*
 * Chronotope.embedChild() — inside an embed: sets the height the embed was asked for and tells
 * the parent page the content's height with the message protocol of NPR's pym.js, so pages that
 * use pym, or our /embed.js loader, size the iframe to fit. Starts itself.
 */
(function (Chronotope) {
  'use strict';

  var SEPARATOR = 'xPYMx';

  Chronotope.embedChild = function (options) {
    var params = new URLSearchParams(location.search);
    var o = Chronotope.util.extend({id: params.get('childId'), height: +document.body.getAttribute('data-ct-height') || 0},
      options);
    var last = 0;
    if (o.height) {
      document.documentElement.style.setProperty('--ct-embed-height', o.height + 'px');
    }
    if (!o.id || window.parent === window) {
      return {destroy: function () {}};
    }

    function message(type, value) {
      return ['pym', o.id, type, value].join(SEPARATOR);
    }

    function sendHeight() {
      var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height !== last) {
        last = height;
        window.parent.postMessage(message('height', String(height)), '*');
      }
    }

    function onMessage(e) {
      if (e.source !== window.parent || typeof e.data !== 'string') { return; }
      var bits = e.data.split(SEPARATOR);
      if (bits[0] === 'pym' && bits[1] === o.id && bits[2] === 'width') {
        last = 0;
        sendHeight();
      }
    }

    var observer = new ResizeObserver(sendHeight);
    observer.observe(document.documentElement);
    window.addEventListener('message', onMessage);
    sendHeight();

    return {
      sendHeight: sendHeight,
      destroy: function () {
        observer.disconnect();
        window.removeEventListener('message', onMessage);
      }
    };
  };

  Chronotope.instances.push(Chronotope.embedChild());
})(window.Chronotope);
