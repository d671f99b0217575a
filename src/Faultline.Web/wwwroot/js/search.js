import { api, el, header, param, showError, sentenceHref } from './common.js';

header('Search');

const input = document.getElementById('q');
const results = document.getElementById('results');
const more = document.getElementById('more');
let offset = 0;

/** The sentence with every searched word marked; built from text nodes, so the sentence stays text. */
function highlighted(text, words) {
  const pattern = words.map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  if (!pattern) return [text];
  const parts = text.split(new RegExp(`(${pattern})`, 'gi'));
  return parts.map((p, i) => i % 2 === 1 ? el('mark', {}, p) : p);
}

async function search(q, append) {
  if (!append) { offset = 0; results.replaceChildren(); }
  const page = await api('/api/search', { q, limit: 50, offset });
  const words = q.split(/\s+/).map(w => w.replace(/\*$/, '')).filter(Boolean);
  results.append(...page.items.map(h => el('li', {},
    el('a', { href: sentenceHref(h.doc, h.sentence) }, `${h.title ?? h.doc}${h.published ? ` (${h.published})` : ''} §${h.sentence}`),
    el('p', {}, highlighted(h.text, words)))));
  offset += page.items.length;
  document.getElementById('count').textContent = `${page.total} sentences match.`;
  more.hidden = offset >= page.total;
}

document.getElementById('search-form').addEventListener('submit', e => {
  e.preventDefault();
  history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
  search(input.value, false).catch(err => showError(results, err));
});
more.addEventListener('click', () => search(input.value, true).catch(err => showError(results, err)));

input.value = param('q') ?? '';
try {
  if (input.value) await search(input.value, false);
  document.body.dataset.ready = 'true';
} catch (e) {
  showError(document.querySelector('main'), e);
}
