/*
 * Chronotope.eventGrid(table, options) — a story's events as a grid the editor works from the
 * keyboard: arrow keys (and Home, End) move between cells, Enter or F2 edits a cell, Enter saves
 * it, Escape cancels, Tab saves and moves on. Each cell is saved alone (POST to the row's address
 * with the row's version, the CSRF token in the body); the server answers with the row's new
 * version, or the reason in the editor's words, which stays beside the cell; a row changed
 * meanwhile is sent again as a plain form post, so that the browser opens its conflict page.
 * Column headers sort the rows; the filter hides the rows that do not hold its words.
 */
(function (global) {
  'use strict';

  var Chronotope = global.Chronotope = global.Chronotope || {};

  /** Lower case without accents, for the filter and for sorting text. */
  function fold(text) {
    return String(text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  Chronotope.eventGrid = function (table, options) {
    options = Object.assign({
      form: document.querySelector('[data-ct-grid-form]'),
      filter: document.querySelector('[data-ct-grid-filter]'),
      shown: document.querySelector('[data-ct-grid-shown]'),
      status: document.querySelector('[data-ct-grid-status]'),
      savingText: table.getAttribute('data-ct-saving') || '…',
      savedText: table.getAttribute('data-ct-saved') || '',
      // The count of shown rows, %n for the number.
      shownText: table.getAttribute('data-ct-shown') || ''
    }, options || {});

    var body = table.tBodies[0];
    var active = null;
    var editing = null;

    function rows() {
      return Array.prototype.filter.call(body.rows, function (row) { return !row.hidden; });
    }

    function cellAt(rowIndex, colIndex) {
      var list = rows();
      if (!list.length) { return null; }
      var row = list[Math.max(0, Math.min(list.length - 1, rowIndex))];
      return row.cells[Math.max(0, Math.min(row.cells.length - 1, colIndex))];
    }

    function position(cell) {
      return {row: rows().indexOf(cell.parentNode), col: cell.cellIndex};
    }

    function activate(cell, focus) {
      if (!cell) { return; }
      if (active && active !== cell) { active.tabIndex = -1; }
      active = cell;
      cell.tabIndex = 0;
      if (focus !== false) { cell.focus(); }
    }

    function move(dRow, dCol) {
      var p = position(active);
      activate(cellAt(p.row + dRow, p.col + dCol));
    }

    function say(text) {
      if (options.status) { options.status.textContent = text; }
    }

    /** Opens the cell's editor: a text field, or the choices of a select field. */
    function edit(cell) {
      var field = cell.getAttribute('data-ct-field');
      if (!field || editing) { return; }
      var template = document.querySelector('select[data-ct-options="' + field + '"]');
      var input;
      if (template) {
        input = template.cloneNode(true);
        input.removeAttribute('data-ct-options');
        input.value = cell.getAttribute('data-ct-value') || '';
      } else {
        input = document.createElement('input');
        input.type = 'text';
        input.value = cell.textContent.trim();
        input.setAttribute('aria-label', table.tHead.rows[0].cells[cell.cellIndex].textContent.trim());
      }
      input.className = 'ct-ed-grid-input';
      editing = {cell: cell, field: field, input: input, before: input.value, text: cell.textContent.trim()};
      cell.textContent = '';
      cell.appendChild(input);
      cell.classList.add('ct-ed-grid-cell--editing');
      input.focus();
      if (input.select) { input.select(); }
    }

    function close(text) {
      var cell = editing.cell;
      editing = null;
      cell.classList.remove('ct-ed-grid-cell--editing');
      cell.removeAttribute('aria-invalid');
      cell.textContent = text;
      activate(cell);
    }

    function cancel() {
      if (editing) { close(editing.text); }
    }

    function showError(message) {
      var cell = editing.cell;
      var note = cell.querySelector('.ct-ed-grid-error');
      if (!note) {
        note = document.createElement('p');
        note.className = 'ct-ed-grid-error';
        note.setAttribute('role', 'alert');
        note.id = 'grid-error-' + cell.parentNode.getAttribute('data-ct-id') + '-' + editing.field;
        cell.appendChild(note);
      }
      note.textContent = message;
      cell.setAttribute('aria-invalid', 'true');
      editing.input.setAttribute('aria-describedby', note.id);
      editing.input.focus();
    }

    /** Saves the open cell; then() runs once it is saved (or unchanged). */
    function save(then) {
      if (!editing || editing.saving) { return; }
      var current = editing;
      var value = current.input.value;
      if (value === current.before) {
        close(current.text);
        if (then) { then(); }
        return;
      }
      var row = current.cell.parentNode;
      var data = new URLSearchParams();
      data.set('field', current.field);
      data.set('value', value);
      data.set('version', row.getAttribute('data-ct-version'));
      var token = options.form.querySelector('input[name="csrf-token"]');
      if (token) { data.set('csrf-token', token.value); }
      current.saving = true;
      current.cell.setAttribute('aria-busy', 'true');
      say(options.savingText);
      fetch(options.form.getAttribute('action') + row.getAttribute('data-ct-id'), {
        method: 'POST', body: data, credentials: 'same-origin', headers: {Accept: 'application/json'}
      }).then(function (response) {
        return response.json().then(function (json) { return {status: response.status, json: json}; });
      }).then(function (answer) {
        current.saving = false;
        current.cell.removeAttribute('aria-busy');
        if (answer.status === 200) {
          row.setAttribute('data-ct-version', String(answer.json.version));
          var shown = value;
          if (current.input.tagName === 'SELECT') {
            current.cell.setAttribute('data-ct-value', value);
            shown = current.input.options[current.input.selectedIndex].textContent;
          }
          if (current.field === 'start') { current.cell.setAttribute('data-ct-sort-value', String(answer.json.sortStart)); }
          close(shown.trim());
          say(options.savedText);
          if (then) { then(); }
        } else if (answer.status === 409) {
          conflict(row, current.field, value);
        } else {
          say('');
          showError(answer.json.message || String(answer.status));
        }
      }, function () {
        current.saving = false;
        current.cell.removeAttribute('aria-busy');
        say('');
        showError(String(options.savingText) + ' ✕');
      });
    }

    /** Sends the edit again as a plain form post: the server answers with the event's conflict page. */
    function conflict(row, field, value) {
      var form = options.form;
      form.setAttribute('action', form.getAttribute('action') + row.getAttribute('data-ct-id'));
      [['field', field], ['value', value], ['version', row.getAttribute('data-ct-version')]].forEach(function (pair) {
        var input = document.createElement('input');
        input.type = 'hidden';
        input.name = pair[0];
        input.value = pair[1];
        form.appendChild(input);
      });
      form.submit();
    }

    function onKeyDown(e) {
      if (editing) {
        if (e.key === 'Escape') {
          e.preventDefault();
          cancel();
        } else if (e.key === 'Enter') {
          e.preventDefault();
          save();
        } else if (e.key === 'Tab') {
          e.preventDefault();
          var back = e.shiftKey;
          save(function () { move(0, back ? -1 : 1); });
        }
        return;
      }
      var cell = e.target.closest('td');
      if (!cell || !body.contains(cell)) { return; }
      var keys = {ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1]};
      if (keys[e.key]) {
        e.preventDefault();
        activate(cell, false);
        move(keys[e.key][0], keys[e.key][1]);
      } else if (e.key === 'Home' || e.key === 'End') {
        e.preventDefault();
        activate(cell.parentNode.cells[e.key === 'Home' ? 0 : cell.parentNode.cells.length - 1]);
      } else if (e.key === 'Enter' || e.key === 'F2') {
        e.preventDefault();
        activate(cell, false);
        edit(cell);
      }
    }

    function onClick(e) {
      var cell = e.target.closest('td');
      if (cell && body.contains(cell) && !editing) {
        activate(cell);
      }
      var header = e.target.closest('th[data-ct-sort] button');
      if (header) {
        sort(header.parentNode);
      }
    }

    function onDoubleClick(e) {
      var cell = e.target.closest('td');
      if (cell && body.contains(cell) && !editing) {
        activate(cell, false);
        edit(cell);
      }
    }

    function sortValue(row, index) {
      var cell = row.cells[index];
      var raw = cell.getAttribute('data-ct-sort-value');
      if (raw !== null && raw !== '' && !isNaN(Number(raw))) { return Number(raw); }
      return fold(cell.textContent.trim());
    }

    function sort(th) {
      if (editing) { return; }
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(th.parentNode.cells, function (other) { other.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var index = th.cellIndex;
      var all = Array.prototype.slice.call(body.rows);
      all.sort(function (a, b) {
        var x = sortValue(a, index);
        var y = sortValue(b, index);
        var order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
        return ascending ? order : -order;
      });
      all.forEach(function (row) { body.appendChild(row); });
    }

    function applyFilter() {
      var words = fold(options.filter.value).split(/\s+/).filter(Boolean);
      var count = 0;
      Array.prototype.forEach.call(body.rows, function (row) {
        var text = fold(row.textContent);
        row.hidden = !words.every(function (w) { return text.indexOf(w) >= 0; });
        if (!row.hidden) { count++; }
      });
      if (options.shown) { options.shown.textContent = options.shownText.replace('%n', String(count)); }
      if (active && active.parentNode.hidden) { activate(cellAt(0, 0), false); }
    }

    table.addEventListener('keydown', onKeyDown);
    table.addEventListener('click', onClick);
    table.addEventListener('dblclick', onDoubleClick);
    if (options.filter) { options.filter.addEventListener('input', applyFilter); }
    activate(cellAt(0, 0), false);

    return {
      destroy: function () {
        table.removeEventListener('keydown', onKeyDown);
        table.removeEventListener('click', onClick);
        table.removeEventListener('dblclick', onDoubleClick);
        if (options.filter) { options.filter.removeEventListener('input', applyFilter); }
      }
    };
  };

  document.querySelectorAll('table[data-ct-grid]').forEach(function (table) {
    Chronotope.eventGrid(table);
  });
})(window);
