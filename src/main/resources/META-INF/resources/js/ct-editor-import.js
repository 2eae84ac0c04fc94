/*
 * Chronotope.importProgress(el, options) — follows an import job running on the server: polls
 * the job's JSON (GET /api/imports/{id}, the URL in data-ct-import-job), moves the <progress>
 * bar and its count, and reloads the page once the job is done so the server draws the report.
 * A streamed job (an ACLED CSV read row by row) says its pass and counts instead: the page gives
 * the sentence of each pass in its language (data-ct-checking, data-ct-writing) with the numbers
 * 1000000001–1000000004 standing for rows read, imported, the total and rows rejected.
 * Chronotope.importFileCheck(input) — says at once, beside the file field, that a chosen file is
 * larger than an import accepts (data-ct-max-bytes), instead of uploading it for nothing.
 * Without JavaScript the page keeps working: a Reload link shows the progress, and the server
 * refuses a file too large with the same message.
 */
(function (global) {
  'use strict';

  var Chronotope = global.Chronotope = global.Chronotope || {};
  var RUNNING = {QUEUED: true, RUNNING: true};

  Chronotope.importProgress = function (el, options) {
    options = Object.assign({
      url: el.getAttribute('data-ct-import-job'),
      // How often the job is asked for, and after how many failed asks in a row to give up.
      interval: 1000,
      maxFailures: 5,
      onDone: function () { global.location.reload(); }
    }, options || {});

    var bar = el.querySelector('progress');
    var processed = el.querySelector('[data-ct-processed]');
    var total = el.querySelector('[data-ct-total]');
    var lost = el.querySelector('[data-ct-lost]');
    var streamed = el.querySelector('[data-ct-streamed]');
    var reload = el.querySelector('[data-ct-reload]');
    var failures = 0;
    var timer = null;
    var controller = null;
    var stopped = false;

    if (reload) { reload.hidden = true; }

    function show(job) {
      if (bar) {
        bar.max = Math.max(1, job.total);
        bar.value = job.processed;
      }
      if (processed) { processed.textContent = String(job.processed); }
      if (total) { total.textContent = String(job.total); }
      if (streamed && job.progress) {
        var writing = job.progress.phase === 'WRITING';
        var counts = [job.progress.read, job.progress.imported, job.total, job.progress.rejected];
        var text = streamed.getAttribute(writing ? 'data-ct-writing' : 'data-ct-checking') || '';
        counts.forEach(function (n, i) { text = text.split(String(1000000001 + i)).join(String(n)); });
        streamed.textContent = text;
        if (bar && writing) {
          bar.max = Math.max(1, job.total);
          bar.value = job.processed;
        } else if (bar) {
          bar.removeAttribute('value'); // the number of rows is known only once all are read
        }
      }
    }

    function giveUp() {
      stop();
      if (lost) { lost.hidden = false; }
      if (reload) { reload.hidden = false; }
    }

    function poll() {
      controller = new AbortController();
      fetch(options.url, {headers: {Accept: 'application/json'}, credentials: 'same-origin', signal: controller.signal})
        .then(function (response) {
          if (!response.ok) { throw new Error('HTTP ' + response.status); }
          return response.json();
        })
        .then(function (job) {
          if (stopped) { return; }
          failures = 0;
          show(job);
          if (RUNNING[job.status]) {
            timer = setTimeout(poll, options.interval);
          } else {
            stop();
            options.onDone(job);
          }
        }, function () {
          if (stopped) { return; }
          if (++failures >= options.maxFailures) {
            giveUp();
          } else {
            timer = setTimeout(poll, options.interval * failures);
          }
        });
    }

    function stop() {
      stopped = true;
      clearTimeout(timer);
      if (controller) { controller.abort(); }
    }

    timer = setTimeout(poll, options.interval);
    return {destroy: stop};
  };

  Chronotope.importFileCheck = function (input) {
    var max = Number(input.getAttribute('data-ct-max-bytes'));
    var form = input.form;
    var message = null;

    function tooLarge() {
      return input.files && input.files.length > 0 && input.files[0].size > max;
    }

    var messageId = input.id + '-size-error';

    function describedBy(add) {
      var ids = (input.getAttribute('aria-describedby') || '').split(' ').filter(function (id) {
        return id && id !== messageId;
      });
      if (add) { ids.push(messageId); }
      input.setAttribute('aria-describedby', ids.join(' '));
    }

    function check() {
      if (message) {
        message.remove();
        message = null;
        input.removeAttribute('aria-invalid');
        describedBy(false);
      }
      if (!tooLarge()) { return true; }
      message = document.createElement('p');
      message.className = 'ct-ed-error';
      message.id = messageId;
      message.setAttribute('role', 'alert');
      message.textContent = input.getAttribute('data-ct-too-large');
      input.parentNode.appendChild(message);
      input.setAttribute('aria-invalid', 'true');
      describedBy(true);
      return false;
    }

    function onSubmit(event) {
      if (!check()) {
        event.preventDefault();
        input.focus();
      }
    }

    input.addEventListener('change', check);
    if (form) { form.addEventListener('submit', onSubmit); }
    return {
      destroy: function () {
        input.removeEventListener('change', check);
        if (form) { form.removeEventListener('submit', onSubmit); }
      }
    };
  };

  document.querySelectorAll('[data-ct-import-job]').forEach(function (el) { Chronotope.importProgress(el); });
  document.querySelectorAll('input[type="file"][data-ct-max-bytes]').forEach(function (input) {
    Chronotope.importFileCheck(input);
  });
})(window);
