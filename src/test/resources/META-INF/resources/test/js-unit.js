/*
 * Table tests of the scripts that compute without a page: the date wording (Chronotope.dates),
 * the axis ticks (Chronotope.timelineAxis) and the lane packing (Chronotope.timelineLanes).
 * Results go to window.jsUnit ({passed, failures}) for JsUnitBrowserTest, and to the page.
 */
(function () {
  'use strict';

  /**
   * The date table as the story page's asset bundle gives it to the scripts (web.Assets: the reader
   * bundle's date_* texts; any hash answers with the current bundle), then each script under test.
   */
  function load() {
    return fetch('/assets/story.0000000000000000.js').then(function (r) { return r.text(); }).then(function (bundle) {
      var m = /tables\["date-words"\] = (.*);\n/.exec(bundle);
      if (!m) { throw new Error('the story bundle has no date-words table'); }
      window.Chronotope.tables = {'date-words': JSON.parse(m[1])};
      return ['/js/dates.js', '/js/timeline-axis.js', '/js/timeline-lanes.js'].reduce(function (done, src) {
        return done.then(function () {
          return new Promise(function (resolve, reject) {
            var script = document.createElement('script');
            script.src = src;
            script.onload = resolve;
            script.onerror = function () { reject(new Error('could not load ' + src)); };
            document.head.appendChild(script);
          });
        });
      }, Promise.resolve());
    });
  }

  load().then(function () { tests(window.Chronotope); }, function (err) {
    window.jsUnit = {passed: 0, failures: ['loading: ' + err]};
  });

function tests(Chronotope) {
  var passed = 0, failures = [];

  function check(name, actual, expected) {
    var a = JSON.stringify(actual), e = JSON.stringify(expected);
    if (a === e) {
      passed++;
    } else {
      failures.push(name + ': expected ' + e + ' but was ' + a);
    }
  }

  function run(name, body) {
    try {
      body();
    } catch (err) {
      failures.push(name + ': threw ' + err);
    }
  }

  function date(value, precision, extra) {
    return Chronotope.util.extend({value: value, precision: precision}, extra || {});
  }

  run('dates.format', function () {
    [
      ['2025', 'YEAR', 'fr', '2025'],
      ['2025-02', 'MONTH', 'fr', 'février 2025'],
      ['2025-02', 'MONTH', 'en', 'February 2025'],
      ['2025-08-01', 'DAY', 'fr', '1er août 2025'],
      ['2025-08-01', 'DAY', 'en', '1 August 2025'],
      ['2025-01-18', 'DAY', 'fr', '18 janvier 2025'],
      ['2025-01-18T10:32', 'MINUTE', 'en', '18 January 2025, 10:32 UTC'],
      ['-0043', 'YEAR', 'fr', '44 av. J.-C.'],
      ['0000', 'YEAR', 'en', '1 BCE']
    ].forEach(function (row) {
      check('format ' + row.slice(0, 3).join(' '), Chronotope.dates.format(date(row[0], row[1]), row[2]), row[3]);
    });
  });

  run('dates.qualified', function () {
    [
      [date('2025-07', 'MONTH', {approximate: true}), 'fr', 'vers juillet 2025'],
      [date('2025-07', 'MONTH', {approximate: true}), 'en', 'about July 2025'],
      [date('2025-07-28', 'DAY', {approximate: true}), 'fr', 'vers le 28 juillet 2025'],
      [date('2025-02', 'MONTH', {uncertain: true}), 'fr', 'février 2025 (incertain)'],
      [date('2025-02', 'MONTH', {uncertain: true}), 'en', 'February 2025 (uncertain)'],
      [date('2025-07', 'MONTH', {approximate: true, uncertain: true}), 'en', 'about July 2025 (uncertain)']
    ].forEach(function (row, i) {
      check('qualified #' + i, Chronotope.dates.qualified(row[0], row[1]), row[2]);
    });
  });

  run('dates.range', function () {
    var start = date('2025-01-18', 'DAY');
    [
      [start, date('2025-08-03', 'DAY'), 'fr', '18 janvier – 3 août 2025'],
      [start, date('2025-08-03', 'DAY'), 'en', '18 January – 3 August 2025'],
      [date('2024-12-30', 'DAY'), date('2025-01-02', 'DAY'), 'en', '30 December 2024 – 2 January 2025'],
      [start, null, 'fr', '18 janvier 2025'],
      [start, start, 'en', '18 January 2025'],
      [start, {edtf: '..', open: true}, 'fr', 'depuis le 18 janvier 2025'],
      [start, {edtf: '..', open: true}, 'en', 'since 18 January 2025'],
      [date('2025-01', 'MONTH', {approximate: true}), {edtf: '..', open: true}, 'fr', 'depuis environ janvier 2025'],
      [start, {edtf: '', unknown: true}, 'fr', '18 janvier 2025 – fin inconnue'],
      [date('2025-07', 'MONTH', {approximate: true}), date('2025-08-03', 'DAY'), 'fr', 'vers juillet 2025 – 3 août 2025']
    ].forEach(function (row, i) {
      check('range #' + i + ' ' + row[2], Chronotope.dates.range(row[0], row[1], row[2]), row[3]);
    });
  });

  run('dates.period', function () {
    check('period of a month', Chronotope.dates.period(date('2025-02', 'MONTH')), [1738368000, 1740787200]);
    check('period of December', Chronotope.dates.period(date('2024-12', 'MONTH')), [1733011200, 1735689600]);
    check('period of a day', Chronotope.dates.period(date('2025-01-18', 'DAY')), [1737158400, 1737244800]);
    check('period of a year', Chronotope.dates.period(date('2024', 'YEAR')), [1704067200, 1735689600]);
    check('isoMinute', Chronotope.dates.isoMinute(1737196320), '2025-01-18T10:32');
  });

  /** The ticks an axis draws for [start, end] over width pixels, as [label, x] pairs. */
  function ticks(lang, start, end, width) {
    var el = document.createElement('div');
    Chronotope.timelineAxis(el, {lang: lang}).render(start, end, width);
    return Array.prototype.map.call(el.children, function (tick) {
      return [tick.textContent, +/translateX\((-?\d+)px\)/.exec(tick.style.transform)[1]];
    });
  }

  run('timelineAxis', function () {
    var jan2025 = 1735689600, jan2026 = 1767225600;
    var year = ticks('en', jan2025, jan2026, 1200);
    check('a year over 1200 px has a tick a month', year.length, 13);
    check('the first month names its year', year[0][0], 'Jan 2025');
    check('the next month does not', year[1][0], 'Feb');
    check('a new year names itself', year[12][0], 'Jan 2026');
    check('the last tick is at the right edge', year[12][1], 1200);
    var fr = ticks('fr', jan2025, jan2026, 1200);
    check('French months', fr[1][0], 'févr.');
    var decade = ticks('en', 946684800, 1893456000, 600);
    check('thirty years over 600 px: a tick every five years', decade.map(function (t) { return t[0]; }),
      ['2000', '2005', '2010', '2015', '2020', '2025', '2030']);
    var day = ticks('en', jan2025, jan2025 + 86400, 1000);
    check('a day over 1000 px: every three hours, the first with its day', day[0][0], 'Jan 1 00:00');
    check('then the hour alone', day[1][0], '03:00');
    var bce = ticks('fr', -64104739200, -61567257600, 500);
    check('years before the era', bce[0][0].indexOf('av. J.-C.') > 0, true);
  });

  run('timelineLanes', function () {
    var lanes = Chronotope.timelineLanes({maxLanes: 2, categories: [{code: 'a', name: 'A'}, {code: 'b', name: 'B'}]});
    var x = function (t) { return t; };
    var item = function (id, from, to, category) { return {id: id, title: 'Événement', from: from, to: to, category: category}; };
    // Labels take 'Événement'.length * 6.8 + 22 = 83.2 px.
    var flat = lanes.assign([item(1, 0, 1), item(2, 50, 51), item(3, 100, 101), item(4, 120, 121)], x, 1000, false);
    check('overlapping labels go to the next lane', [flat.byId[1].lane, flat.byId[2].lane], [0, 1]);
    check('a lane is reused once free', flat.byId[3], {lane: 0, compact: false});
    check('past the last lane, items are compact', flat.byId[4], {lane: 2, compact: true});
    check('rows: two lanes and the compact one', flat.rows, 3);
    var grouped = lanes.assign([item(1, 0, 1, 'b'), item(2, 0, 1, 'a'), item(3, 0, 1, null)], x, 1000, true);
    check('groups in the categories\' order', grouped.groups.map(function (g) { return g.label; }), ['A', 'B', '']);
    check('each group its own lanes', [grouped.byId[2].lane, grouped.byId[1].lane, grouped.byId[3].lane], [0, 1, 2]);
    check('a point near the right edge flips its label', lanes.flips(item(5, 990, 991), x, 1000), true);
    check('a point with room does not', lanes.flips(item(6, 100, 101), x, 1000), false);
  });

  window.jsUnit = {passed: passed, failures: failures};
  (function show() {
    var list = document.getElementById('results');
    failures.forEach(function (f) {
      var li = document.createElement('li');
      li.textContent = 'FAIL ' + f;
      list.appendChild(li);
    });
    var done = document.createElement('li');
    done.textContent = passed + ' passed, ' + failures.length + ' failed';
    list.appendChild(done);
  })();
}
})();
