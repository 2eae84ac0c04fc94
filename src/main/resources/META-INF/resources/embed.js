/*
 * Chronotope's embed loader, for a newsroom's article page:
 *
 *   <div data-chronotope-embed="https://chronotope.example/embed/my-story?lang=fr"></div>
 *   <script async src="https://chronotope.example/embed.js"></script>
 *
 * It puts an iframe of the embed in each such <div>, as wide as the <div>, and keeps the iframe as
 * tall as its content, with the message protocol of NPR's pym.js (the embed is a pym child). It
 * runs on the newsroom's page, so it keeps to itself: no globals but ChronotopeEmbed, no styles
 * but the iframe's own.
 */
(function () {
  'use strict';

  var SEPARATOR = 'xPYMx';
  var counter = 0;

  function load(holder) {
    if (holder.getAttribute('data-chronotope-loaded')) { return; }
    holder.setAttribute('data-chronotope-loaded', 'true');
    var src = new URL(holder.getAttribute('data-chronotope-embed'), document.baseURI);
    if (src.protocol !== 'https:' && src.protocol !== 'http:') { return; }
    var id = 'chronotope-' + (++counter);
    src.searchParams.set('childId', id);
    src.searchParams.set('initialWidth', String(holder.offsetWidth));
    src.searchParams.set('parentUrl', location.href.split('#')[0]);
    var iframe = document.createElement('iframe');
    iframe.src = src.toString();
    iframe.title = holder.getAttribute('data-chronotope-title') || 'Chronotope';
    iframe.setAttribute('loading', 'lazy');
    iframe.setAttribute('scrolling', 'no');
    iframe.setAttribute('allowfullscreen', '');
    iframe.style.width = '100%';
    iframe.style.border = '0';
    iframe.style.display = 'block';
    iframe.style.height = (+src.searchParams.get('height') || 600) + 'px';
    holder.appendChild(iframe);

    window.addEventListener('message', function (e) {
      if (e.origin !== src.origin || e.source !== iframe.contentWindow || typeof e.data !== 'string') { return; }
      var bits = e.data.split(SEPARATOR);
      if (bits[0] === 'pym' && bits[1] === id && bits[2] === 'height' && /^\d+$/.test(bits[3])) {
        iframe.style.height = bits[3] + 'px';
      }
    });
    var width = holder.offsetWidth;
    window.addEventListener('resize', function () {
      if (holder.offsetWidth !== width && iframe.contentWindow) {
        width = holder.offsetWidth;
        iframe.contentWindow.postMessage(['pym', id, 'width', String(width)].join(SEPARATOR), src.origin);
      }
    });
  }

  function loadAll() {
    var holders = document.querySelectorAll('[data-chronotope-embed]');
    for (var i = 0; i < holders.length; i++) { load(holders[i]); }
  }

  window.ChronotopeEmbed = {load: loadAll};
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', loadAll);
  } else {
    loadAll();
  }
})();
