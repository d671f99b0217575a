import { el, actorLabel, quadBadge, sentenceLink } from './common.js';

/** A story's details: who did what to whom, when and where, its sources, and a link to every sentence it came from. */
export function storyDetail(item) {
  const s = item.story;
  const dead = s.fatalities_low === null || s.fatalities_low === undefined ? null
    : s.fatalities_low === s.fatalities_high ? `${s.fatalities_low}` : `${s.fatalities_low}–${s.fatalities_high}`;
  return el('div', { class: 'story', dataset: { story: s.id } },
    el('h3', {}, `${s.date ?? 'undated'} · ${actorLabel(s.actor1)} → ${actorLabel(s.actor2)}`),
    el('p', {}, quadBadge(s.quad), ` CAMEO ${s.code} · Goldstein ${s.goldstein}`,
      s.location ? ` · ${s.location}` : '', dead ? ` · ${dead} killed` : '',
      s.issues?.length ? ` · issues: ${s.issues.join(', ')}` : ''),
    el('p', { class: 'summary' }, s.summary),
    el('p', { class: 'sources' }, `Sources (${s.sources.length}): ${s.outlets.join(', ') || s.sources.join(', ')}`),
    el('ul', { class: 'evidence' }, item.evidence.map(e => el('li', {},
      sentenceLink(e.doc, e.sentence, `${e.doc} §${e.sentence ?? '?'}`), ' ', el('q', {}, e.text)))));
}
