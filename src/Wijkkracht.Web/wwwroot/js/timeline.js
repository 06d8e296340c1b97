// Timeline island (progressive enhancement): draws the whole timeline (fetched as JSON from the page's
// Gebeurtenissen handler) as a vis-timeline. The list stays
// the accessible, complete view; without JavaScript (or without vis) nothing changes. Event texts become DOM text
// nodes, never HTML.
const container = document.getElementById('wk-timeline');
const vis = window.vis;

function draw(events) {
  const items = new vis.DataSet(events.map((e) => {
    const content = document.createElement('span');
    content.textContent = e.title;
    const tooltip = document.createElement('span');
    tooltip.textContent = `${e.kind}: ${e.title}`;
    const item = { id: e.id, content, start: e.start, className: e.tone, title: tooltip };
    if (e.end) {
      item.end = e.end;
      item.type = 'range';
    } else {
      item.type = 'box';
    }
    return item;
  }));
  container.hidden = false;
  // eslint-disable-next-line no-new
  new vis.Timeline(container, items, {
    locale: 'nl',
    locales: { nl: { current: 'huidige', time: 'tijd', deleteSelected: 'verwijder selectie' } },
    stack: true,
    zoomable: true,
    horizontalScroll: true,
    zoomKey: 'ctrlKey',
    maxHeight: 480,
    tooltip: { followMouse: true },
    xss: { disabled: false },
  });
}

if (container && vis && vis.Timeline && vis.DataSet && window.fetch) {
  fetch(container.dataset.source, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((r) => { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
    .then(draw)
    .catch(() => { container.hidden = true; });
}
