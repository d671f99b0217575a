// Shared helpers for every page. Article text is data, never markup: everything here builds DOM nodes and sets
// textContent; nothing assigns innerHTML.

export const QUADS = {
  1: { name: 'verbal cooperation', color: '#3a7dc9' },
  2: { name: 'material cooperation', color: '#2f9e5b' },
  3: { name: 'verbal conflict', color: '#e8a33c' },
  4: { name: 'material conflict', color: '#d2413a' },
};

/** GET an API path; a problem response becomes an Error carrying its detail. */
export async function api(path, params = {}) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, v);
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.detail || body?.title || `${response.status} ${response.statusText}`);
  return body;
}

/** Every item of a paged listing (up to the API's page size times pages). */
export async function all(path, params = {}, pages = 10) {
  const items = [];
  for (let offset = 0, i = 0; i < pages; i++) {
    const page = await api(path, { ...params, limit: 1000, offset });
    items.push(...page.items);
    offset += page.items.length;
    if (page.items.length === 0 || offset >= page.total) break;
  }
  return items;
}

/** Creates an element; string children become text nodes, so text can never turn into markup. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

export function param(name) {
  return new URLSearchParams(location.search).get(name);
}

/** The reader's address of a sentence: every record links here. */
export function sentenceHref(doc, sentence) {
  return `/doc.html?id=${encodeURIComponent(doc)}${sentence === null || sentence === undefined ? '' : `#s${sentence}`}`;
}

export function sentenceLink(doc, sentence, label) {
  return el('a', { href: sentenceHref(doc, sentence), class: 'sentence-link' }, label ?? `${doc} §${sentence}`);
}

export function quadBadge(quad) {
  const q = QUADS[quad];
  return el('span', { class: `quad quad-${quad}`, title: q?.name }, q ? q.name : `quad ${quad}`);
}

/** -10 (conflict, red) through 0 (grey) to +10 (cooperation, blue). */
export function goldsteinColor(g) {
  const t = Math.max(-1, Math.min(1, g / 10));
  const grey = [150, 150, 150], red = [210, 65, 58], blue = [58, 125, 201];
  const to = t < 0 ? red : blue;
  const c = grey.map((v, i) => Math.round(v + (to[i] - v) * Math.abs(t)));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

export function showError(container, error) {
  container.append(el('p', { class: 'error', role: 'alert' }, `Could not load: ${error.message}`));
}

const PAGES = [
  ['/', 'Overview'], ['/timeline.html', 'Timeline'], ['/network.html', 'Network'], ['/map.html', 'Map'],
  ['/claims.html', 'Claims'], ['/search.html', 'Search'],
];

/** The header of every page: name, page links, and a search box. */
export function header(active) {
  const nav = el('nav', {}, PAGES.map(([href, label]) =>
    el('a', { href, class: label === active ? 'active' : undefined, 'aria-current': label === active ? 'page' : undefined }, label)));
  const search = el('form', { action: '/search.html', method: 'get', class: 'search' },
    el('input', { type: 'search', name: 'q', placeholder: 'Search sentences…', 'aria-label': 'Search sentences', value: param('q') ?? '' }));
  document.getElementById('header').replaceChildren(el('a', { href: '/', class: 'brand' }, 'Faultline'), nav, search);
}

/** A plain table from rows and [header, cell] columns; a cell returns text or a node. */
export function table(rows, columns, empty = 'Nothing stored yet.') {
  if (rows.length === 0) return el('p', { class: 'empty' }, empty);
  return el('table', {},
    el('thead', {}, el('tr', {}, columns.map(([h]) => el('th', {}, h)))),
    el('tbody', {}, rows.map(r => el('tr', {}, columns.map(([, cell]) => el('td', {}, cell(r) ?? ''))))));
}

export function actorLabel(a) {
  if (!a) return '—';
  const code = a.cameo || a.cameo_code || a.group || a.country || '';
  return a.name ? `${a.name} (${code})` : (code || '?');
}

/** The ISO prefix a story or event carries, as a [start, end) pair of Dates, end exclusive. */
export function dateRange(iso) {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  if (d) return [new Date(Date.UTC(y, m - 1, d)), null];
  if (m) return [new Date(Date.UTC(y, m - 1, 1)), new Date(Date.UTC(y, m, 1))];
  return [new Date(Date.UTC(y, 0, 1)), new Date(Date.UTC(y + 1, 0, 1))];
}
