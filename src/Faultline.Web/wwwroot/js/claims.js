import { all, el, header, showError, sentenceLink, table } from './common.js';

header('Claims');

const QUALIFIERS = { at_least: 'at least ', at_most: 'at most ', about: 'about ', more_than: 'more than ', less_than: 'less than ' };

function figure(c) {
  const value = c.value_high !== null ? `${c.value.toLocaleString('en')}–${c.value_high.toLocaleString('en')}` : c.value.toLocaleString('en');
  return `${QUALIFIERS[c.qualifier] ?? ''}${value}${c.unit === 'percent' ? ' %' : ''}`;
}

try {
  const claims = await all('/api/claims');
  const container = document.getElementById('claims');
  if (claims.length === 0) container.replaceChildren(el('p', { class: 'empty' }, 'No claims stored yet.'));
  const units = new Map();
  for (const c of claims) {
    const subject = (c.subject ?? '(no subject)').toLowerCase();
    if (!units.has(c.unit)) units.set(c.unit, new Map());
    const subjects = units.get(c.unit);
    if (!subjects.has(subject)) subjects.set(subject, []);
    subjects.get(subject).push(c);
  }
  for (const [unit, subjects] of [...units].sort()) {
    const section = el('section', { class: 'claim-unit', dataset: { unit } }, el('h2', {}, unit));
    for (const [subject, list] of [...subjects].sort()) {
      section.append(el('h3', {}, `${subject} (${list.length})`), table(list, [
        ['figure', figure],
        ['kind', c => c.kind],
        ['period', c => c.period],
        ['baseline', c => c.baseline],
        ['source', c => c.source ?? 'unattributed'],
        ['outlet', c => c.outlet],
        ['sentence', c => sentenceLink(c.doc, c.sentence_idx, c.sentence)],
      ]));
    }
    container.append(section);
  }
  document.body.dataset.ready = 'true';
} catch (e) {
  showError(document.querySelector('main'), e);
}
