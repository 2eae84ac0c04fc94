/*
 * Chronotope — the namespace of the story page's modules and their small shared helpers.
 * Each module is one factory in one file (Chronotope.storyMap, Chronotope.storyTimeline, …),
 * shaped like a Leaflet module: options merged over documented defaults, a destroy() method.
 */
(function (global) {
  'use strict';

  var Chronotope = global.Chronotope = global.Chronotope || {};

  /** Started pages, so tests and embeds can reach them. */
  Chronotope.instances = Chronotope.instances || [];

  /** Intl.NumberFormat and Intl.PluralRules by language, for number() and count(). */
  var numberFormats = {};
  var pluralRules = {};

  Chronotope.util = {

    /** Whether API requests carry the reader's cookies: an embed sets 'omit'. */
    credentials: 'same-origin',

    /** How API reads use the browser's copies: a live page revalidates them all ('no-cache'). */
    cache: 'default',

    /** Copies the own properties of each source over dest; returns dest. */
    extend: function (dest) {
      for (var i = 1; i < arguments.length; i++) {
        var src = arguments[i] || {};
        Object.keys(src).forEach(function (k) { if (src[k] !== undefined) { dest[k] = src[k]; } });
      }
      return dest;
    },

    /** fn called once, wait ms after the last of a burst of calls. */
    debounce: function (fn, wait) {
      var timer = null;
      var debounced = function () {
        var args = arguments, self = this;
        clearTimeout(timer);
        timer = setTimeout(function () { timer = null; fn.apply(self, args); }, wait);
      };
      debounced.cancel = function () { clearTimeout(timer); timer = null; };
      return debounced;
    },

    /**
     * A fetcher whose each call cancels the previous one still running, so a reader who pans
     * fast only ever waits for the last window. get(url) resolves with the JSON (null for 204)
     * and never resolves for a cancelled request.
     */
    latestOnly: function () {
      var controller = null;
      return {
        get: function (url) {
          if (controller) { controller.abort(); }
          var own = controller = new AbortController();
          return new Promise(function (resolve, reject) {
            fetch(url, {signal: own.signal, headers: {Accept: 'application/json'}, credentials: Chronotope.util.credentials,
              cache: Chronotope.util.cache})
              .then(function (response) {
                if (response.status === 204) { return null; }
                if (!response.ok) {
                  // Read the refusal to its end: an unread no-store body keeps the request open.
                  return response.text().then(function () { throw new Error('HTTP ' + response.status + ' for ' + url); });
                }
                return response.json();
              })
              .then(function (json) { if (!own.signal.aborted) { resolve(json); } },
                function (error) { if (!own.signal.aborted) { reject(error); } });
          });
        },
        abort: function () { if (controller) { controller.abort(); controller = null; } }
      };
    },

    /** A query string from an object, leaving out null, undefined and empty values. */
    query: function (params) {
      var parts = [];
      Object.keys(params).forEach(function (k) {
        var v = params[k];
        if (v !== null && v !== undefined && v !== '') {
          parts.push(encodeURIComponent(k) + '=' + encodeURIComponent(v));
        }
      });
      return parts.length ? '?' + parts.join('&') : '';
    },

    /** An element with a class and attributes; text children are set as text, never as HTML. */
    el: function (tag, className, attrs, text) {
      var node = document.createElement(tag);
      if (className) { node.className = className; }
      Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
      if (text !== undefined && text !== null) { node.textContent = text; }
      return node;
    },

    /** Text made safe to put in HTML markup. */
    escape: function (text) {
      return String(text).replace(/[&<>"']/g, function (c) {
        return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
      });
    },

    /** A URL if it is http(s), else null: links from data never run script. */
    safeUrl: function (url) {
      return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
    },

    /** Labels a page passed as data-ct-label-* attributes: {play: 'Play', …}. */
    labels: function (el) {
      var labels = {};
      Object.keys(el.dataset).forEach(function (k) {
        if (k.indexOf('ctLabel') === 0) {
          var name = k.slice(7);
          labels[name.charAt(0).toLowerCase() + name.slice(1)] = el.dataset[k];
        }
      });
      return labels;
    },

    /**
     * "%n events" in the plural form the language gives n (CLDR, through Intl.PluralRules): the
     * page passes one label per form (data-ct-label-events-one, -two, -few, … → labels.eventsOne …).
     */
    count: function (labels, name, n, lang) {
      var rules = pluralRules[lang] || (pluralRules[lang] = new Intl.PluralRules(lang));
      var form = rules.select(Number(n));
      var template = labels[name + form.charAt(0).toUpperCase() + form.slice(1)] || labels[name + 'Other'] || '%n';
      return template.replace('%n', Chronotope.util.number(n, lang));
    },

    /**
     * Moves a Leaflet map's zoom and attribution controls to the other side, for a right-to-left
     * page (the map itself is never mirrored): zoom at the top right, credits at the bottom left.
     */
    mirrorControls: function (map) {
      if (map.zoomControl) { map.zoomControl.setPosition('topright'); }
      if (map.attributionControl) { map.attributionControl.setPosition('bottomleft'); }
    },

    /** Whether el lays out right to left (an Arabic page): the timeline then runs from the right. */
    rtl: function (el) {
      return getComputedStyle(el).direction === 'rtl';
    },

    /** n written for the language ("10,000", "10 000"). */
    number: function (n, lang) {
      // One formatter per language: toLocaleString builds a new one on every call.
      var format = numberFormats[lang] || (numberFormats[lang] = new Intl.NumberFormat(lang));
      return format.format(Number(n));
    }
  };
})(window);
