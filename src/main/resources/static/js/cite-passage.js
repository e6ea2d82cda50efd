/*
 * Select to cite (templates/admin/sources/form.html). When the editor selects a passage of the
 * source's stored text, the cite panel shows it and carries it as the quote; the editor picks the
 * kind of record and the record, and the server opens that record's citation form with this source
 * and the passage filled in. Without this script the panel stays hidden and quotes are pasted into
 * the citation form by hand.
 */
(function () {
    'use strict';

    var text = document.getElementById('article-text');
    var panel = document.getElementById('cite-panel');
    if (!text || !panel) {
        return;
    }
    var quote = panel.querySelector('input[name="quote"]');
    var shown = document.getElementById('cite-quote-shown');
    var kind = document.getElementById('kind-to-cite');
    var record = document.getElementById('record');

    function selectedPassage() {
        var selection = window.getSelection();
        if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
            return null;
        }
        var range = selection.getRangeAt(0);
        if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) {
            return null;
        }
        var passage = selection.toString().replace(/\s+/g, ' ').trim();
        return passage === '' ? null : passage;
    }

    function offer() {
        var passage = selectedPassage();
        if (passage === null) {
            return;
        }
        quote.value = passage;
        shown.textContent = passage;
        panel.hidden = false;
    }

    document.addEventListener('selectionchange', offer);
    text.addEventListener('mouseup', offer);
    text.addEventListener('keyup', offer);

    if (kind && record) {
        kind.addEventListener('change', function () {
            var option = kind.options[kind.selectedIndex];
            record.dataset.lookup = option.dataset.lookup;
            record.value = '';
        });
    }
}());
