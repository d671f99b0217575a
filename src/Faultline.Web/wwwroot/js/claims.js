import { all, el, header, param, showError, sentenceLink, table } from './common.js';

header('Claims');

const QUALIFIERS = { at_least: 'at least ', at_most: 'at most ', about: 'about ', more_than: 'more than ', less_than: 'less than ' };

function figure(c) {
  const value = c.value_high !== null ? `${c.value.toLocaleString('en')}–${c.value_high.toLocaleString('en')}` : c.value.toLocaleString('en');
  return `${QUALIFIERS[c.qualifier] ?? ''}${value}${c.unit === 'percent' ? ' %' : ''}`;
}

const STATUS = { corroborated: 'corroborated', conflicting: 'conflicting', not_comparable: 'not comparable' };
const statusSelect = document.getElementById('f-status');

async function loadGroups() {
  const groups = await all('/api/claims/groups', { status: statusSelect.value });
  document.getElementById('group-count').textContent = `${groups.length} groups`;
  document.getElementById('groups').replaceChildren(...(groups.length === 0 ? [el('p', { class: 'empty' }, 'No figures to compare.')] : groups.map(g =>
    el('section', { class: 'claim-group', dataset: { status: g.status } },
      el('h3', {}, el('span', { class: `status status-${g.status}` }, STATUS[g.status] ?? g.status), ` ${g.subject} (${g.unit}, ${g.kind}) · ${g.documents} documents`),
      el('p', { class: 'hint' }, g.reason),
      table(g.members, [
        ['figure', m => figure({ ...m, unit: g.unit })],
        ['period', m => m.period],
        ['baseline', m => m.baseline],
        ['source', m => m.source ?? 'unattributed'],
        ['outlet', m => m.outlet],
        ['sentence', m => sentenceLink(m.doc, m.sentence, `${m.doc} §${m.sentence}`)],
      ])))));
}

statusSelect.addEventListener('change', () => {
  history.replaceState(null, '', statusSelect.value ? `?status=${statusSelect.value}` : location.pathname);
  loadGroups().catch(e => showError(document.getElementById('groups'), e));
});

try {
  statusSelect.value = param('status') ?? '';
  await loadGroups();
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
