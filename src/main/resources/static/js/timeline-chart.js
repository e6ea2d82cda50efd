/*
 * Draws each [data-chart-source] element as a zoomable timeline with one swimlane per
 * organization, from the JSON the attribute points to. A day is drawn as a point; a month-only or
 * year-only date as a bar across the whole month or year, so a coarse date never looks exact.
 * Scroll or use the buttons to zoom, drag to move; each item links to its record.
 */
(function () {
    'use strict';

    var SVG = 'http://www.w3.org/2000/svg';
    var DAY = 86400000;
    var MAX_LANES = 30;
    var LABEL_WIDTH = 190;
    var AXIS_HEIGHT = 28;
    var ROW_HEIGHT = 16;
    var LANE_PADDING = 8;
    var MIN_TICK_GAP = 80;
    var text = window.RecordText.text;
    var day = window.RecordText.day;
    var formatDate = window.RecordText.formatDate;
    var locale = window.RecordText.locale;

    function element(tag, attributes, parent) {
        var node = document.createElementNS(SVG, tag);
        Object.keys(attributes || {}).forEach(function (name) {
            node.setAttribute(name, attributes[name]);
        });
        if (parent) {
            parent.appendChild(node);
        }
        return node;
    }

    /** Lanes with the most items first; past MAX_LANES the rest share one lane. */
    function lanesOf(data, container) {
        var counts = {};
        data.items.forEach(function (item) {
            (item.lanes.length ? item.lanes : ['']).forEach(function (slug) {
                counts[slug] = (counts[slug] || 0) + 1;
            });
        });
        var lanes = data.lanes.filter(function (lane) { return counts[lane.slug]; }).map(function (lane) {
            return {key: lane.slug, label: text(lane.nameKo, lane.nameEn), url: lane.url, items: []};
        });
        lanes.sort(function (a, b) { return counts[b.key] - counts[a.key] || a.label.localeCompare(b.label); });
        var kept = lanes.slice(0, MAX_LANES);
        var other = null;
        if (lanes.length > MAX_LANES || counts['']) {
            other = {key: '', label: container.dataset.otherText, url: null, items: []};
            kept.push(other);
        }
        var byKey = {};
        kept.forEach(function (lane) { byKey[lane.key] = lane; });
        data.items.forEach(function (item) {
            var placed = {};
            (item.lanes.length ? item.lanes : ['']).forEach(function (slug) {
                var lane = byKey[slug] || other;
                if (lane && !placed[lane.key]) {
                    placed[lane.key] = true;
                    lane.items.push(item);
                }
            });
        });
        return kept;
    }

    /** Puts overlapping items of a lane on rows of their own, so none hides another. */
    function stack(lanes, minimumSpan) {
        lanes.forEach(function (lane) {
            var rowEnds = [];
            lane.rows = 1;
            lane.placed = [];
            lane.items.slice().sort(function (a, b) { return a.from - b.from; }).forEach(function (item) {
                var end = Math.max(item.to, item.from + minimumSpan);
                var row = rowEnds.findIndex(function (rowEnd) { return rowEnd < item.from; });
                if (row < 0) {
                    row = rowEnds.length;
                    rowEnds.push(end);
                } else {
                    rowEnds[row] = end;
                }
                lane.rows = rowEnds.length;
                lane.placed.push({item: item, row: row});
            });
        });
    }

    var TICK_STEPS = [
        {months: 120}, {months: 60}, {months: 24}, {months: 12}, {months: 6}, {months: 3}, {months: 1},
        {days: 7}, {days: 1}
    ];

    function ticks(from, to, width) {
        var span = to - from;
        var step = TICK_STEPS[TICK_STEPS.length - 1];
        for (var i = 0; i < TICK_STEPS.length; i++) {
            var length = TICK_STEPS[i].months ? TICK_STEPS[i].months * 30.44 * DAY : TICK_STEPS[i].days * DAY;
            if (length / span * width < MIN_TICK_GAP) {
                break;
            }
            step = TICK_STEPS[i];
        }
        var start = new Date(from);
        var cursor;
        if (step.months) {
            var months = start.getUTCFullYear() * 12 + start.getUTCMonth();
            months = Math.ceil(months / step.months) * step.months;
            cursor = Date.UTC(Math.floor(months / 12), months % 12, 1);
        } else {
            cursor = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate() + 1);
        }
        var options = step.months >= 12 ? {year: 'numeric'}
            : step.months ? {year: 'numeric', month: 'short'} : {month: 'short', day: 'numeric'};
        var format = new Intl.DateTimeFormat(locale, Object.assign({timeZone: 'UTC'}, options));
        var result = [];
        while (cursor <= to && result.length < 200) {
            result.push({at: cursor, label: format.format(new Date(cursor))});
            var next = new Date(cursor);
            cursor = step.months ? Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + step.months, 1)
                : cursor + step.days * DAY;
        }
        return result;
    }

    function draw(container, data) {
        var canvas = container.querySelector('.timeline-chart-canvas');
        var status = container.querySelector('.timeline-chart-status');
        var hint = status.textContent;
        data.items.forEach(function (item) {
            item.from = day(item.start);
            item.to = day(item.end) + DAY;
        });
        var first = Math.min.apply(null, data.items.map(function (item) { return item.from; }));
        var last = Math.max.apply(null, data.items.map(function (item) { return item.to; }));
        var margin = Math.max((last - first) * 0.03, 20 * DAY);
        var full = {from: first - margin, to: last + margin};
        var view = {from: full.from, to: full.to};
        var lanes = lanesOf(data, container);
        stack(lanes, (full.to - full.from) / 90);

        var height = AXIS_HEIGHT;
        lanes.forEach(function (lane) {
            lane.top = height;
            lane.height = lane.rows * ROW_HEIGHT + LANE_PADDING * 2;
            height += lane.height;
        });

        var chart = element('svg', {'class': 'timeline-chart-svg', height: height, role: 'group',
            'aria-label': container.dataset.chartLabel});
        canvas.appendChild(chart);

        function render() {
            var width = canvas.clientWidth;
            var plotWidth = Math.max(width - LABEL_WIDTH - 10, 100);
            chart.setAttribute('width', width);
            chart.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
            while (chart.firstChild) {
                chart.removeChild(chart.firstChild);
            }
            function x(time) {
                return LABEL_WIDTH + (time - view.from) / (view.to - view.from) * plotWidth;
            }
            var clip = element('clipPath', {id: container.id + '-plot'}, element('defs', {}, chart));
            element('rect', {x: LABEL_WIDTH, y: 0, width: plotWidth, height: height}, clip);

            lanes.forEach(function (lane, index) {
                element('rect', {'class': 'lane' + (index % 2 ? ' lane-odd' : ''), x: 0, y: lane.top, width: width,
                    height: lane.height}, chart);
                var label = element('text', {'class': 'lane-label', x: 8, y: lane.top + lane.height / 2 + 4}, null);
                label.textContent = lane.label.length > 24 ? lane.label.slice(0, 23) + '…' : lane.label;
                if (lane.url) {
                    var link = element('a', {href: lane.url}, chart);
                    element('title', {}, link).textContent = lane.label;
                    link.appendChild(label);
                } else {
                    chart.appendChild(label);
                }
            });

            var plot = element('g', {'clip-path': 'url(#' + container.id + '-plot)'}, chart);
            ticks(view.from, view.to, plotWidth).forEach(function (tick) {
                var at = x(tick.at);
                if (at < LABEL_WIDTH) {
                    return;
                }
                element('line', {'class': 'tick', x1: at, x2: at, y1: AXIS_HEIGHT - 6, y2: height}, plot);
                element('text', {'class': 'tick-label', x: at + 3, y: AXIS_HEIGHT - 10}, plot).textContent = tick.label;
            });

            lanes.forEach(function (lane) {
                lane.placed.forEach(function (placed) {
                    var item = placed.item;
                    var middle = lane.top + LANE_PADDING + placed.row * ROW_HEIGHT + ROW_HEIGHT / 2;
                    var link = element('a', {href: item.url, 'class': 'chart-item fact-' + item.factKind.toLowerCase(),
                        'data-precision': item.date.precision}, plot);
                    var description = text(item.titleKo, item.titleEn) + ' — ' + formatDate(item.date) + ' · ' + item.kindLabel;
                    element('title', {}, link).textContent = description;
                    if (item.date.precision === 'DAY') {
                        element('circle', {cx: x(item.from + DAY / 2), cy: middle, r: 5}, link);
                    } else {
                        var left = x(item.from);
                        element('rect', {x: left, y: middle - 5, width: Math.max(x(item.to) - left, 4), height: 10, rx: 3}, link);
                    }
                    link.addEventListener('mouseenter', function () { status.textContent = description; });
                    link.addEventListener('focus', function () { status.textContent = description; });
                    link.addEventListener('mouseleave', function () { status.textContent = hint; });
                });
            });
        }

        function zoom(factor, anchor) {
            var span = view.to - view.from;
            var fullSpan = full.to - full.from;
            var newSpan = Math.min(Math.max(span * factor, 14 * DAY), fullSpan * 3);
            var at = anchor === undefined ? view.from + span / 2 : anchor;
            var share = (at - view.from) / span;
            view.from = at - newSpan * share;
            view.to = view.from + newSpan;
            render();
        }

        function timeAt(clientX) {
            var box = chart.getBoundingClientRect();
            var plotWidth = Math.max(box.width - LABEL_WIDTH - 10, 100);
            return view.from + (clientX - box.left - LABEL_WIDTH) / plotWidth * (view.to - view.from);
        }

        chart.addEventListener('wheel', function (event) {
            event.preventDefault();
            zoom(Math.exp(event.deltaY * 0.0015), timeAt(event.clientX));
        }, {passive: false});

        var drag = null;
        chart.addEventListener('pointerdown', function (event) {
            if (event.target.closest('a')) {
                return;
            }
            drag = {x: event.clientX, from: view.from, to: view.to};
            chart.setPointerCapture(event.pointerId);
            chart.classList.add('dragging');
        });
        chart.addEventListener('pointermove', function (event) {
            if (!drag) {
                return;
            }
            var plotWidth = Math.max(chart.getBoundingClientRect().width - LABEL_WIDTH - 10, 100);
            var shift = (event.clientX - drag.x) / plotWidth * (drag.to - drag.from);
            view.from = drag.from - shift;
            view.to = drag.to - shift;
            render();
        });
        ['pointerup', 'pointercancel'].forEach(function (type) {
            chart.addEventListener(type, function () {
                drag = null;
                chart.classList.remove('dragging');
            });
        });

        container.querySelector('[data-zoom="in"]').addEventListener('click', function () { zoom(0.5); });
        container.querySelector('[data-zoom="out"]').addEventListener('click', function () { zoom(2); });
        container.querySelector('[data-zoom="reset"]').addEventListener('click', function () {
            view.from = full.from;
            view.to = full.to;
            render();
        });
        window.addEventListener('resize', render);

        render();
        if (data.total > data.shown) {
            var note = container.querySelector('.timeline-chart-note');
            note.textContent = window.RecordText.fill(container.dataset.truncatedText, [data.shown, data.total]);
            note.hidden = false;
        }
        container.chartView = view;
        container.dataset.lanes = lanes.map(function (lane) { return lane.key; }).join(' ');
        container.dataset.state = 'ready';
    }

    Array.prototype.forEach.call(document.querySelectorAll('[data-chart-source]'), function (container) {
        window.RecordText.getJson(container.dataset.chartSource)
            .then(function (data) {
                if (!data.items.length) {
                    container.dataset.state = 'empty';
                    container.querySelector('.timeline-chart-status').textContent = container.dataset.emptyText;
                    return;
                }
                draw(container, data);
            })
            .catch(function () {
                container.dataset.state = 'failed';
                container.querySelector('.timeline-chart-status').textContent = container.dataset.failedText;
            });
    });
}());
