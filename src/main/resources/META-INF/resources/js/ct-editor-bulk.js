/*
 * Chronotope.bulkSelection(form, options) — the ticks of a story's event list in the editor and the
 * bar of bulk actions (the form, marked data-ct-bulk; each row's checkbox names it in its form
 * attribute). It shows the "select all" box, keeps it checked, unchecked or mixed as rows are
 * ticked, says how many are selected, and marks ticked rows (every action is undone in one step
 * from the message that follows it, so none asks first).
 * Without JavaScript the ticks and the bar still work; only "select all" and the count are missing.
 */
(function (global) {
  'use strict';

  var Chronotope = global.Chronotope = global.Chronotope || {};

  Chronotope.bulkSelection = function (form, options) {
    options = Object.assign({
      // The texts of the count: none, one, and many with %n for the number.
      none: form.getAttribute('data-ct-count-none') || '',
      one: form.getAttribute('data-ct-count-one') || '',
      many: form.getAttribute('data-ct-count-many') || '%n',
      selectedClass: 'ct-ed-row--selected'
    }, options || {});

    var doc = form.ownerDocument;
    var all = doc.querySelector('[data-ct-select-all]');
    var count = form.querySelector('[data-ct-bulk-count]');

    function boxes() {
      return Array.prototype.filter.call(doc.querySelectorAll('input[type=checkbox][name=ids]'), function (box) {
        return box.form === form;
      });
    }

    function update() {
      var list = boxes();
      var ticked = list.filter(function (box) { return box.checked; }).length;
      list.forEach(function (box) {
        var row = box.closest('tr');
        if (row) { row.classList.toggle(options.selectedClass, box.checked); }
      });
      if (all) {
        all.checked = ticked > 0 && ticked === list.length;
        all.indeterminate = ticked > 0 && ticked < list.length;
      }
      if (count) {
        count.textContent = ticked === 0 ? options.none : ticked === 1 ? options.one
          : options.many.replace('%n', String(ticked));
      }
    }

    function onChange(e) {
      if (e.target === all) {
        boxes().forEach(function (box) { box.checked = all.checked; });
      }
      if (e.target === all || (e.target.name === 'ids' && e.target.form === form)) {
        update();
      }
    }

    if (all) { all.hidden = false; }
    doc.addEventListener('change', onChange);
    update();

    return {
      update: update,
      destroy: function () {
        doc.removeEventListener('change', onChange);
      }
    };
  };

  document.querySelectorAll('form[data-ct-bulk]').forEach(function (form) {
    Chronotope.instances.push(Chronotope.bulkSelection(form));
  });
})(window);
