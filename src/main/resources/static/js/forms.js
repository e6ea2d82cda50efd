/*
 * What the admin forms do in the page (templates/fragments/forms.html):
 * - a partial date shows, while the editor types, how the server will save it (2021.03.05 → 2021-03-05);
 * - repeatable rows (parties, attendees, organizations, milestones) are added and removed without a save.
 * Without this script the forms still work: the server reads the date on save, and "Add a row"
 * re-renders the form with one more row and the input kept.
 */
(function () {
    'use strict';

    var DELAY_MS = 250;

    function showReading(input) {
        var target = document.getElementById(input.getAttribute('aria-describedby'));
        if (!target) {
            return;
        }
        var line = target.querySelector('.date-reading-text');
        if (!line) {
            line = document.createElement('span');
            line.className = 'date-reading-text';
            target.insertBefore(line, target.firstChild);
        }
        var text = input.value.trim();
        if (text === '') {
            line.textContent = '';
            return;
        }
        fetch(input.dataset.dateReading + '?text=' + encodeURIComponent(text), {
            headers: {'Accept': 'application/json'},
            credentials: 'same-origin'
        }).then(function (response) {
            return response.ok ? response.json() : null;
        }).then(function (reading) {
            if (!reading || input.value.trim() !== text) {
                return;
            }
            line.textContent = reading.reading || reading.error || '';
            line.classList.toggle('text-danger', !!reading.error);
            input.classList.toggle('is-invalid', !!reading.error);
        }).catch(function () {
            line.textContent = '';
        });
    }

    function watchDate(input) {
        var timer = null;
        input.addEventListener('input', function () {
            clearTimeout(timer);
            timer = setTimeout(function () {
                showReading(input);
            }, DELAY_MS);
        });
        input.addEventListener('change', function () {
            clearTimeout(timer);
            showReading(input);
        });
    }

    /** The row with every index of the list renumbered: name="parties[3].role", id="parties3.role". */
    function renumber(row, list, index) {
        var byName = new RegExp('^' + list + '\\[\\d+\\]');
        var byId = new RegExp('^' + list + '\\d+');
        row.querySelectorAll('[name],[id],[for],[aria-describedby],[aria-controls],[aria-labelledby]').forEach(function (el) {
            ['name', 'id', 'for', 'aria-describedby', 'aria-controls', 'aria-labelledby'].forEach(function (attr) {
                var value = el.getAttribute(attr);
                if (value) {
                    el.setAttribute(attr, value.replace(byName, list + '[' + index + ']').replace(byId, list + index));
                }
            });
        });
    }

    function blank(row) {
        row.querySelectorAll('.picker-list, .picker-control [role="status"], .invalid-feedback').forEach(function (el) {
            el.remove();
        });
        row.querySelectorAll('input, select, textarea').forEach(function (field) {
            field.classList.remove('is-invalid');
            ['data-picker-ready', 'role', 'aria-autocomplete', 'aria-expanded', 'aria-controls', 'aria-activedescendant']
                .forEach(function (attr) {
                    field.removeAttribute(attr);
                });
            if (field.type === 'checkbox' || field.type === 'radio') {
                field.checked = false;
            } else if (field.tagName === 'SELECT') {
                field.selectedIndex = 0;
            } else if (field.type !== 'hidden' || field.name.indexOf('_') !== 0) {
                field.value = '';
            }
        });
        return row;
    }

    function nextIndex(fieldset, list) {
        var highest = -1;
        var pattern = new RegExp('^' + list + '\\[(\\d+)\\]');
        fieldset.querySelectorAll('[name]').forEach(function (el) {
            var match = pattern.exec(el.getAttribute('name'));
            if (match) {
                highest = Math.max(highest, Number(match[1]));
            }
        });
        return highest + 1;
    }

    function wireRemove(fieldset, row) {
        var button = row.querySelector('[data-remove-row]');
        if (!button) {
            return;
        }
        button.hidden = false;
        button.addEventListener('click', function () {
            var rows = fieldset.querySelectorAll('[data-row]');
            var focusAfter = fieldset.querySelector('[data-add-row]');
            if (rows.length > 1) {
                row.remove();
            } else {
                blank(row);
            }
            if (focusAfter) {
                focusAfter.focus();
            }
        });
    }

    function enhanceRows(fieldset) {
        var list = fieldset.dataset.rows;
        var rows = fieldset.querySelectorAll('[data-row]');
        if (rows.length === 0) {
            return;
        }
        // Taken before picker.js turns the row's text fields into comboboxes.
        var pattern = blank(rows[rows.length - 1].cloneNode(true));
        rows.forEach(function (row) {
            wireRemove(fieldset, row);
        });
        var add = fieldset.querySelector('[data-add-row]');
        if (!add) {
            return;
        }
        add.addEventListener('click', function (event) {
            event.preventDefault();
            var row = pattern.cloneNode(true);
            renumber(row, list, nextIndex(fieldset, list));
            add.parentNode.insertBefore(row, add);
            wireRemove(fieldset, row);
            var first = row.querySelector('input:not([type="hidden"]), select');
            if (first) {
                first.focus();
            }
        });
    }

    /** Fills the key from the names while the editor has not typed a key of their own. */
    function proposeSlug(input) {
        var form = input.form;
        var names = ['nameEn', 'nameKo'].map(function (name) {
            return form.elements.namedItem(name);
        }).filter(Boolean);
        var proposed = input.value === '' ? '' : null;
        var timer = null;
        input.addEventListener('input', function () {
            proposed = input.value === '' ? '' : null;
        });
        names.forEach(function (name) {
            name.addEventListener('input', function () {
                if (proposed === null || input.value !== proposed) {
                    return;
                }
                clearTimeout(timer);
                timer = setTimeout(function () {
                    var url = new URL(input.dataset.slugProposal, window.location.href);
                    names.forEach(function (field) {
                        url.searchParams.set(field.name, field.value);
                    });
                    fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
                        .then(function (response) {
                            return response.ok ? response.json() : null;
                        })
                        .then(function (answer) {
                            if (answer && input.value === proposed) {
                                input.value = answer.slug;
                                proposed = answer.slug;
                            }
                        })
                        .catch(function () {
                        });
                }, DELAY_MS);
            });
        });
    }

    document.querySelectorAll('input[data-date-reading]').forEach(watchDate);
    document.querySelectorAll('input[data-slug-proposal]').forEach(proposeSlug);
    document.querySelectorAll('fieldset[data-rows]').forEach(enhanceRows);
}());
