/*
 * Type-ahead pickers (templates/fragments/picker.html). Each text field marked data-lookup becomes
 * an ARIA 1.2 combobox: as the user types, a listbox offers the records the look-up API finds, and
 * choosing one (click, or arrow keys and Enter) fills the field with that record's "Label (key)"
 * text, which the server resolves when the form is saved. Without this script the field still
 * takes a typed name or slug.
 */
(function () {
    'use strict';

    var DELAY_MS = 200;
    var LIMIT = 10;
    var MAX_TEXT = 100;
    var counter = 0;

    function enhance(input) {
        if (input.dataset.pickerReady) {
            return;
        }
        input.dataset.pickerReady = 'true';
        counter += 1;
        var listId = (input.id || 'picker-' + counter) + '-options';
        var list = document.createElement('ul');
        list.id = listId;
        list.className = 'picker-list';
        list.setAttribute('role', 'listbox');
        list.hidden = true;
        var label = input.labels && input.labels[0];
        if (label) {
            label.id = label.id || listId + '-label';
            list.setAttribute('aria-labelledby', label.id);
        }
        var status = document.createElement('div');
        status.className = 'visually-hidden';
        status.setAttribute('role', 'status');
        input.parentNode.appendChild(list);
        input.parentNode.appendChild(status);
        // The browser's own suggestions (a datalist for readers without this script) would cover the listbox.
        input.removeAttribute('list');
        input.setAttribute('role', 'combobox');
        input.setAttribute('aria-autocomplete', 'list');
        input.setAttribute('aria-expanded', 'false');
        input.setAttribute('aria-controls', listId);

        var items = [];
        var active = -1;
        var timer = null;
        var pending = null;
        var shownFor = null;

        function isOpen() {
            return !list.hidden;
        }

        function close() {
            list.hidden = true;
            input.setAttribute('aria-expanded', 'false');
            input.removeAttribute('aria-activedescendant');
            active = -1;
        }

        function open() {
            list.hidden = false;
            input.setAttribute('aria-expanded', 'true');
        }

        function option(item, index) {
            var li = document.createElement('li');
            li.id = listId + '-' + index;
            li.setAttribute('role', 'option');
            li.setAttribute('aria-selected', 'false');
            li.dataset.index = String(index);
            var name = document.createElement('span');
            name.className = 'picker-label';
            name.textContent = item.label;
            li.appendChild(name);
            if (item.otherLabel) {
                var other = document.createElement('span');
                other.className = 'picker-other';
                other.lang = document.documentElement.lang === 'ko' ? 'en' : 'ko';
                other.textContent = item.otherLabel;
                li.appendChild(other);
            }
            var detail = document.createElement('span');
            detail.className = 'picker-detail';
            detail.textContent = item.detail ? item.detail + ' · ' + item.key : item.key;
            li.appendChild(detail);
            return li;
        }

        function show(found, text) {
            items = found;
            shownFor = text;
            active = -1;
            list.replaceChildren();
            if (found.length === 0) {
                var empty = document.createElement('li');
                empty.className = 'picker-empty';
                empty.setAttribute('role', 'option');
                empty.setAttribute('aria-disabled', 'true');
                empty.setAttribute('aria-selected', 'false');
                empty.textContent = input.dataset.noMatches || '';
                list.appendChild(empty);
                status.textContent = input.dataset.noMatches || '';
            } else {
                found.forEach(function (item, index) {
                    list.appendChild(option(item, index));
                });
                status.textContent = (input.dataset.count || '{0}').replace('{0}', String(found.length));
            }
            open();
        }

        function highlight(index) {
            active = index;
            Array.prototype.forEach.call(list.querySelectorAll('[role="option"]'), function (li) {
                li.setAttribute('aria-selected', li.dataset.index === String(index) ? 'true' : 'false');
            });
            var chosen = document.getElementById(listId + '-' + index);
            if (chosen) {
                input.setAttribute('aria-activedescendant', chosen.id);
                chosen.scrollIntoView({block: 'nearest'});
            }
        }

        function choose(index) {
            var item = items[index];
            if (!item) {
                return;
            }
            input.value = item.text;
            // A filter form may send the key alone, for a shorter link (filters.js).
            input.dataset.pickedText = item.text;
            input.dataset.pickedKey = item.key;
            shownFor = null;
            close();
            input.dispatchEvent(new Event('change', {bubbles: true}));
        }

        function ask() {
            var text = input.value.trim().slice(0, MAX_TEXT);
            if (pending) {
                pending.abort();
                pending = null;
            }
            if (!text) {
                close();
                return;
            }
            if (text === shownFor) {
                open();
                return;
            }
            var request = new AbortController();
            pending = request;
            var url = input.dataset.lookup + '?limit=' + LIMIT + '&q=' + encodeURIComponent(text);
            fetch(url, {headers: {Accept: 'application/json'}, signal: request.signal, credentials: 'same-origin'})
                .then(function (response) { return response.ok ? response.json() : []; })
                .then(function (found) {
                    if (pending === request && document.activeElement === input) {
                        pending = null;
                        show(Array.isArray(found) ? found : [], text);
                    }
                })
                .catch(function (error) {
                    if (error.name !== 'AbortError' && pending === request) {
                        pending = null;
                        close();
                    }
                });
        }

        input.addEventListener('input', function () {
            clearTimeout(timer);
            timer = setTimeout(ask, DELAY_MS);
        });

        input.addEventListener('keydown', function (event) {
            switch (event.key) {
                case 'ArrowDown':
                    event.preventDefault();
                    if (!isOpen()) {
                        clearTimeout(timer);
                        ask();
                    } else if (items.length > 0) {
                        highlight(Math.min(active + 1, items.length - 1));
                    }
                    break;
                case 'ArrowUp':
                    if (isOpen() && items.length > 0) {
                        event.preventDefault();
                        highlight(Math.max(active - 1, 0));
                    }
                    break;
                case 'Enter':
                    if (isOpen() && active >= 0) {
                        event.preventDefault();
                        choose(active);
                    }
                    break;
                case 'Escape':
                    if (isOpen()) {
                        event.preventDefault();
                        close();
                    }
                    break;
                case 'Tab':
                    close();
                    break;
                default:
                    break;
            }
        });

        input.addEventListener('blur', function () {
            close();
        });

        // Pressing on an option must not take the focus from the field, or the list closes first.
        list.addEventListener('mousedown', function (event) {
            event.preventDefault();
        });
        list.addEventListener('click', function (event) {
            var li = event.target.closest('[role="option"]');
            if (li && li.dataset.index !== undefined) {
                choose(Number(li.dataset.index));
            }
        });
    }

    document.querySelectorAll('input[data-lookup]').forEach(enhance);
    // Rows that forms.js adds later get their picker when first focused.
    document.addEventListener('focusin', function (event) {
        if (event.target.matches && event.target.matches('input[data-lookup]')) {
            enhance(event.target);
        }
    });
}());
