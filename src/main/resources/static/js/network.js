/*
 * Draws each [data-network-source] element as a network graph with Cytoscape.js, from the JSON the
 * attribute points to. Nodes are organizations, sized by their number of agreements and coloured
 * by kind (the colours come from the legend's CSS, so the legend and the graph cannot disagree);
 * edges join organizations that made agreements together, thicker for more, and say how many on
 * hover. The server has already bounded and ranked the graph. Clicking a node opens its page.
 */
(function () {
    'use strict';

    var text = window.RecordText.text;
    var fill = window.RecordText.fill;

    /** Shows the legend entries of the kinds present, and returns each kind's colour as the legend draws it. */
    function kindColours(container, nodes) {
        var present = {};
        nodes.forEach(function (node) { present[node.kind] = true; });
        var colours = {};
        var entries = container.parentElement.querySelectorAll('.network-legend [data-kind]');
        Array.prototype.forEach.call(entries, function (entry) {
            var kind = entry.dataset.kind;
            entry.hidden = !present[kind];
            colours[kind] = getComputedStyle(entry.querySelector('.kind-swatch')).backgroundColor;
        });
        return colours;
    }

    function largest(items, field) {
        return items.reduce(function (most, item) { return Math.max(most, item[field]); }, 1);
    }

    function elements(data, container, colours, focus) {
        var names = {};
        var mostAgreements = largest(data.nodes, 'agreements');
        var heaviest = largest(data.edges, 'agreementCount');
        var nodes = data.nodes.map(function (node) {
            names[node.slug] = text(node.nameKo, node.nameEn);
            return {
                data: {
                    id: node.slug,
                    label: names[node.slug],
                    agreements: node.agreements,
                    url: node.url,
                    colour: colours[node.kind] || '#888',
                    // Relative to the largest, so that one hub of thousands of agreements does not fill the picture.
                    size: 18 + 42 * Math.sqrt(node.agreements / mostAgreements),
                    focus: focus.indexOf(node.slug) >= 0 ? 1 : 0
                }
            };
        });
        var edges = data.edges.map(function (edge) {
            return {
                data: {
                    id: edge.source + '~' + edge.target,
                    source: edge.source,
                    target: edge.target,
                    label: fill(container.dataset.edgeText, [names[edge.source], names[edge.target], edge.agreementCount]),
                    width: 1 + 7 * Math.sqrt(edge.agreementCount / heaviest),
                    // As of a day: every agreement of the edge only possibly in force then.
                    uncertain: edge.uncertainAgreements > 0 && edge.uncertainAgreements === edge.agreementCount ? 1 : 0
                }
            };
        });
        return nodes.concat(edges);
    }

    var style = [
        {selector: 'node', style: {
            'background-color': 'data(colour)', 'width': 'data(size)', 'height': 'data(size)',
            'label': 'data(label)', 'font-size': 13, 'color': '#1f2933', 'text-valign': 'bottom',
            'text-margin-y': 4, 'text-wrap': 'wrap', 'text-max-width': 110,
            'border-width': 1, 'border-color': '#ffffff'}},
        {selector: 'node[focus = 1]', style: {'border-width': 3, 'border-color': '#1f2933'}},
        {selector: 'node.hover', style: {'border-width': 3, 'border-color': '#0b5cad'}},
        {selector: 'edge', style: {
            'width': 'data(width)', 'line-color': '#9aa5b1', 'curve-style': 'bezier', 'opacity': 0.8}},
        {selector: 'edge[uncertain = 1]', style: {'line-style': 'dashed', 'opacity': 0.6}},
        {selector: 'edge.hover', style: {
            'line-color': '#0b5cad', 'opacity': 1, 'label': 'data(label)', 'font-size': 10,
            'text-wrap': 'wrap', 'text-max-width': 260, 'text-background-color': '#ffffff',
            'text-background-opacity': 0.92, 'text-background-padding': 3, 'z-index': 10}}
    ];

    var LAYOUT = {name: 'cose', animate: false, padding: 30, nodeDimensionsIncludeLabels: true, randomize: false,
        nodeRepulsion: function () { return 9000; }, idealEdgeLength: function () { return 90; }};
    // Fitting a handful of nodes would blow them up; past this zoom the graph is centred instead.
    var LARGEST_FITTED_ZOOM = 1.6;

    function draw(container, data) {
        var status = container.parentElement.querySelector('.network-status');
        var hint = status ? status.textContent : '';
        var source = new URL(container.dataset.networkSource, window.location.href).searchParams;
        // The centre may have been typed as a name; the page names its node by slug.
        var focus = source.getAll('partner').concat(source.getAll('centre'))
            .concat(container.dataset.focus ? [container.dataset.focus] : []);
        var cy = cytoscape({
            container: container,
            elements: elements(data, container, kindColours(container, data.nodes), focus),
            style: style,
            layout: LAYOUT,
            wheelSensitivity: 0.3,
            minZoom: 0.2,
            maxZoom: 4
        });
        if (cy.zoom() > LARGEST_FITTED_ZOOM) {
            cy.zoom(LARGEST_FITTED_ZOOM);
            cy.center();
        }
        function say(message) {
            if (status) {
                status.textContent = message;
            }
        }
        cy.on('mouseover', 'edge', function (event) {
            event.target.addClass('hover');
            say(event.target.data('label'));
        });
        cy.on('mouseout', 'edge', function (event) {
            event.target.removeClass('hover');
            say(hint);
        });
        cy.on('mouseover', 'node', function (event) {
            event.target.addClass('hover');
            container.classList.add('pointing');
            say(fill(container.dataset.nodeText, [event.target.data('label'), event.target.data('agreements')]));
        });
        cy.on('mouseout', 'node', function (event) {
            event.target.removeClass('hover');
            container.classList.remove('pointing');
            say(hint);
        });
        cy.on('tap', 'node', function (event) {
            window.location.assign(event.target.data('url'));
        });
        container.graph = cy;
        container.dataset.nodes = data.nodes.map(function (node) { return node.slug; }).join(' ');
        container.dataset.state = 'ready';
    }

    Array.prototype.forEach.call(document.querySelectorAll('[data-network-source]'), function (container) {
        container.closest('.network-chart').hidden = false;
        window.RecordText.getJson(container.dataset.networkSource)
            .then(function (data) { draw(container, data); })
            .catch(function () {
                container.dataset.state = 'failed';
                container.textContent = container.dataset.failedText;
            });
    });
}());
