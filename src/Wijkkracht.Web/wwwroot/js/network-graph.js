// Network picture island (issue 12 §5, progressive enhancement): draws the approach's network (fetched as JSON from the
// page's Graaf handler, on the page's date) with Cytoscape.js and the fCoSE layout. The table below stays the accessible,
// complete view; without JavaScript (or without cytoscape) the island stays hidden and nothing changes. Names become
// canvas text or DOM text nodes, never HTML. After every drawing or filter the island reports what it shows in
// data-nodes / data-edges (the browser tests read them).
const island = document.getElementById('wk-graph');
const cytoscape = window.cytoscape;

const KINDS = {
  Persoon: { colour: '#1f5fa8', shape: 'ellipse', shapeLabel: 'cirkel' },
  Groep: { colour: '#1b6e2b', shape: 'round-rectangle', shapeLabel: 'afgeronde rechthoek' },
  Organisatie: { colour: '#8a4b00', shape: 'rectangle', shapeLabel: 'rechthoek' },
  Netwerk: { colour: '#6a3d9a', shape: 'diamond', shapeLabel: 'ruit' },
};
// Community colours: each at least 3:1 against white (non-text contrast); the legend names every group in text.
const COMMUNITY_COLOURS = ['#1f5fa8', '#1b6e2b', '#a4001c', '#6a3d9a', '#8a4b00', '#00707a', '#b0006e', '#505050', '#3d5a00', '#7a2e00'];
const MEASURES = {
  degree: 'contacten (degree)',
  betweenness: 'tussenpositie (betweenness)',
  closeness: 'nabijheid (closeness)',
  eigenvector: 'goed verbonden (eigenvector)',
};

const $ = (id) => document.getElementById(id);

function communityColour(c) {
  return COMMUNITY_COLOURS[c % COMMUNITY_COLOURS.length];
}

function figure(value) {
  return value.toLocaleString('nl-NL', { minimumFractionDigits: 3, maximumFractionDigits: 3 });
}

