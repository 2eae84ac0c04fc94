/*
 * Chronotope.embedChild() — inside an embed: sets the height the embed was asked for and tells
 * the parent page the content's height, in either of two protocols:
 * - NPR's pym.js (?childId=…): pages that use pym, or our /embed.js loader, size the iframe to fit;
 * - WordPress's embed sandbox (#?secret=… in the address, which WordPress adds to the iframes of
 *   oEmbed answers): {message: 'height', value, secret} sizes the iframe, {message: 'link', value,
 *   secret} asks the host to follow a link to this site, since its sandbox lets no link out.
 * Starts itself.
 */
(function (Chronotope) {
  'use strict';

  var SEPARATOR = 'xPYMx';

  /** WordPress's secret from the address's fragment (#?secret=abc), when it is one WordPress would accept. */
  function wordPressSecret(hash) {
    var secret = new URLSearchParams(String(hash || '').replace(/^#\??/, '')).get('secret');
    return secret && /^[a-zA-Z0-9]{1,64}$/.test(secret) ? secret : null;
  }

  Chronotope.embedChild = function (options) {
    var params = new URLSearchParams(location.search);
    var o = Chronotope.util.extend({id: params.get('childId'), secret: wordPressSecret(location.hash),
      height: +document.body.getAttribute('data-ct-height') || 0}, options);
    var last = 0;
    var talks = !!(o.id || o.secret) && window.parent !== window;
    if (o.height) {
      // A host that hears our height makes the frame that tall; a plain iframe may be shorter than
      // asked (its height attribute edited, a host's cap), and then the layout fits the frame.
      document.documentElement.style.setProperty('--ct-embed-height',
        talks ? o.height + 'px' : 'min(' + o.height + 'px, 100vh)');
    }
    if (!talks) {
      return {destroy: function () {}};
    }

    function post(height) {
      if (o.id) {
        window.parent.postMessage(['pym', o.id, 'height', String(height)].join(SEPARATOR), '*');
      }
      if (o.secret) {
        window.parent.postMessage({message: 'height', value: height, secret: o.secret}, '*');
      }
    }

    function sendHeight() {
      var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height !== last) {
        last = height;
        post(height);
      }
    }

    function onMessage(e) {
      if (e.source !== window.parent) { return; }
      var data = e.data;
      var pym = typeof data === 'string' ? data.split(SEPARATOR) : [];
      var again = (pym[0] === 'pym' && pym[1] === o.id && pym[2] === 'width')
        // Newer WordPress hosts say 'ready' once they listen, to hear the height again.
        || (o.secret && data && data.message === 'ready' && data.secret === o.secret);
      if (again) {
        last = 0;
        sendHeight();
      }
    }

    // A sandboxed frame may open no window: WordPress follows links to our own site for us.
    function onClick(e) {
      var link = e.target.closest && e.target.closest('a[href]');
      if (!link || e.defaultPrevented || e.button !== 0) { return; }
      var url = new URL(link.href, document.baseURI);
      if (url.host === location.host && /^https?:$/.test(url.protocol)) {
        e.preventDefault();
        window.parent.postMessage({message: 'link', value: url.href, secret: o.secret}, '*');
      }
    }

    var observer = new ResizeObserver(sendHeight);
    observer.observe(document.documentElement);
    window.addEventListener('message', onMessage);
    if (o.secret) {
      document.addEventListener('click', onClick);
    }
    sendHeight();

    return {
      sendHeight: sendHeight,
      destroy: function () {
        observer.disconnect();
        window.removeEventListener('message', onMessage);
        document.removeEventListener('click', onClick);
      }
    };
  };

  Chronotope.instances.push(Chronotope.embedChild());
})(window.Chronotope);
