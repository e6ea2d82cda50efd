/*
 * What the page scripts share to show the record as the pages do: the interface language, a
 * bilingual text in it (falling back to the other language), a partial date at its own precision
 * ({date: "2020-07", precision: "MONTH"} is "July 2020" or "2020년 7월"), a message from the page
 * with its {0}, {1} filled in, and the JSON a picture is drawn from.
 */
window.RecordText = (function () {
    'use strict';

    var language = document.documentElement.lang === 'ko' ? 'ko' : 'en';
    // en-GB writes "10 September 2020", as the pages do.
    var locale = language === 'ko' ? 'ko-KR' : 'en-GB';

    function text(ko, en) {
        return language === 'ko' ? (ko || en || '') : (en || ko || '');
    }

    /** Milliseconds since the epoch of the first day of an ISO year, year-month or date, in UTC. */
    function day(iso) {
        var parts = iso.split('-').map(Number);
        return Date.UTC(parts[0], (parts[1] || 1) - 1, parts[2] || 1);
    }

    function formatDate(date) {
        if (!date) {
            return '';
        }
        var options = {timeZone: 'UTC', year: 'numeric'};
        if (date.precision !== 'YEAR') {
            options.month = 'long';
        }
        if (date.precision === 'DAY') {
            options.day = 'numeric';
        }
        return new Intl.DateTimeFormat(locale, options).format(new Date(day(date.date)));
    }

    /** The pattern with each {n} replaced by values[n]. */
    function fill(pattern, values) {
        return pattern.replace(/\{(\d+)\}/g, function (match, index) {
            return values[Number(index)];
        });
    }

    /** The JSON at the address; a response other than 2xx is a failure. */
    function getJson(url) {
        return fetch(url, {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error('HTTP ' + response.status);
                }
                return response.json();
            });
    }

    return {language: language, locale: locale, text: text, day: day, formatDate: formatDate, fill: fill, getJson: getJson};
}());