// A deterministic start: actors ordered by group and name on a golden-angle spiral, so fCoSE (randomize: false)
// draws the same network the same way every time.
function initialPositions(nodes) {
  const ordered = [...nodes].sort((a, b) => (a.community - b.community) || a.name.localeCompare(b.name, 'nl'));
  const positions = {};
  ordered.forEach((n, i) => {
    const angle = i * 2.399963229728653;
    const radius = 30 * Math.sqrt(i + 1);
    positions[n.actorId] = { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  });
  return positions;
}

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function swatch(item, colour, shape) {
  const s = document.createElement('span');
  s.className = `wk-graph__swatch wk-graph__swatch--${shape}`;
  if (colour) { s.style.backgroundColor = colour; }
  s.setAttribute('aria-hidden', 'true');
  item.appendChild(s);
}

function legendItem(list, text, colour, shape) {
  const li = document.createElement('li');
  swatch(li, colour, shape);
  li.appendChild(document.createTextNode(text));
  list.appendChild(li);
}

function draw(data) {
  const nodesById = new Map(data.nodes.map((n) => [n.actorId, n]));
  const positions = initialPositions(data.nodes);
  const ranges = {};
  Object.keys(MEASURES).forEach((m) => {
    const values = data.nodes.map((n) => n[m]);
    ranges[m] = { min: Math.min(...values), max: Math.max(...values) };
  });
  const colourBy = $('g-kleur');
  const sizeBy = $('g-grootte');
  const roleFilter = $('g-rol');
  const actorPick = $('g-actor');
  const kindBoxes = [...island.querySelectorAll('input[name="g-soort"]')];
  const legend = $('wk-graph-legend');
  const status = $('wk-graph-status');
  const selected = $('wk-graph-selected');
  const actorUrl = island.dataset.actorUrl;

  // Role filter and actor picker options from the data (DOM text, never HTML).
  const roles = new Map();
  data.nodes.forEach((n) => n.roles.forEach((r) => roles.set(r.id, r.label)));
  [...roles.entries()].sort((a, b) => a[1].localeCompare(b[1], 'nl')).forEach(([id, label]) => roleFilter.add(new Option(label, id)));
  roleFilter.disabled = roles.size === 0;
  [...data.nodes].sort((a, b) => a.name.localeCompare(b.name, 'nl')).forEach((n) => actorPick.add(new Option(n.name, n.actorId)));

  island.hidden = false;
  const cy = cytoscape({
    container: $('wk-graph-canvas'),
    elements: [
      ...data.nodes.map((n) => ({ group: 'nodes', data: { id: n.actorId, label: n.name, kind: n.kind }, position: positions[n.actorId], classes: n.cutVertex ? 'cut' : '' })),
      ...data.edges.map((e, i) => ({ group: 'edges', data: { id: `e${i}`, source: e.source, target: e.target }, classes: e.bridge ? 'bridge' : '' })),
    ],
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)', 'font-size': 11, color: '#1a1a1a', 'text-valign': 'bottom', 'text-margin-y': 3,
          'text-outline-color': '#ffffff', 'text-outline-width': 2, 'min-zoomed-font-size': 7,
          'background-color': 'data(colour)', shape: 'data(shape)', width: 'data(size)', height: 'data(size)',
          'border-width': 1, 'border-color': '#ffffff',
        },
      },
      { selector: 'node.cut', style: { 'border-width': 4, 'border-color': '#1a1a1a' } },
      { selector: 'edge', style: { width: 1.5, 'line-color': '#6b6b6b', 'curve-style': 'straight' } },
      { selector: 'edge.bridge', style: { width: 3, 'line-color': '#a4001c', 'line-style': 'dashed' } },
      { selector: '.wk-hidden', style: { display: 'none' } },
      { selector: '.wk-faded', style: { opacity: 0.2 } },
      { selector: 'node.wk-focus', style: { 'border-width': 5, 'border-color': '#ffb612', 'z-index': 10 } },
    ],
    layout: { name: 'preset' },
    minZoom: 0.2,
    maxZoom: 4,
    wheelSensitivity: 0.3,
    boxSelectionEnabled: false,
    autoungrabify: false,
  });

  function paint() {
    const mode = colourBy.value;
    const measure = sizeBy.value;
    const { min, max } = ranges[measure];
    cy.batch(() => cy.nodes().forEach((node) => {
      const n = nodesById.get(node.id());
      const kind = KINDS[n.kind] || KINDS.Persoon;
      node.data('colour', mode === 'community' ? communityColour(n.community) : kind.colour);
      node.data('shape', kind.shape);
      node.data('size', max > min ? 18 + (42 * (n[measure] - min)) / (max - min) : 28);
    }));
    renderLegend();
  }

  function renderLegend() {
    legend.replaceChildren();
    const visible = cy.nodes().not('.wk-hidden').map((node) => nodesById.get(node.id()));
    if (colourBy.value === 'community') {
      const counts = new Map();
      visible.forEach((n) => counts.set(n.community, (counts.get(n.community) || 0) + 1));
      [...counts.keys()].sort((a, b) => a - b).forEach((c) => legendItem(legend, `Groep ${c + 1}: ${counts.get(c)} ${counts.get(c) === 1 ? 'actor' : 'actoren'}`, communityColour(c), 'ellipse'));
      Object.entries(KINDS).forEach(([kind, k]) => legendItem(legend, `Vorm ${k.shapeLabel}: ${kind.toLowerCase()}`, '#ffffff', k.shape));
    } else {
      Object.entries(KINDS).forEach(([kind, k]) => legendItem(legend, `${kind}: ${k.shapeLabel}`, k.colour, k.shape));
    }
    legendItem(legend, `Grootte: ${MEASURES[sizeBy.value]}`, null, 'ellipse');
    legendItem(legend, 'Dikke zwarte rand: scharnierpunt', null, 'thick');
    if (data.edges.length > 0) {
      legendItem(legend, 'Lijn: relatie', null, 'line');
      legendItem(legend, 'Rode stippellijn: brug (het netwerk hangt eraan)', null, 'dashed');
    }
  }

  function report() {
    const nodes = cy.nodes().not('.wk-hidden').length;
    const edges = cy.edges().filter((e) => !e.hasClass('wk-hidden') && !e.source().hasClass('wk-hidden') && !e.target().hasClass('wk-hidden')).length;
    island.dataset.nodes = String(nodes);
    island.dataset.edges = String(edges);
    status.textContent = `${nodes} van ${data.nodes.length} actoren getekend, ${edges} verbindingen.` +
      (data.showsAllActors ? '' : ' U ziet alleen de actoren van wie u de contactpersoon bent, zonder hun relaties.');
  }

  function highlight(id) {
    cy.elements().removeClass('wk-faded wk-focus');
    selected.replaceChildren();
    const node = id ? cy.getElementById(id) : null;
    if (!node || node.empty() || node.hasClass('wk-hidden')) {
      actorPick.value = '';
      return;
    }
    actorPick.value = id;
    const near = node.closedNeighborhood();
    cy.elements().not(near).addClass('wk-faded');
    node.addClass('wk-focus');
    const n = nodesById.get(id);
    const contacts = node.neighborhood('node').not('.wk-hidden').length;
    selected.appendChild(document.createTextNode('Uitgelicht: '));
    const a = document.createElement('a');
    a.className = 'utrecht-link';
    a.href = actorUrl.replace('00000000-0000-0000-0000-000000000000', id);
    a.textContent = n.name;
    selected.appendChild(a);
    selected.appendChild(document.createTextNode(` (${n.kindLabel.toLowerCase()}, groep ${n.community + 1}): ${contacts} directe ${contacts === 1 ? 'contact' : 'contacten'} in de tekening; ` +
      `contacten ${figure(n.degree)}, tussenpositie ${figure(n.betweenness)}${n.cutVertex ? ', scharnierpunt' : ''}.`));
  }

  function filter() {
    const kinds = new Set(kindBoxes.filter((b) => b.checked).map((b) => b.value));
    const role = roleFilter.value;
    cy.batch(() => cy.nodes().forEach((node) => {
      const n = nodesById.get(node.id());
      const show = kinds.has(n.kind) && (!role || n.roles.some((r) => r.id === role));
      node.toggleClass('wk-hidden', !show);
    }));
    highlight(actorPick.value);
    renderLegend();
    report();
  }

  paint();
  const layout = cy.layout({
    name: cytoscape('layout', 'fcose') ? 'fcose' : 'preset',
    quality: 'default',
    randomize: false,
    animate: false,
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: 70,
    nodeRepulsion: 6000,
    packComponents: true,
    fit: true,
    padding: 24,
  });
  layout.one('layoutstop', () => {
    cy.fit(undefined, 24);
    report();
    island.dataset.ready = 'true';
  });
  layout.run();

  colourBy.addEventListener('change', paint);
  sizeBy.addEventListener('change', paint);
  roleFilter.addEventListener('change', filter);
  kindBoxes.forEach((b) => b.addEventListener('change', filter));
  actorPick.addEventListener('change', () => highlight(actorPick.value));
  cy.on('tap', 'node', (e) => highlight(e.target.id()));
  cy.on('tap', (e) => { if (e.target === cy) { highlight(''); } });
  window.addEventListener('resize', () => cy.resize());

  const file = island.dataset.file || 'netwerk';
  $('g-png').addEventListener('click', () => {
    download(cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2 }), `${file}.png`);
  });
  const svgButton = $('g-svg');
  svgButton.hidden = false;
  svgButton.addEventListener('click', () => {
    download(new Blob([toSvg(cy)], { type: 'image/svg+xml;charset=utf-8' }), `${file}.svg`);
  });
}

