import { api, el, header, table, param, showError, sentenceHref, QUADS } from './common.js';

header('Overview');

const counts = document.getElementById('counts');
const selectA = document.getElementById('dyad-a');
const selectB = document.getElementById('dyad-b');
const selectBy = document.getElementById('dyad-by');
let chart = null;

// Chart.js has no notion of change points: this plugin draws a dashed line before each marked period.
const changePoints = {
  id: 'changePoints',
  afterDatasetsDraw(c, _args, options) {
    const x = c.scales.x, area = c.chartArea, ctx = c.ctx;
    ctx.save();
    ctx.strokeStyle = '#222';
    ctx.setLineDash([5, 4]);
    ctx.fillStyle = '#222';
    ctx.font = '12px system-ui, sans-serif';
    for (const period of options.periods ?? []) {
      const i = c.data.labels.indexOf(period);
      if (i < 0) continue;
      const left = i === 0 ? area.left : (x.getPixelForValue(i - 1) + x.getPixelForValue(i)) / 2;
      ctx.beginPath();
      ctx.moveTo(left, area.top);
      ctx.lineTo(left, area.bottom);
      ctx.stroke();
      ctx.fillText(`change ${period}`, left + 4, area.top + 12);
    }
    ctx.restore();
  },
};

async function loadCounts() {
  const c = await api('/api/counts');
  const cards = [['documents', c.documents], ['events', c.events], ['stories', c.stories], ['claims', c.claims], ['actors', c.actors], ['failures', c.failures]];
  counts.replaceChildren(...cards.map(([label, n]) => el('div', { class: 'card', dataset: { count: label } }, el('strong', {}, String(n)), el('span', {}, label))));
}

async function loadActors() {
  const [actors, dyads] = await Promise.all([api('/api/actors', { limit: 1000 }), api('/api/dyads', { limit: 1 })]);
  const container = document.getElementById('actors');
  container.replaceChildren(table(actors.items.slice(0, 12), [
    ['actor', a => el('a', { href: `/timeline.html?actor=${encodeURIComponent(a.id)}` }, a.id)],
    ['name', a => a.name],
    ['documents', a => String(a.documents)],
    ['mentions', a => String(a.mentions)],
  ], 'No actors recognised yet.'));
  const keys = [...new Set([...dyads.items.flatMap(d => [d.a, d.b]), ...actors.items.map(a => a.id)])];
  const first = dyads.items[0];
  const a = (param('a') ?? first?.a ?? keys[0] ?? 'PAK').toUpperCase();
  const b = (param('b') ?? first?.b ?? keys[1] ?? 'TAL').toUpperCase();
  for (const [select, chosen] of [[selectA, a], [selectB, b]]) {
    const options = keys.includes(chosen) ? keys : [chosen, ...keys];
    select.replaceChildren(...options.map(k => el('option', { value: k, selected: k === chosen }, k)));
  }
  if (param('by')) selectBy.value = param('by');
}

async function loadTrend() {
  const trend = await api('/api/dyad', { a: selectA.value, b: selectB.value, by: selectBy.value });
  const labels = trend.periods.map(p => p.period);
  const keyOf = { 1: 'verbal_cooperation', 2: 'material_cooperation', 3: 'verbal_conflict', 4: 'material_conflict' };
  const datasets = [1, 2, 3, 4].map(q => ({
    type: 'bar', label: QUADS[q].name, data: trend.periods.map(p => p[keyOf[q]]), backgroundColor: QUADS[q].color, stack: 'quad', yAxisID: 'y',
  }));
  datasets.push({
    type: 'line', label: 'mean Goldstein', data: trend.periods.map(p => p.stories ? p.goldstein_sum / p.stories : null),
    borderColor: '#222', backgroundColor: '#222', yAxisID: 'g', spanGaps: true, tension: 0.2,
  });
  chart?.destroy();
  chart = new Chart(document.getElementById('trend'), {
    data: { labels, datasets },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      scales: {
        x: { stacked: true },
        y: { stacked: true, beginAtZero: true, title: { display: true, text: 'stories' }, ticks: { precision: 0 } },
        g: { position: 'right', min: -10, max: 10, title: { display: true, text: 'Goldstein (−10 conflict … +10 cooperation)' }, grid: { drawOnChartArea: false } },
      },
      plugins: { changePoints: { periods: trend.change_points.map(c => c.period) } },
    },
    plugins: [changePoints],
  });
  document.getElementById('trend-summary').textContent = trend.summary + (trend.undated ? ` (${trend.undated} undated stories not shown)` : '');
  const list = document.getElementById('change-points');
  list.replaceChildren(...trend.change_points.map(c => el('li', {},
    `Change point ${c.period}: mean Goldstein ${c.mean_before.toFixed(1)} → ${c.mean_after.toFixed(1)} (t = ${c.statistic.toFixed(1)}) `,
    el('a', { href: `/timeline.html?dyad=${encodeURIComponent(`${trend.a},${trend.b}`)}` }, 'see the stories'))));
}

async function loadDocuments() {
  const docs = await api('/api/documents', { limit: 50 });
  document.getElementById('documents').replaceChildren(table(docs.items, [
    ['title', d => el('a', { href: sentenceHref(d.doc, null) }, d.title || d.doc)],
    ['outlet', d => d.outlet],
    ['published', d => d.published],
    ['events', d => String(d.events)],
    ['claims', d => String(d.claims)],
  ], 'No documents stored yet.'));
  if (docs.total > docs.items.length) document.getElementById('documents').append(el('p', { class: 'hint' }, `${docs.items.length} of ${docs.total} shown.`));
}

for (const select of [selectA, selectB, selectBy]) select.addEventListener('change', () => loadTrend().catch(e => showError(document.getElementById('trend-summary'), e)));

try {
  await Promise.all([loadCounts(), loadActors(), loadDocuments()]);
  await loadTrend();
  document.body.dataset.ready = 'true';
} catch (e) {
  showError(document.querySelector('main'), e);
}
