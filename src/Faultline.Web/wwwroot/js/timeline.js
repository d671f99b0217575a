import { api, all, el, header, param, showError, table, actorLabel, quadBadge, sentenceLink, dateRange } from './common.js';
import { storyDetail } from './story.js';

header('Timeline');

const form = document.getElementById('filters');
const actor = document.getElementById('f-actor');
const issue = document.getElementById('f-issue');
const quad = document.getElementById('f-quad');
const detail = document.getElementById('detail');
let timeline = null;
let byId = new Map();

async function fillChoices() {
  const [actors, stories] = await Promise.all([api('/api/actors', { limit: 1000 }), all('/api/timeline')]);
  const keys = [...new Set([...actors.items.map(a => a.id), ...stories.flatMap(s => [s.story.actor1?.key, s.story.actor2?.key])].filter(Boolean))].sort();
  actor.append(...keys.map(k => el('option', { value: k }, k)));
  const issues = [...new Set(stories.flatMap(s => s.story.issues ?? []))].sort();
  issue.append(...issues.map(i => el('option', { value: i }, i)));
  actor.value = param('actor')?.toUpperCase() ?? '';
  issue.value = param('issue') ?? '';
  quad.value = param('quad') ?? '';
}

function itemOf(s) {
  const [start, end] = dateRange(s.story.date);
  const content = el('span', {}, `${s.story.actor1?.key ?? '?'} → ${s.story.actor2?.key ?? '—'} ${s.story.code}`);
  const item = { id: s.story.id, start, content, className: `quad-${s.story.quad}` };
  if (end) { item.end = end; item.type = 'range'; } else item.type = 'box';
  return item;
}

function show(id) {
  const s = byId.get(id);
  detail.replaceChildren(s ? storyDetail(s) : '');
}

async function load() {
  const dyad = param('dyad');
  const filters = { actor: actor.value, issue: issue.value, quad: quad.value, dyad };
  const stories = await all('/api/timeline', filters);
  byId = new Map(stories.map(s => [s.story.id, s]));
  const dated = stories.filter(s => s.story.date);
  document.getElementById('count').textContent = `${stories.length} stories (${stories.length - dated.length} undated)` + (dyad ? ` between ${dyad}` : '');
  const items = dated.map(itemOf);
  if (!timeline) {
    timeline = new vis.Timeline(document.getElementById('timeline'), items, {
      stack: true, zoomable: true, horizontalScroll: false, height: '320px', margin: { item: 4 }, orientation: 'bottom',
    });
    timeline.on('select', e => show(e.items[0]));
  } else {
    timeline.setItems(items);
  }
  if (items.length) timeline.fit({ animation: false });
  document.getElementById('stories').replaceChildren(table(stories, [
    ['date', s => s.story.date ?? 'undated'],
    ['actors', s => `${actorLabel(s.story.actor1)} → ${actorLabel(s.story.actor2)}`],
    ['event', s => el('span', {}, quadBadge(s.story.quad), ` ${s.story.code}`)],
    ['where', s => s.story.location],
    ['sources', s => String(s.story.sources.length)],
    ['sentence', s => s.evidence[0] ? sentenceLink(s.evidence[0].doc, s.evidence[0].sentence, s.story.summary) : s.story.summary],
  ], 'No stories match.'));
  detail.replaceChildren();
}

form.addEventListener('change', () => {
  const url = new URL(location.href);
  for (const [k, v] of [['actor', actor.value], ['issue', issue.value], ['quad', quad.value]]) v ? url.searchParams.set(k, v) : url.searchParams.delete(k);
  history.replaceState(null, '', url);
  load().catch(e => showError(detail, e));
});

try {
  await fillChoices();
  await load();
  document.body.dataset.ready = 'true';
} catch (e) {
  showError(document.querySelector('main'), e);
}
