/*
 * The partner search box of a large record: as the user types, the organizations whose name
 * contains the text are offered as suggestions (a datalist), named in the page's language. The
 * form sends the name; the server reads a slug or a name alike, so without this script the box
 * still works for a name typed in full.
 */
(function () {
    'use strict';

    var input = document.getElementById('partner');
    var list = document.getElementById('partner-suggestions');
    if (!input || !list || !input.dataset.suggestions) {
        return;
    }
    var korean = document.documentElement.lang === 'ko';
    var timer = null;
    var asked = '';

    function nameOf(organization) {
        return korean ? (organization.nameKo || organization.nameEn) : (organization.nameEn || organization.nameKo);
    }

    function show(organizations) {
        list.replaceChildren();
        organizations.forEach(function (organization) {
            var option = document.createElement('option');
            option.value = nameOf(organization);
            option.label = organization.slug;
            list.appendChild(option);
        });
    }

    function suggest() {
        var text = input.value.trim();
        if (text.length < 1 || text === asked) {
            return;
        }
        asked = text;
        var url = input.dataset.suggestions + '?size=20&q=' + encodeURIComponent(text);
        fetch(url, {headers: {Accept: 'application/json'}})
            .then(function (response) { return response.ok ? response.json() : {items: []}; })
            .then(function (page) {
                if (asked === text) {
                    show(page.items || []);
                }
            })
            .catch(function () { show([]); });
    }

    input.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(suggest, 150);
    });
}());
