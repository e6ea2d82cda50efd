/*
 * The filters of a list page sit in a <details> panel: closed on a narrow screen, so the results
 * come first and a "Filters (3)" button opens it; open on a wide one. app.css shows the panel's
 * content on wide screens even without this script; the script keeps the panel's state true to
 * the width, so the button and keyboard users see what the screen shows. A partner picked from the
 * type-ahead list is sent by its slug, so the link of the filtered page stays short and shareable.
 */
(function () {
    'use strict';

    var wide = window.matchMedia('(min-width: 768px)');

    function fit() {
        document.querySelectorAll('details.filter-panel').forEach(function (panel) {
            panel.open = wide.matches;
        });
    }

    fit();
    wide.addEventListener('change', fit);

    document.querySelectorAll('form.filters').forEach(function (form) {
        form.addEventListener('submit', function () {
            form.querySelectorAll('input[data-lookup]').forEach(function (input) {
                if (input.dataset.pickedKey && input.value === input.dataset.pickedText) {
                    input.value = input.dataset.pickedKey;
                }
            });
        });
    });
}());
