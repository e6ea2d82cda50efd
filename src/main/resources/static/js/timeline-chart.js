/*
 * Draws each [data-chart-source] element as a zoomable timeline with one swimlane per
 * organization, from the JSON the attribute points to. A day is drawn as a point; a month-only or
 * year-only date as a bar across the whole month or year, so a coarse date never looks exact.
 *
 * Every entry carries its title under its mark where there is room. Entries that would collide with
 * a label are gathered into a counted badge ("+7"); clicking it zooms in on them. Fully zoomed out,
 * when entries would be gathered so, each lane shows a bar per kind and year with its count.
 * Clicking an entry opens the details panel (a sheet on a phone) instead of leaving the page.
 * On a narrow screen each lane's name sits above its lane and the plot takes the full width.
 */
(function () {
    'use strict';

    var SVG = 'http://www.w3.org/2000/svg';
    var DAY = 86400000;
    var MIN_SPAN = 14 * DAY;
    var MAX_LANES = 30;
    var SIDE_LABEL_WIDTH = 180;
    var NARROW = 640;
    var AXIS_HEIGHT = 30;
    var LANE_NAME_HEIGHT = 20;
    var ROW_HEIGHT = 30;
    var MAX_ROWS = 3;
    var BADGE_WIDTH = 36;
    var BADGE_HEIGHT = 20;
    var YEAR_ROW_HEIGHT = 22;
    var LANE_PADDING = 6;
    var GAP = 8;
    var MIN_TICK_GAP = 80;
    var LABEL_FONT = '12px ';
    var TICK_FONT = '11px ';
    var BAR_FONT = '600 12px ';
    var text = window.RecordText.text;
    var day = window.RecordText.day;
    var formatDate = window.RecordText.formatDate;
    var fill = window.RecordText.fill;
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

    function html(tag, attributes, textContent) {
        var node = document.createElement(tag);
        Object.keys(attributes || {}).forEach(function (name) {
            node.setAttribute(name, attributes[name]);
        });
        if (textContent !== undefined) {
            node.textContent = textContent;
        }
        return node;
    }

    /** Measures text as the chart draws it, so a label is cut to the room it has and never overlaps. */
    function measurer(fontFamily) {
        var context = document.createElement('canvas').getContext('2d');
        var cache = {};
        function width(value, font) {
            var key = font + value;
            if (cache[key] === undefined) {
                context.font = font + fontFamily;
                cache[key] = context.measureText(value).width;
            }
            return cache[key];
        }
        /** The text, cut with an ellipsis where needed to fit maxWidth, and its width. */
        function fit(value, font, maxWidth) {
            var full = width(value, font);
            if (full <= maxWidth) {
                return {text: value, width: full};
            }
            var low = 0;
            var high = value.length;
            while (low < high) {
                var middle = Math.ceil((low + high) / 2);
                if (width(value.slice(0, middle) + '…', font) <= maxWidth) {
                    low = middle;
                } else {
                    high = middle - 1;
                }
            }
            var cut = value.slice(0, low).trim() + '…';
            return {text: cut, width: width(cut, font)};
        }
        return {width: width, fit: fit};
    }

    /** The lanes that have items, ordered by number of items or by name; past MAX_LANES the rest share one lane. */
    function lanesOf(data, container, order) {
        var counts = {};
        data.items.forEach(function (item) {
            (item.lanes.length ? item.lanes : ['']).forEach(function (slug) {
                counts[slug] = (counts[slug] || 0) + 1;
            });
        });
        var lanes = data.lanes.filter(function (lane) { return counts[lane.slug]; }).map(function (lane) {
            return {key: lane.slug, label: text(lane.nameKo, lane.nameEn), url: lane.url, items: [], count: counts[lane.slug]};
        });
        // The busiest lanes are kept whatever the order, then the kept ones are put in the reader's order.
        lanes.sort(function (a, b) { return b.count - a.count || a.label.localeCompare(b.label, locale); });
        var kept = lanes.slice(0, MAX_LANES);
        if (order === 'name') {
            kept.sort(function (a, b) { return a.label.localeCompare(b.label, locale); });
        }
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
        kept.forEach(function (lane) {
            lane.items.sort(function (a, b) { return a.from - b.from || a.to - b.to; });
        });
        return kept;
    }

    var TICK_STEPS = [
        {months: 120}, {months: 60}, {months: 24}, {months: 12}, {months: 6}, {months: 3}, {months: 1},
        {days: 7}, {days: 1}
    ];

    function ticks(from, to, width) {
        var span = to - from;
        var step = TICK_STEPS[0];
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

    /**
     * Places a lane's items in rows, each with its label under its mark, at the current scale. An item
     * whose label has no free row joins the badge of its neighbours, or starts one where a badge fits.
     */
    function layOut(lane, scale, measure) {
        var rowEnds = [];
        var placed = [];
        var clusters = [];
        lane.items.forEach(function (item) {
            var right = scale.x(item.to);
            var left = scale.x(item.from);
            if (right < scale.left || left > scale.right) {
                return;
            }
            var centre = scale.x(item.from + DAY / 2);
            var start = Math.max(item.point ? centre - 5 : left, scale.left);
            var markEnd = item.point ? centre + 5 : Math.min(right, scale.right);
            var roomForLabel = Math.min(scale.maxLabel, scale.right - start);
            var row = rowEnds.findIndex(function (end) { return end + GAP <= start; });
            if (row < 0 && rowEnds.length < MAX_ROWS) {
                row = rowEnds.length;
            }
            var label = row >= 0 && roomForLabel >= 40 ? measure.fit(item.title, LABEL_FONT, roomForLabel) : null;
            if (label) {
                rowEnds[row] = Math.max(markEnd, start + label.width);
                placed.push({item: item, row: row, start: start, label: label.text});
                return;
            }
            var last = clusters[clusters.length - 1];
            if (last && start <= last.x + BADGE_WIDTH + GAP) {
                last.items.push(item);
                last.to = Math.max(last.to, item.to);
            } else {
                clusters.push({x: Math.min(start, scale.right - BADGE_WIDTH), items: [item], from: item.from, to: item.to});
            }
        });
        lane.rows = Math.max(rowEnds.length, 1);
        lane.placed = placed;
        lane.clusters = clusters;
        lane.height = LANE_PADDING * 2 + lane.rows * ROW_HEIGHT + (clusters.length ? BADGE_HEIGHT + 4 : 0);
    }

    /** A lane's items as one bar per kind of entry and year: [{year, kind, kindLabel, count, row, rows}]. */
    function yearBars(lane) {
        var byKey = {};
        var kinds = [];
        lane.items.forEach(function (item) {
            var year = new Date(item.from).getUTCFullYear();
            var key = item.kindLabel + year;
            if (kinds.indexOf(item.kindLabel) < 0) {
                kinds.push(item.kindLabel);
            }
            if (!byKey[key]) {
                byKey[key] = {year: year, kind: item.factKind, kindLabel: item.kindLabel, count: 0, items: []};
            }
            byKey[key].count++;
            byKey[key].items.push(item);
        });
        kinds.sort(function (a, b) { return a.localeCompare(b, locale); });
        return Object.keys(byKey).map(function (key) {
            var bar = byKey[key];
            bar.row = kinds.indexOf(bar.kindLabel);
            return bar;
        }).sort(function (a, b) { return a.year - b.year || a.row - b.row; })
            .map(function (bar) { bar.rows = kinds.length; return bar; });
    }

    function draw(container, data) {
        var canvas = container.querySelector('.timeline-chart-canvas');
        var status = container.querySelector('.timeline-chart-status');
        var hint = status.textContent;
        var orderControl = container.querySelector('[data-lane-order]');
        var measure = measurer(window.getComputedStyle(canvas).fontFamily);
        var lanesBySlug = {};
        data.lanes.forEach(function (lane) { lanesBySlug[lane.slug] = lane; });
        data.items.forEach(function (item) {
            item.from = day(item.start);
            item.to = day(item.end) + DAY;
            item.point = item.date.precision === 'DAY';
            item.title = text(item.titleKo, item.titleEn);
        });
        var first = Math.min.apply(null, data.items.map(function (item) { return item.from; }));
        var last = Math.max.apply(null, data.items.map(function (item) { return item.to; }));
        var margin = Math.max((last - first) * 0.03, 20 * DAY);
        var full = {from: first - margin, to: last + margin};
        if (last - first > 2 * 365 * DAY) {
            // Over several years, whole years are shown, so the first year's bars have their year on the axis.
            full.from = Math.min(full.from, Date.UTC(new Date(first).getUTCFullYear(), 0, 1) - 10 * DAY);
        }
        var view = {from: full.from, to: full.to};
        var lanes = lanesOf(data, container, orderControl.value);
        var details = detailsPanel(container, lanesBySlug, function (item) { showItem(item); });

        var chart = element('svg', {'class': 'timeline-chart-svg', role: 'group', 'aria-label': container.dataset.chartLabel});
        canvas.appendChild(chart);

        function geometry() {
            var width = canvas.clientWidth;
            var narrow = width < NARROW;
            var left = narrow ? 0 : SIDE_LABEL_WIDTH;
            var right = width - 8;
            return {
                width: width, narrow: narrow, left: left, right: right,
                maxLabel: narrow ? 140 : 200,
                x: function (time) { return left + (time - view.from) / (view.to - view.from) * (right - left); }
            };
        }

        function atFullZoomOut() {
            return view.to - view.from >= (full.to - full.from) * 0.98;
        }

        function render() {
            var scale = geometry();
            lanes.forEach(function (lane) { layOut(lane, scale, measure); });
            var crowded = lanes.some(function (lane) { return lane.clusters.length > 0; });
            // Year bars summarise several years; a record within a year or two reads better as its badges.
            var mode = atFullZoomOut() && crowded && full.to - full.from > 2.5 * 365 * DAY ? 'years' : 'items';
            var height = AXIS_HEIGHT;
            lanes.forEach(function (lane) {
                lane.top = height;
                if (mode === 'years') {
                    lane.bars = yearBars(lane);
                    lane.height = LANE_PADDING * 2 + (lane.bars.length ? lane.bars[0].rows : 1) * YEAR_ROW_HEIGHT;
                }
                lane.plotTop = lane.top + (scale.narrow ? LANE_NAME_HEIGHT : 0);
                height += lane.height + (scale.narrow ? LANE_NAME_HEIGHT : 0);
            });
            height += 4;

            while (chart.firstChild) {
                chart.removeChild(chart.firstChild);
            }
            chart.setAttribute('width', scale.width);
            chart.setAttribute('height', height);
            chart.setAttribute('viewBox', '0 0 ' + scale.width + ' ' + height);
            chart.dataset.plotLeft = scale.left;
            chart.dataset.plotRight = scale.right;
            var clip = element('clipPath', {id: container.id + '-plot'}, element('defs', {}, chart));
            element('rect', {x: scale.left, y: 0, width: scale.right - scale.left, height: height}, clip);

            lanes.forEach(function (lane, index) {
                var laneHeight = lane.height + (scale.narrow ? LANE_NAME_HEIGHT : 0);
                element('rect', {'class': 'lane' + (index % 2 ? ' lane-odd' : ''), x: 0, y: lane.top, width: scale.width,
                    height: laneHeight}, chart);
                var name = scale.narrow ? lane.label : measure.fit(lane.label, LABEL_FONT, SIDE_LABEL_WIDTH - 16).text;
                var label = element('text', {'class': 'lane-label', x: 8,
                    y: scale.narrow ? lane.top + 14 : lane.top + Math.min(laneHeight / 2, 22) + 4}, null);
                label.textContent = name;
                if (lane.url) {
                    var link = element('a', {href: lane.url}, chart);
                    element('title', {}, link).textContent = lane.label;
                    link.appendChild(label);
                } else {
                    chart.appendChild(label);
                }
            });

            var plot = element('g', {'clip-path': 'url(#' + container.id + '-plot)'}, chart);
            ticks(view.from, view.to, scale.right - scale.left).forEach(function (tick) {
                var at = scale.x(tick.at);
                if (at < scale.left || at > scale.right) {
                    return;
                }
                element('line', {'class': 'tick', x1: at, x2: at, y1: AXIS_HEIGHT - 6, y2: height}, plot);
                // A label that would not fit whole inside the plot is left out rather than cut.
                var labelWidth = measure.width(tick.label, TICK_FONT);
                if (at + 3 + labelWidth <= scale.right) {
                    element('text', {'class': 'tick-label', x: at + 3, y: AXIS_HEIGHT - 10}, chart).textContent = tick.label;
                }
            });

            if (mode === 'years') {
                lanes.forEach(function (lane) { drawYearBars(plot, lane, scale); });
                status.textContent = container.dataset.yearsText;
            } else {
                lanes.forEach(function (lane) {
                    lane.placed.forEach(function (placed) { drawItem(plot, lane, placed, scale); });
                    lane.clusters.forEach(function (cluster) { drawCluster(plot, lane, cluster); });
                });
                if (status.textContent === container.dataset.yearsText) {
                    status.textContent = hint;
                }
            }
            container.dataset.mode = mode;
        }

        function drawItem(plot, lane, placed, scale) {
            var item = placed.item;
            var top = lane.plotTop + LANE_PADDING + placed.row * ROW_HEIGHT;
            var link = element('a', {href: item.url, 'class': 'chart-item fact-' + item.factKind.toLowerCase(),
                'data-precision': item.date.precision}, plot);
            var description = item.title + ' — ' + formatDate(item.date) + ' · ' + item.kindLabel;
            element('title', {}, link).textContent = description;
            if (item.point) {
                element('circle', {cx: Math.max(scale.x(item.from + DAY / 2), scale.left + 5), cy: top + 6, r: 5}, link);
            } else {
                var left = Math.max(scale.x(item.from), scale.left - 2);
                var right = Math.min(scale.x(item.to), scale.right + 2);
                element('rect', {x: left, y: top + 1, width: Math.max(right - left, 4), height: 9, rx: 3}, link);
            }
            var label = element('text', {'class': 'chart-label', x: placed.start, y: top + 24}, link);
            label.textContent = placed.label;
            link.addEventListener('click', function (event) {
                event.preventDefault();
                showItem(item);
            });
            link.addEventListener('focus', function () { status.textContent = description; });
        }

        function drawCluster(plot, lane, cluster) {
            var top = lane.plotTop + LANE_PADDING + lane.rows * ROW_HEIGHT + 2;
            var badge = element('g', {'class': 'chart-cluster', role: 'button', tabindex: 0,
                'data-count': cluster.items.length,
                'data-items': cluster.items.map(function (item) { return item.url; }).join(' ')}, plot);
            var label = fill(container.dataset.clusterText, [cluster.items.length]);
            // The accessible name starts with what the badge shows ("+8").
            badge.setAttribute('aria-label', '+' + cluster.items.length + ' ' + label);
            element('title', {}, badge).textContent = label;
            element('rect', {x: cluster.x, y: top, width: BADGE_WIDTH, height: BADGE_HEIGHT, rx: 10}, badge);
            element('text', {x: cluster.x + BADGE_WIDTH / 2, y: top + 14, 'text-anchor': 'middle'}, badge)
                .textContent = '+' + cluster.items.length;
            activate(badge, function () { openCluster(cluster.items, cluster.from, cluster.to); });
        }

        function drawYearBars(plot, lane, scale) {
            lane.bars.forEach(function (bar) {
                var top = lane.plotTop + LANE_PADDING + bar.row * YEAR_ROW_HEIGHT;
                var from = Date.UTC(bar.year, 0, 1);
                var to = Date.UTC(bar.year + 1, 0, 1);
                var left = Math.max(scale.x(from), scale.left) + 1;
                var right = Math.min(scale.x(to), scale.right) - 1;
                var description = fill(container.dataset.yearBarText, [bar.year, bar.count, bar.kindLabel]);
                // The accessible name starts with the whole of what the bar shows, of which its caption may be a cut.
                var group = element('g', {'class': 'chart-year-bar fact-' + bar.kind.toLowerCase(), role: 'button',
                    tabindex: 0, 'data-count': bar.count, 'aria-label': bar.count + ' ' + bar.kindLabel + ' — ' + description}, plot);
                element('title', {}, group).textContent = description;
                element('rect', {x: left, y: top, width: Math.max(right - left, 2), height: YEAR_ROW_HEIGHT - 4, rx: 3}, group);
                var withKind = measure.fit(bar.count + ' ' + bar.kindLabel, BAR_FONT, right - left - 8);
                var caption = withKind.text.length >= String(bar.count).length + 4 ? withKind.text : String(bar.count);
                element('text', {x: left + 4, y: top + 13, 'aria-hidden': 'true'}, group).textContent = caption;
                activate(group, function () { zoomTo(from, to); });
            });
        }

        function activate(node, action) {
            node.addEventListener('click', action);
            node.addEventListener('keydown', function (event) {
                if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    action();
                }
            });
        }

        function showItem(item) {
            details.showItem(item);
        }

        /** Zooms in on a badge's items; when they cannot be drawn apart any further, lists them instead. */
        function openCluster(items, from, to) {
            var span = Math.max((to - from) * 1.6, MIN_SPAN);
            if (span >= (view.to - view.from) * 0.8) {
                details.showList(items);
                return;
            }
            zoomTo(from - (span - (to - from)) / 2, from - (span - (to - from)) / 2 + span);
        }

        function zoomTo(from, to) {
            view.from = from;
            view.to = Math.max(to, from + MIN_SPAN);
            render();
        }

        function zoom(factor, anchor) {
            var span = view.to - view.from;
            var fullSpan = full.to - full.from;
            var newSpan = Math.min(Math.max(span * factor, MIN_SPAN), fullSpan * 3);
            var at = anchor === undefined ? view.from + span / 2 : anchor;
            var share = (at - view.from) / span;
            view.from = at - newSpan * share;
            view.to = view.from + newSpan;
            render();
        }

        function timeAt(clientX) {
            var scale = geometry();
            var box = chart.getBoundingClientRect();
            return view.from + (clientX - box.left - scale.left) / (scale.right - scale.left) * (view.to - view.from);
        }

        chart.addEventListener('wheel', function (event) {
            event.preventDefault();
            zoom(Math.exp(event.deltaY * 0.0015), timeAt(event.clientX));
        }, {passive: false});

        var drag = null;
        chart.addEventListener('pointerdown', function (event) {
            if (event.target.closest('a, [role=button]')) {
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
            var scale = geometry();
            var shift = (event.clientX - drag.x) / (scale.right - scale.left) * (drag.to - drag.from);
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
            zoomTo(full.from, full.to);
        });
        orderControl.addEventListener('change', function () {
            lanes = lanesOf(data, container, orderControl.value);
            render();
            container.dataset.lanes = lanes.map(function (lane) { return lane.key; }).join(' ');
        });
        var lastWidth = canvas.clientWidth;
        window.addEventListener('resize', function () {
            if (canvas.clientWidth !== lastWidth) {
                lastWidth = canvas.clientWidth;
                render();
            }
        });

        render();
        if (data.total > data.shown) {
            var note = container.querySelector('.timeline-chart-note');
            note.textContent = fill(container.dataset.truncatedText, [data.shown, data.total]);
            note.hidden = false;
        }
        container.chartView = view;
        container.chart = {zoomTo: zoomTo, full: full};
        container.dataset.lanes = lanes.map(function (lane) { return lane.key; }).join(' ');
        document.documentElement.classList.add('timeline-chart-drawn');
        container.dataset.state = 'ready';
    }

    /** The panel (a bottom sheet on a phone) that shows one entry, or the entries of a badge that cannot be drawn apart. */
    function detailsPanel(container, lanesBySlug, onPick) {
        var panel = container.querySelector('.timeline-chart-details');
        var entry = panel.querySelector('.chart-details-entry');
        var cluster = panel.querySelector('.chart-details-cluster');
        var precisions = {DAY: container.dataset.precisionDay, MONTH: container.dataset.precisionMonth,
            YEAR: container.dataset.precisionYear};
        var opener = null;

        function open() {
            opener = document.activeElement;
            panel.hidden = false;
            panel.focus({preventScroll: true});
        }

        function close() {
            panel.hidden = true;
            if (opener && opener.focus && document.contains(opener)) {
                opener.focus({preventScroll: true});
            }
        }

        function fillList(list, nodes) {
            while (list.firstChild) {
                list.removeChild(list.firstChild);
            }
            nodes.forEach(function (node) {
                var row = html('li');
                row.appendChild(node);
                list.appendChild(row);
            });
        }

        function showItem(item) {
            entry.hidden = false;
            cluster.hidden = true;
            panel.querySelector('.chart-details-title').textContent = item.title;
            var detail = text(item.detailKo, item.detailEn);
            var detailNode = panel.querySelector('.chart-details-detail');
            detailNode.textContent = detail;
            detailNode.hidden = !detail;
            panel.querySelector('.chart-details-date').textContent = formatDate(item.date);
            panel.querySelector('.chart-details-precision').textContent = precisions[item.date.precision]
                + (item.date.inferred ? ' · ' + container.dataset.inferredText : '');
            panel.querySelector('.chart-details-precision').dataset.precision = item.date.precision;
            panel.querySelector('.chart-details-kind').textContent = item.kindLabel;
            fillList(panel.querySelector('.chart-details-parties'), item.lanes.map(function (slug) {
                var lane = lanesBySlug[slug];
                return html('a', {href: lane.url}, text(lane.nameKo, lane.nameEn));
            }));
            var sources = panel.querySelector('.chart-details-sources');
            fillList(sources, item.sources.length ? item.sources.map(function (source) {
                var headline = text(source.headlineKo, source.headlineEn);
                var published = formatDate(source.published);
                return html('a', {href: source.url}, [source.publisher, headline].filter(Boolean).join(': ')
                    + (published ? ' (' + published + ')' : ''));
            }) : [html('span', {}, sources.dataset.noneText)]);
            panel.querySelector('.chart-details-link').setAttribute('href', item.url);
            open();
        }

        function showList(items) {
            entry.hidden = true;
            cluster.hidden = false;
            fillList(panel.querySelector('.chart-details-items'), items.map(function (item) {
                var link = html('a', {href: item.url}, formatDate(item.date) + ' · ' + item.title);
                link.addEventListener('click', function (event) {
                    event.preventDefault();
                    onPick(item);
                });
                return link;
            }));
            open();
        }

        panel.querySelector('[data-details-close]').addEventListener('click', close);
        panel.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                close();
            }
        });
        return {showItem: showItem, showList: showList};
    }

    Array.prototype.forEach.call(document.querySelectorAll('[data-chart-source]'), function (container) {
        container.hidden = false;
        window.RecordText.getJson(container.dataset.chartSource)
            .then(function (data) {
                if (!data.items.length) {
                    container.dataset.state = 'empty';
                    container.querySelector('.timeline-chart-status').textContent = container.dataset.emptyText;
                    return;
                }
                draw(container, data);
            })
            .catch(function (error) {
                container.dataset.state = 'failed';
                container.querySelector('.timeline-chart-status').textContent = container.dataset.failedText;
                if (window.console) {
                    window.console.error(error);
                }
            });
    });
}());
