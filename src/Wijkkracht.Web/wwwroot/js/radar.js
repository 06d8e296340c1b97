// Radar-chart island. Progressive enhancement: the page shows a table with the same figures; this module draws a
// radar chart from that table (Chart.js, vendored) when JavaScript runs. The chart is decorative for screen readers,
// which read the table.
const palette = ['#154273', '#b35900', '#39870c', '#8b1d41', '#5b3f8f'];

function readTable(table) {
  const headers = [...table.querySelectorAll('thead th')].slice(1).map((th) => th.textContent.trim());
  const rows = [...table.querySelectorAll('tbody tr')];
  // On a phone the full titles do not fit around a radar: the numbers of the preconditions (and B1–B3 for the
  // decision-moment questions) are used instead; the table below the chart gives the full titles.
  const narrow = window.matchMedia('(max-width: 40rem)').matches;
  let question = 0;
  const labels = rows.map((tr) => {
    const title = tr.querySelector('th').textContent.trim();
    if (!narrow) return title;
    const number = /^(\d+)\./.exec(title);
    return number ? number[1] : `B${++question}`;
  });
  const datasets = headers.map((header, column) => ({
    label: header,
    data: rows.map((tr) => {
      const value = tr.querySelectorAll('td')[column]?.dataset.value;
      return value === undefined || value === '' ? null : Number(value);
    }),
    borderColor: palette[column % palette.length],
    backgroundColor: palette[column % palette.length] + '22',
    pointRadius: 3,
    spanGaps: true,
  }));
  return { labels, datasets };
}

export function enhance(root = document) {
  if (typeof window.Chart !== 'function') return;
  for (const table of root.querySelectorAll('table[data-wk-radar]')) {
    if (table.dataset.wkRadarDone) continue;
    table.dataset.wkRadarDone = '1';
    const figure = document.createElement('figure');
    figure.className = 'wk-chart';
    const canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', table.dataset.wkRadar + ' (dezelfde cijfers staan in de tabel)');
    figure.append(canvas);
    table.closest('.wk-table-wrap')?.before(figure);
    new window.Chart(canvas, {
      type: 'radar',
      data: readTable(table),
      options: {
        animation: false,
        scales: { r: { min: 0, max: 100, ticks: { stepSize: 25, backdropColor: 'transparent' } } },
        plugins: { legend: { position: 'bottom' } },
      },
    });
  }
}

enhance();
