/*
 * Chronotope.storyMedia — an event's media as cards that load nothing from their provider until
 * the reader asks. The server reads each media URL once (event.MediaType) and gives its kind,
 * provider, link and player (frame, image, video, audio or link); render(m, labels) writes the
 * same card as the server's tags/mediaCard.html, and one click listener, started with the page,
 * turns a card's button into the provider's player: an iframe on a host the Content Security
 * Policy allows as a frame, an <img>, <video> or <audio>. A card that cannot load keeps its link.
 */
(function (Chronotope) {
  'use strict';

  var U = Chronotope.util;
  var KINDS = ['video', 'audio', 'post', 'image', 'page'];

  /** What a provider's frame may do: run its player, open its own site, go full screen. */
  var SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation';

  function label(labels, key, kind) {
    var k = KINDS.indexOf(kind) >= 0 ? kind : 'page';
    return labels[key + k.charAt(0).toUpperCase() + k.slice(1)] || '';
  }

  function fill(text, value) {
    return (text || '%s').replace('%s', value);
  }

  /** Whether url is on this site (a thumbnail shown before any click must be). */
  function ours(url) {
    try {
      return new URL(url, location.href).origin === location.origin;
    } catch (e) {
      return false;
    }
  }

  /** A thumbnail of ours in the card, before its button. */
  function thumbnail(figure) {
    var url = figure.getAttribute('data-ct-thumbnail');
    var card = figure.querySelector('.ct-media-card');
    if (!url || !ours(url) || !card || card.querySelector('.ct-media-thumb')) { return; }
    card.insertBefore(U.el('img', 'ct-media-thumb', {src: url, alt: '', loading: 'lazy'}), card.children[1] || null);
  }

  /** The player a card asks for, or null if its address is not one we load. */
  function player(figure) {
    var kind = figure.getAttribute('data-ct-media');
    var url = U.safeUrl(figure.getAttribute('data-ct-embed'));
    if (!url || !/^https:/i.test(url)) { return null; }
    var name = figure.getAttribute('data-ct-provider') || '';
    if (kind === 'frame') {
      return U.el('iframe', 'ct-media-frame', {src: url, title: name, sandbox: SANDBOX,
        allow: 'encrypted-media; fullscreen; picture-in-picture', allowfullscreen: '',
        referrerpolicy: 'strict-origin-when-cross-origin'});
    }
    if (kind === 'image') {
      return U.el('img', 'ct-media-image', {src: url, alt: figure.getAttribute('data-ct-alt') || ''});
    }
    if (kind === 'video' || kind === 'audio') {
      return U.el(kind, 'ct-media-player', {src: url, controls: '', preload: 'metadata'});
    }
    return null;
  }

  function failed(figure, element) {
    if (element && element.parentNode) { element.parentNode.removeChild(element); }
    var message = figure.querySelector('.ct-media-failed');
    if (message) { message.hidden = false; }
    figure.classList.remove('ct-media--loaded');
  }

  /** Replaces the card's button with its player. */
  function load(figure) {
    var element = player(figure);
    var button = figure.querySelector('.ct-media-load');
    if (!element) {
      failed(figure, null);
      if (button) { button.hidden = true; }
      return;
    }
    if (element.tagName !== 'IFRAME') {
      element.addEventListener('error', function () { failed(figure, element); });
    }
    var note = figure.querySelector('.ct-media-note');
    if (note) { note.hidden = true; }
    figure.classList.add('ct-media--loaded');
    button.parentNode.replaceChild(element, button);
    if (element.tagName !== 'IMG') { element.focus({preventScroll: true}); }
    // The player is taller than the button: bring all of it into view (in the detail panel too).
    if (element.scrollIntoView) {
      element.scrollIntoView({block: 'nearest', behavior: Chronotope.motion ? Chronotope.motion.scrollBehavior : 'auto'});
    }
  }

  function onClick(e) {
    var button = e.target.closest && e.target.closest('.ct-media-load');
    var figure = button && button.closest('.ct-media');
    if (figure) { load(figure); }
  }

  /** Shows the buttons and our thumbnails of server-rendered cards under root. */
  function enhance(root) {
    Array.prototype.forEach.call(root.querySelectorAll('.ct-media'), function (figure) {
      var button = figure.querySelector('.ct-media-load');
      if (button) { button.hidden = false; }
      thumbnail(figure);
    });
  }

  Chronotope.storyMedia = {
    /**
     * The card of m (a media item of the event JSON), labelled with labels (the explorer's
     * data-ct-label-media-* attributes): the same markup as tags/mediaCard.html.
     */
    render: function (m, labels) {
      var kind = m.kind || 'page', provider = m.provider || '';
      var attrs = {'data-ct-media': m.player || 'link', 'data-ct-kind': kind, 'data-ct-provider': provider};
      if (m.embedUrl) { attrs['data-ct-embed'] = m.embedUrl; }
      if (m.thumbnail) { attrs['data-ct-thumbnail'] = m.thumbnail; }
      if (m.altText) { attrs['data-ct-alt'] = m.altText; }
      var figure = U.el('figure', 'ct-media ct-media--' + kind, attrs);
      var card = figure.appendChild(U.el('div', 'ct-media-card'));
      var head = card.appendChild(U.el('p', 'ct-media-provider'));
      head.appendChild(U.el('span', 'ct-media-kind', {}, label(labels, 'mediaKind', kind)));
      head.appendChild(document.createTextNode(' · '));
      head.appendChild(U.el('span', 'ct-media-name', {}, provider));
      if (m.player && m.player !== 'link') {
        card.appendChild(U.el('button', 'ct-button ct-media-load', {type: 'button'}, label(labels, 'mediaLoad', kind)));
        card.appendChild(U.el('p', 'ct-media-note', {}, fill(labels.mediaPrivacy, provider)));
        card.appendChild(U.el('p', 'ct-media-failed', {hidden: ''}, labels.mediaFailed));
      }
      var href = U.safeUrl(m.href);
      if (href) {
        card.appendChild(U.el('a', 'ct-media-link', {href: href, rel: 'noopener noreferrer'}, fill(labels.mediaOpen, provider)));
      }
      if (m.caption || m.credit) {
        var caption = figure.appendChild(U.el('figcaption', null, {}, m.caption || ''));
        if (m.credit) { caption.appendChild(U.el('span', 'ct-credit', {}, ' ' + m.credit)); }
      }
      thumbnail(figure);
      return figure;
    },
    enhance: enhance,
    load: load
  };

  document.addEventListener('click', onClick);
  enhance(document);
  // The page's script runs before the browser reads the list of events below it.
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { enhance(document); });
  }
})(window.Chronotope);
