/*
 * Chronotope.timelineAxis(el, options) — the time axis under the timeline: calendar-aligned ticks
 * (minutes to millennia) spaced at least minSpacing pixels apart, labelled for the language.
 */
(function (Chronotope) {
  'use strict';

  var MINUTE = 60, HOUR = 3600, DAY = 86400, MONTH = 2629746, YEAR = 31556952;
  var STEPS = [
    ['minute', 1], ['minute', 5], ['minute', 15], ['hour', 1], ['hour', 3], ['hour', 6], ['day', 1], ['day', 2],
    ['day', 7], ['month', 1], ['month', 3], ['month', 6], ['year', 1], ['year', 2], ['year', 5], ['year', 10],
    ['year', 25], ['year', 50], ['year', 100], ['year', 250], ['year', 500], ['year', 1000]
  ];
  var SECONDS = {minute: MINUTE, hour: HOUR, day: DAY, month: MONTH, year: YEAR};

  /** sign: 1 when time runs from the left, -1 from the right (a right-to-left page). */
  var defaults = {lang: 'en', minSpacing: 84, sign: 1};

  function utcDate(seconds) { return new Date(seconds * 1000); }

  function monthStart(year, month) {
    var d = new Date(Date.UTC(2000, month, 1));
    d.setUTCFullYear(year);
    return d.getTime() / 1000;
  }

  /** The start of month number index, counted from January of year 0. */
  function monthAt(index) {
    return monthStart(Math.floor(index / 12), ((index % 12) + 12) % 12);
  }

  /** Tick times in [start, end] for a step [unit, n]. */
  function ticks(start, end, step) {
    var unit = step[0], n = step[1], out = [], t, guard = 0;
    if (unit === 'year' || unit === 'month') {
      var d = utcDate(start);
      var index = d.getUTCFullYear() * 12 + d.getUTCMonth();
      var every = unit === 'year' ? 12 * n : n;
      index = Math.floor(index / every) * every;
      for (t = monthAt(index); t <= end && guard++ < 500; index += every, t = monthAt(index)) {
        if (t >= start) { out.push(t); }
      }
      return out;
    }
    var size = SECONDS[unit] * n;
    for (t = Math.ceil(start / size) * size; t <= end && guard++ < 500; t += size) { out.push(t); }
    return out;
  }

  Chronotope.timelineAxis = function (el, options) {
    var o = Chronotope.util.extend({}, defaults, options);
    var shortMonth = new Intl.DateTimeFormat(o.lang, {month: 'short', timeZone: 'UTC'});
    var dayMonth = new Intl.DateTimeFormat(o.lang, {day: 'numeric', month: 'short', timeZone: 'UTC'});

    // Years in the words of the shared date table (the reader bundle's date_* texts, through Chronotope.dates).
    function year(y) { return Chronotope.dates.year(y, o.lang); }

    function label(t, unit, first) {
      var d = utcDate(t);
      var y = d.getUTCFullYear();
      var hm = ('0' + d.getUTCHours()).slice(-2) + ':' + ('0' + d.getUTCMinutes()).slice(-2);
      switch (unit) {
        case 'year': return year(y);
        case 'month': return shortMonth.format(d) + (first || d.getUTCMonth() === 0 ? ' ' + year(y) : '');
        case 'day': return dayMonth.format(d) + (first || (d.getUTCMonth() === 0 && d.getUTCDate() === 1) ? ' ' + year(y) : '');
        default: return (first || hm === '00:00' ? dayMonth.format(d) + ' ' : '') + hm;
      }
    }

    return {
      /** Draws the ticks of [start, end] seconds over width pixels. */
      render: function (start, end, width) {
        var perPixel = (end - start) / Math.max(width, 1);
        var step = STEPS[STEPS.length - 1];
        for (var i = 0; i < STEPS.length; i++) {
          if (SECONDS[STEPS[i][0]] * STEPS[i][1] / perPixel >= o.minSpacing) { step = STEPS[i]; break; }
        }
        var fragment = document.createDocumentFragment();
        ticks(start, end, step).forEach(function (t, index) {
          var tick = Chronotope.util.el('span', 'ct-tl-tick', {}, label(t, step[0], index === 0));
          tick.style.transform = 'translateX(' + o.sign * Math.round((t - start) / perPixel) + 'px)';
          fragment.appendChild(tick);
        });
        el.replaceChildren(fragment);
      }
    };
  };
})(window.Chronotope);
