/*
 * Chronotope.dates — dates as a reader of a language writes them, at the precision they are
 * known ("2025", "février 2025", "1er août 2025"), and the period each one covers. The same
 * rules as the server's web.DateFormats, so a page reads the same before and after its script.
 */
(function (Chronotope) {
  'use strict';

  var PRECISIONS = ['YEAR', 'MONTH', 'DAY', 'MINUTE'];
  var ISO = /^([+-]?\d{1,9})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/;
  var monthNames = {};

  function parse(value) {
    var m = ISO.exec(value);
    if (!m) { throw new Error('not an ISO date: ' + value); }
    return {year: +m[1], month: m[2] ? +m[2] : 1, day: m[3] ? +m[3] : 1, hour: m[4] ? +m[4] : 0, minute: m[5] ? +m[5] : 0};
  }

  function utc(d) {
    var date = new Date(Date.UTC(2000, d.month - 1, d.day, d.hour, d.minute));
    date.setUTCFullYear(d.year);
    return date.getTime() / 1000;
  }

  function monthName(month, lang) {
    var key = lang + month;
    if (!monthNames[key]) {
      monthNames[key] = new Intl.DateTimeFormat(lang, {month: 'long', timeZone: 'UTC'})
        .format(new Date(Date.UTC(2000, month - 1, 15)));
    }
    return monthNames[key];
  }

  function year(y, lang) {
    // ISO year 0 is 1 BCE.
    return y > 0 ? String(y) : (1 - y) + (lang === 'fr' ? ' av. J.-C.' : ' BCE');
  }

  function hasDay(date) { return date.precision === 'DAY' || date.precision === 'MINUTE'; }

  function pad(n) { return n < 10 ? '0' + n : String(n); }

  function write(d, precision, lang, withYear) {
    var y = withYear ? ' ' + year(d.year, lang) : '';
    var text;
    if (precision === 'YEAR') {
      text = year(d.year, lang);
    } else if (precision === 'MONTH') {
      text = monthName(d.month, lang) + y;
    } else {
      text = (lang === 'fr' && d.day === 1 ? '1er' : String(d.day)) + ' ' + monthName(d.month, lang) + y;
    }
    if (precision === 'MINUTE') {
      text += ', ' + pad(d.hour) + ':' + pad(d.minute) + ' UTC';
    }
    return text;
  }

  Chronotope.dates = {

    /** {value: '2025-02', precision: 'MONTH'} written for lang: "février 2025". */
    format: function (date, lang) {
      return write(parse(date.value), date.precision, lang, true);
    },

    /**
     * A date with its EDTF qualifiers in words (web.DateFormats.qualified): "vers juillet 2025",
     * "about July 2025", "février 2025 (incertain)", "February 2025 (uncertain)".
     */
    qualified: function (date, lang) {
      var text = this.format(date, lang);
      var fr = lang === 'fr';
      if (date.approximate) {
        text = (fr ? 'vers ' + (hasDay(date) ? 'le ' : '') : 'about ') + text;
      }
      return date.uncertain ? text + (fr ? ' (incertain)' : ' (uncertain)') : text;
    },

    /**
     * A period, "18 janvier – 3 août 2025"; end may be null. With EDTF: qualifiers in words, an
     * open end ({edtf: '..', open: true}) as "depuis le 18 janvier 2025" / "since 18 January 2025",
     * an unknown end ({edtf: '', unknown: true}) as "18 janvier 2025 – fin inconnue" / "… – end unknown".
     */
    range: function (start, end, lang) {
      var fr = lang === 'fr';
      if (end && end.open) {
        var since = this.format(start, lang);
        since = fr ? 'depuis ' + (start.approximate ? 'environ ' : hasDay(start) ? 'le ' : '') + since
          : 'since ' + (start.approximate ? 'about ' : '') + since;
        return start.uncertain ? since + (fr ? ' (incertain)' : ' (uncertain)') : since;
      }
      if (end && end.unknown) {
        return this.qualified(start, lang) + (fr ? ' – fin inconnue' : ' – end unknown');
      }
      if (!end || !end.value || (end.value === start.value && end.precision === start.precision
          && !!end.approximate === !!start.approximate && !!end.uncertain === !!start.uncertain)) {
        return this.qualified(start, lang);
      }
      if (start.approximate || start.uncertain || end.approximate || end.uncertain) {
        return this.qualified(start, lang) + ' – ' + this.qualified(end, lang);
      }
      var s = parse(start.value), e = parse(end.value);
      var sameYear = s.year === e.year && start.precision !== 'YEAR' && end.precision !== 'YEAR'
        && start.precision !== 'MINUTE';
      return write(s, start.precision, lang, !sameYear) + ' – ' + this.format(end, lang);
    },

    /**
     * Whether a display text only repeats the written date ("février 2025" beside février 2025),
     * case, spaces and a final full stop aside: then it is not written twice (web.DateExtensions.repeats).
     */
    repeats: function (display, written) {
      var normal = function (t) { return String(t).trim().replace(/\s+/g, ' ').replace(/\.$/, '').toLowerCase(); };
      return display != null && written != null && normal(display) === normal(written);
    },

    /** The half-open period [from, to) in epoch seconds that a date at its precision covers. */
    period: function (date) {
      var d = parse(date.value);
      var from = utc(d);
      var next = Chronotope.util.extend({}, d);
      switch (date.precision) {
        case 'YEAR': next.year += 1; break;
        case 'MONTH': next.month += 1; if (next.month > 12) { next.month = 1; next.year += 1; } break;
        case 'DAY': return [from, from + 86400];
        default: return [from, from + 60];
      }
      return [from, utc(next)];
    },

    /** The period an event covers, from its start to the end of its end (or of its start). */
    eventPeriod: function (event) {
      var start = this.period(event.start);
      return [start[0], event.end && event.end.value ? this.period(event.end)[1] : start[1]];
    },

    /** Epoch seconds as the API's minute form, "2025-01-18T10:32", for from/to parameters. */
    isoMinute: function (seconds) {
      var d = new Date(Math.floor(seconds / 60) * 60000);
      var y = d.getUTCFullYear();
      var ys = y >= 0 && y <= 9999 ? ('000' + y).slice(-4) : (y < 0 ? '-' : '+') + ('000' + Math.abs(y)).slice(-4);
      return ys + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate()) + 'T' + pad(d.getUTCHours()) + ':'
        + pad(d.getUTCMinutes());
    },

    precisions: PRECISIONS
  };
})(window.Chronotope);
