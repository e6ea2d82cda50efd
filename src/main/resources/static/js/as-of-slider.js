/*
 * The network's date slider (templates/fragments/as-of.html): moving the year sets the "as of" day to
 * the same day and month of that year (the last day of the year when none is set) and shows that year.
 * Without this script the slider stays hidden and the date field and its button do the same.
 */
(function () {
    'use strict';

    function init() {
        var box = document.querySelector('[data-as-of-slider]');
        var form = document.getElementById('as-of-form');
        if (!box || !form) {
            return;
        }
        var range = document.getElementById('as-of-year');
        var shown = document.getElementById('as-of-year-shown');
        var date = document.getElementById('as-of-date');
        box.hidden = false;

        function dayIn(year) {
            var current = /^\d{4}-(\d{2})-(\d{2})$/.exec(date.value);
            var monthDay = current ? current[1] + '-' + current[2] : '12-31';
            if (monthDay === '02-29') {
                monthDay = '02-28';
            }
            return year + '-' + monthDay;
        }

        range.addEventListener('input', function () {
            shown.textContent = range.value;
            date.value = dayIn(range.value);
        });
        range.addEventListener('change', function () {
            date.value = dayIn(range.value);
            form.submit();
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
