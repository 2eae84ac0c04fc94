/*
 * Copy buttons: <button data-ct-copy="ID" data-ct-copied="Copied" hidden> copies the text of the
 * field ID to the clipboard. Shown only when the clipboard is available; the field stays
 * selectable by hand either way.
 */
(function () {
  'use strict';

  function start(button) {
    var field = document.getElementById(button.getAttribute('data-ct-copy'));
    if (!field || !navigator.clipboard) { return; }
    var label = button.textContent;
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(field.value || field.textContent).then(function () {
        button.textContent = button.getAttribute('data-ct-copied') || label;
        setTimeout(function () { button.textContent = label; }, 2000);
      }, function () {
        field.focus();
        field.select();
      });
    });
  }

  document.querySelectorAll('[data-ct-copy]').forEach(start);
})();
