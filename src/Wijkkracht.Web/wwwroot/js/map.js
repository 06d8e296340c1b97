// Map islands for observations (issue 10). Progressive enhancement: without this script (or without Leaflet) the
// page shows the grid and the list, and the form takes coordinates as numbers. With no tiles reachable the map still
// shows the area boundary and the points on a plain background. Colours per group come from content/observations.yaml.
(function () {
    'use strict';
    var KIND_COLOURS = { Kracht: '#1b5e20', Klacht: '#b3261e', none: '#555555' };

    function parse(text) {
        if (!text) { return null; }
        try { return JSON.parse(text); } catch (e) { return null; }
    }

    function baseMap(island) {
        var canvas = island.querySelector('.wk-map__canvas');
        var map = L.map(canvas, { scrollWheelZoom: false });
        var tiles = island.getAttribute('data-tile-url');
        if (tiles) {
            L.tileLayer(tiles, { maxZoom: 19, attribution: island.getAttribute('data-attribution') || '' }).addTo(map);
        }
        var boundary = parse(island.getAttribute('data-boundary'));
        var bounds = null;
        if (boundary) {
            var layer = L.geoJSON(boundary, { style: { color: '#0b4f8a', weight: 2, fill: false } }).addTo(map);
            bounds = layer.getBounds();
        }
        return { map: map, bounds: bounds };
    }

    function fit(map, bounds) {
        if (bounds && bounds.isValid()) { map.fitBounds(bounds, { padding: [16, 16], maxZoom: 17 }); }
        else { map.setView([52.15517, 5.38721], 7); }
    }

    // The points come inline (a small selection) or from data-source (the observations page fetches its GeoJSON, so
    // the page itself stays light with thousands of points).
    function showIsland(island) {
        var source = island.getAttribute('data-source');
        if (source && window.fetch) {
            fetch(source, { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } })
                .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
                .then(function (data) { drawIsland(island, data); })
                .catch(function () { island.hidden = true; });
            return;
        }
        drawIsland(island, parse((island.querySelector('.wk-map__data') || {}).textContent) || { features: [] });
    }

    function drawIsland(island, data) {
        var base = baseMap(island);
        var map = base.map;
        var groups = parse(island.getAttribute('data-groups')) || {};
        var legend = island.querySelector('.wk-map__legend');
        var cluster = L.markerClusterGroup ? L.markerClusterGroup({ maxClusterRadius: 40 }) : L.layerGroup();
        map.addLayer(cluster);

        function colourOf(feature, mode) {
            var p = feature.properties || {};
            if (mode === 'soort') { return KIND_COLOURS[p.kind] || KIND_COLOURS.none; }
            var first = (p.groups || [])[0];
            return first && groups[first.category] ? groups[first.category].color : KIND_COLOURS.none;
        }

        function draw(mode) {
            cluster.clearLayers();
            var pointBounds = L.latLngBounds([]);
            (data.features || []).forEach(function (f) {
                var c = f.geometry.coordinates;
                var ll = L.latLng(c[1], c[0]);
                pointBounds.extend(ll);
                var p = f.properties || {};
                var label = p.label || p.observedOn + ' ' + p.observedAt + (p.placeName ? ', ' + p.placeName : '') +
                    ((p.groups || []).length ? ': ' + p.groups.map(function (g) { return g.label; }).join(', ') : '');
                var marker = L.circleMarker(ll, { radius: 8, color: '#1a1a1a', weight: 1, fillColor: colourOf(f, mode), fillOpacity: 0.9 });
                var content = document.createElement('span');
                if (p.url) {
                    var a = document.createElement('a');
                    a.href = p.url;
                    a.textContent = label;
                    content.appendChild(a);
                } else { content.textContent = label; }
                marker.bindPopup(content);
                cluster.addLayer(marker);
            });
            legend.textContent = '';
            var entries = mode === 'soort'
                ? [['Kracht', KIND_COLOURS.Kracht], ['Klacht', KIND_COLOURS.Klacht], ['Geen van beide', KIND_COLOURS.none]]
                : Object.keys(groups).map(function (k) { return [groups[k].label, groups[k].color]; }).concat([['Geen groep', KIND_COLOURS.none]]);
            entries.forEach(function (e) {
                var li = document.createElement('li');
                li.textContent = e[0];
                li.style.setProperty('--wk-dot', e[1]);
                legend.appendChild(li);
            });
            return pointBounds;
        }

        var pointBounds = draw('groep');
        fit(map, base.bounds || (pointBounds.isValid() ? pointBounds : null));
        island.querySelectorAll('input[name="kleur"]').forEach(function (radio) {
            radio.addEventListener('change', function () { draw(radio.value); });
        });
    }

    function pickIsland(island) {
        var form = island.closest('form');
        var lat = form.querySelector('[name="Input.Latitude"]');
        var lon = form.querySelector('[name="Input.Longitude"]');
        var base = baseMap(island);
        var map = base.map;
        var marker = null;
        function place(ll) {
            if (marker) { marker.setLatLng(ll); } else { marker = L.circleMarker(ll, { radius: 9, color: '#1a1a1a', weight: 2, fillColor: '#0b4f8a', fillOpacity: 0.9 }).addTo(map); }
        }
        var start = lat && lon && lat.value && lon.value ? L.latLng(parseFloat(lat.value), parseFloat(lon.value)) : null;
        if (start) { place(start); map.setView(start, 17); } else { fit(map, base.bounds); }
        map.on('click', function (e) {
            place(e.latlng);
            lat.value = e.latlng.lat.toFixed(6);
            lon.value = e.latlng.lng.toFixed(6);
            lat.dispatchEvent(new Event('change', { bubbles: true }));
        });
    }

    function init() {
        if (typeof L === 'undefined') { return; }
        document.querySelectorAll('[data-wk-map]').forEach(function (island) {
            island.hidden = false;
            try {
                if (island.getAttribute('data-wk-map') === 'pick') { pickIsland(island); } else { showIsland(island); }
            } catch (e) {
                island.hidden = true;
            }
        });
    }

    if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
}());
