import { api, el, header, param, showError, actorLabel, quadBadge } from './common.js';

header('Document');

const id = param('id');
const text = document.getElementById('text');
const records = document.getElementById('records');

/** Every highlighted span: mentions, event evidence and claim figures, as [start, end) offsets into the cleaned text. */
function marksOf(detail) {
  const d = detail.document, marks = [];
  for (const a of d.actors ?? []) for (const [s, e] of a.offsets ?? []) marks.push({ start: s, end: e, cls: 'm-actor', title: `actor ${a.name} (${a.group ?? a.country})` });
  for (const p of d.people ?? []) for (const [s, e] of p.offsets ?? []) marks.push({ start: s, end: e, cls: 'm-person', title: `person ${p.name}${p.role ? `, ${p.role}` : ''}` });
  for (const p of d.places ?? []) for (const [s, e] of p.offsets ?? []) marks.push({ start: s, end: e, cls: 'm-place', title: `place ${p.name}${p.country ? `, ${p.country}` : ''}` });
  for (const e of detail.events) if (e.evidence_start !== null && e.evidence_end > e.evidence_start)
    marks.push({ start: e.evidence_start, end: e.evidence_end, cls: `m-event quad-${e.quad}`, title: `event ${e.code}: ${e.actor1_cameo ?? ''} → ${e.actor2_cameo ?? '—'}`, event: e.id });
  for (const c of detail.claims) if (c.start_char !== null && c.end_char > c.start_char)
    marks.push({ start: c.start_char, end: c.end_char, cls: 'm-claim', title: `claim ${c.value} ${c.unit}${c.source ? ` (source: ${c.source})` : ''}`, claim: c.id });
  return marks;
}

/**
 * Splits the text at every sentence and mark boundary; each piece is a text node, wrapped in a span carrying the
 * classes of the marks that cover it, inside the span of its sentence (id s{index}, the anchor records link to).
 */
function render(detail) {
  const t = detail.text, sentences = detail.sentences, marks = marksOf(detail);
  const bounds = new Set([0, t.length]);
  for (const s of sentences) { bounds.add(s.start); bounds.add(s.end); }
  for (const m of marks) { bounds.add(m.start); bounds.add(m.end); }
  const cuts = [...bounds].filter(b => b >= 0 && b <= t.length).sort((a, b) => a - b);
  const out = document.createDocumentFragment();
  let si = 0, current = null;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    while (si < sentences.length && sentences[si].end <= a) si++;
    const sentence = si < sentences.length && sentences[si].start <= a && b <= sentences[si].end ? sentences[si] : null;
    if (!sentence) current = null;
    else if (!current || current.dataset.index !== String(sentence.index)) {
      current = el('span', { id: `s${sentence.index}`, class: 'sentence', dataset: { index: sentence.index } });
      out.append(current);
    }
    const covering = marks.filter(m => m.start <= a && b <= m.end);
    const piece = t.slice(a, b);
    const node = covering.length === 0 ? document.createTextNode(piece)
      : el('span', { class: covering.map(m => m.cls).join(' '), title: covering.map(m => m.title).join('\n'),
          dataset: { event: covering.find(m => m.event)?.event, claim: covering.find(m => m.claim)?.claim } }, piece);
    (current ?? out).append(node);
  }
  text.replaceChildren(out);
}

function showTarget() {
  for (const old of text.querySelectorAll('.sentence.target')) old.classList.remove('target');
  const target = location.hash.length > 1 ? document.getElementById(location.hash.slice(1)) : null;
  if (!target) return;
  target.classList.add('target');
  target.scrollIntoView({ block: 'center' });
}

function sidebar(detail) {
  const d = detail.document;
  const link = (sentence, label) => el('a', { href: `#s${sentence}` }, label);
  records.replaceChildren(
    el('h2', {}, `Events (${detail.events.length})`),
    detail.events.length === 0 ? el('p', { class: 'empty' }, 'None coded.') : el('ol', { class: 'event-list' }, detail.events.map(e => el('li', { dataset: { event: e.id } },
      link(e.sentence_idx, `§${e.sentence_idx}`), ' ', e.date ?? 'undated', ' ', quadBadge(e.quad), ` ${e.code} `,
      `${e.actor1_name ?? e.actor1_cameo ?? '?'} → ${e.actor2_name ?? e.actor2_cameo ?? '—'}`, e.location ? ` at ${e.location}` : '',
      e.fatalities !== null ? `, ${e.fatalities} killed` : ''))),
    el('h2', {}, `Claims (${detail.claims.length})`),
    detail.claims.length === 0 ? el('p', { class: 'empty' }, 'None found.') : el('ol', { class: 'claim-list' }, detail.claims.map(c => el('li', {},
      link(c.sentence_idx, `§${c.sentence_idx}`), ` ${c.value}${c.value_high ? `–${c.value_high}` : ''} ${c.unit}`,
      c.subject ? ` · ${c.subject}` : '', c.source ? ` · source: ${c.source}` : ''))),
    el('h2', {}, 'Actors, people, places'),
    el('ul', { class: 'entity-list' },
      (d.actors ?? []).map(a => el('li', {}, el('span', { class: 'm-actor' }, a.name), ` ${a.group ?? a.country} ×${a.mentions}`)),
      (d.people ?? []).map(p => el('li', {}, el('span', { class: 'm-person' }, p.name), ` ${p.role ?? ''} ×${p.mentions}`)),
      (d.places ?? []).map(p => el('li', {}, el('span', { class: 'm-place' }, p.name), ` ${p.country ?? ''} ×${p.mentions}`))));
}

try {
  if (!id) throw new Error('no document id in the address (doc.html?id=…)');
  const detail = await api(`/api/documents/${encodeURIComponent(id)}`);
  const d = detail.document;
  document.title = `Faultline — ${d.title ?? d.doc}`;
  document.getElementById('title').textContent = d.title ?? d.doc;
  document.getElementById('meta').textContent = [d.outlet, d.author, d.published?.date && `published ${d.published.date} (${d.published.basis})`, d.doc]
    .filter(Boolean).join(' · ');
  document.getElementById('legend').replaceChildren(
    el('span', { class: 'm-actor' }, 'actor'), ' ', el('span', { class: 'm-person' }, 'person'), ' ', el('span', { class: 'm-place' }, 'place'), ' ',
    el('span', { class: 'm-event' }, 'event'), ' ', el('span', { class: 'm-claim' }, 'claim'));
  render(detail);
  sidebar(detail);
  window.addEventListener('hashchange', showTarget);
  showTarget();
  document.body.dataset.ready = 'true';
} catch (e) {
  showError(document.querySelector('main'), e);
}