// The picture as SVG, written from the drawn elements (positions, sizes, colours, labels) — what is visible now.
function toSvg(cy) {
  const esc = (t) => String(t).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const visible = cy.elements(':visible');
  const box = visible.boundingBox({ includeLabels: true });
  const pad = 10;
  const w = Math.ceil(box.w + 2 * pad);
  const h = Math.ceil(box.h + 2 * pad);
  const x = (v) => (v - box.x1 + pad).toFixed(1);
  const y = (v) => (v - box.y1 + pad).toFixed(1);
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="sans-serif">`,
    `<rect width="${w}" height="${h}" fill="#ffffff"/>`];
  visible.edges().forEach((e) => {
    const a = e.source().position();
    const b = e.target().position();
    const dash = e.style('line-style') === 'dashed' ? ' stroke-dasharray="6 4"' : '';
    out.push(`<line x1="${x(a.x)}" y1="${y(a.y)}" x2="${x(b.x)}" y2="${y(b.y)}" stroke="${esc(e.style('line-color'))}" stroke-width="${parseFloat(e.style('width')) || 1}" stroke-opacity="${e.style('opacity')}"${dash}/>`);
  });
  visible.nodes().forEach((n) => {
    const p = n.position();
    const r = n.width() / 2;
    const fill = esc(n.style('background-color'));
    const stroke = esc(n.style('border-color'));
    const bw = parseFloat(n.style('border-width')) || 0;
    const opacity = n.style('opacity');
    const shape = n.style('shape');
    if (shape === 'ellipse') {
      out.push(`<circle cx="${x(p.x)}" cy="${y(p.y)}" r="${r.toFixed(1)}" fill="${fill}" stroke="${stroke}" stroke-width="${bw}" opacity="${opacity}"/>`);
    } else {
      out.push(`<rect x="${x(p.x - r)}" y="${y(p.y - r)}" width="${(2 * r).toFixed(1)}" height="${(2 * r).toFixed(1)}" fill="${fill}" stroke="${stroke}" stroke-width="${bw}" opacity="${opacity}"${shape === 'round-rectangle' ? ' rx="4"' : ''}/>`);
    }
    out.push(`<text x="${x(p.x)}" y="${y(p.y + r + 12)}" font-size="11" text-anchor="middle" fill="#1a1a1a" opacity="${opacity}">${esc(n.data('label'))}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}

if (island && cytoscape && window.fetch) {
  fetch(island.dataset.source, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((r) => { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
    .then((data) => { if (data.nodes.length > 0) { draw(data); } })
    .catch(() => { island.hidden = true; });
}
