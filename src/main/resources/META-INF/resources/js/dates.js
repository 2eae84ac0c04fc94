/*
 * Chronotope.dates — dates as a reader of a language writes them, at the precision they are
 * known ("2025", "février 2025", "1er août 2025", "18 يناير 2025"), and the period each one covers.
 * The patterns are the server's: the date_* texts of the reader bundle (messages/msg_LANG), which
 * web.DateFormats reads and the asset bundle gives this script as one table,
 * Chronotope.tables['date-words']; month names are CLDR's (Intl).
 * lang is a BCP 47 tag: 'ar-u-nu-arab' writes Arabic-Indic digits, 'ar-u-nu-latn' Latin ones.
 */
(function (Chronotope) {
  'use strict';

  var PRECISIONS = ['YEAR', 'MONTH', 'DAY', 'MINUTE'];
  var ISO = /^([+-]?\d{1,9})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/;
  var monthNames = {};
  var ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

  /** The table's words for lang (its language subtag), English when the table has none. */
  function words(lang) {
    var table = (Chronotope.tables || {})['date-words'] || {};
    var language = String(lang || 'en').split('-')[0].toLowerCase();
    return table[language] || table.en;
  }

  function fill(pattern, values) {
    return pattern.replace(/\{(\w+)\}/g, function (all, k) { return values[k] !== undefined ? values[k] : all; });
  }

  /** Text with its ASCII digits written as lang's digits (Arabic-Indic only when asked: -nu-arab). */
  function digits(text, lang) {
    return /-nu-arab\b/.test(lang) ? text.replace(/[0-9]/g, function (d) { return ARABIC_INDIC.charAt(+d); }) : text;
  }

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
    var w = words(lang);
    return y > 0 ? fill(w.year, {year: String(y)}) : fill(w.bce, {year: String(1 - y)});
  }

  function hasDay(date) { return date.precision === 'DAY' || date.precision === 'MINUTE'; }

  function pad(n) { return n < 10 ? '0' + n : String(n); }

  /** The date at a precision in lang's words, with Latin digits (digits() turns them). */
  function write(d, precision, lang, withYear) {
    var w = words(lang);
    var y = withYear ? year(d.year, lang) : '';
    var text;
    if (precision === 'YEAR') {
      text = year(d.year, lang);
    } else if (precision === 'MONTH') {
      text = fill(w.month, {month: monthName(d.month, lang), year: y});
    } else {
      text = fill(w.day, {day: d.day === 1 ? w.firstDay : String(d.day), month: monthName(d.month, lang), year: y});
    }
    text = text.trim();
    if (precision === 'MINUTE') {
      text = fill(w.minute, {date: text, time: pad(d.hour) + ':' + pad(d.minute)});
    }
    return text;
  }

  function qualifiedLatin(date, lang) {
    var w = words(lang);
    var text = write(parse(date.value), date.precision, lang, true);
    if (date.approximate) { text = fill(hasDay(date) ? w.approximateDay : w.approximate, {date: text}); }
    return date.uncertain ? fill(w.uncertain, {date: text}) : text;
  }

  Chronotope.dates = {

    /** {value: '2025-02', precision: 'MONTH'} written for lang: "février 2025". */
    format: function (date, lang) {
      return digits(write(parse(date.value), date.precision, lang, true), lang);
    },

    /** A year in lang's words ("44 av. J.-C."), for the timeline's axis. */
    year: function (y, lang) {
      return digits(year(y, lang), lang);
    },

    /**
     * A date with its EDTF qualifiers in words (web.DateFormats.qualified): "vers juillet 2025",
     * "about July 2025", "février 2025 (incertain)", "February 2025 (uncertain)".
     */
    qualified: function (date, lang) {
      return digits(qualifiedLatin(date, lang), lang);
    },

    /**
     * A period, "18 janvier – 3 août 2025"; end may be null. With EDTF: qualifiers in words, an
     * open end ({edtf: '..', open: true}) as "depuis le 18 janvier 2025" / "since 18 January 2025",
     * an unknown end ({edtf: '', unknown: true}) as "18 janvier 2025 – fin inconnue" / "… – end unknown".
     */
    range: function (start, end, lang) {
      var w = words(lang);
      if (end && end.open) {
        var since = fill(start.approximate ? w.sinceApproximate : hasDay(start) ? w.sinceDay : w.since,
          {date: this.format(start, lang)});
        return start.uncertain ? fill(w.uncertain, {date: since}) : since;
      }
      if (end && end.unknown) {
        return fill(w.endUnknown, {date: this.qualified(start, lang)});
      }
      if (!end || !end.value || (end.value === start.value && end.precision === start.precision
          && !!end.approximate === !!start.approximate && !!end.uncertain === !!start.uncertain)) {
        return this.qualified(start, lang);
      }
      if (start.approximate || start.uncertain || end.approximate || end.uncertain) {
        return fill(w.range, {from: this.qualified(start, lang), to: this.qualified(end, lang)});
      }
      var s = parse(start.value), e = parse(end.value);
      var sameYear = s.year === e.year && start.precision !== 'YEAR' && end.precision !== 'YEAR'
        && start.precision !== 'MINUTE';
      return digits(fill(w.range, {from: write(s, start.precision, lang, !sameYear),
        to: write(e, end.precision, lang, true)}), lang);
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
