import { api, el, header, showError, goldsteinColor } from './common.js';

header('Network');

const detail = document.getElementById('detail');

function describeEdge(e) {
  detail.replaceChildren(el('div', {},
    el('h3', {}, `${e.a} ↔ ${e.b}`),
    el('p', {}, `${e.stories} stories, ${e.conflict} of them conflict; mean Goldstein ${e.goldstein_mean}.`),
    el('p', {},
      el('a', { href: `/timeline.html?dyad=${encodeURIComponent(`${e.a},${e.b}`)}` }, 'Stories on the timeline'), ' · ',
      el('a', { href: `/?a=${encodeURIComponent(e.a)}&b=${encodeURIComponent(e.b)}` }, 'Trend on the overview'))));
}

function describeNode(n) {
  detail.replaceChildren(el('div', {},
    el('h3', {}, n.id),
    el('p', {}, `${n.stories} stories.`),
    el('p', {}, el('a', { href: `/timeline.html?actor=${encodeURIComponent(n.id)}` }, 'Stories on the timeline'))));
}

try {
  const net = await api('/api/network');
  const container = document.getElementById('network');
  if (net.nodes.length === 0) {
    container.replaceChildren(el('p', { class: 'empty' }, 'No stories stored yet.'));
  } else {
    const max = Math.max(...net.edges.map(e => e.stories), 1);
    const cy = cytoscape({
      container,
      elements: [
        ...net.nodes.map(n => ({ data: { id: n.id, label: n.id, stories: n.stories } })),
        ...net.edges.map(e => ({ data: { id: `${e.a}|${e.b}`, source: e.a, target: e.b, weight: 1 + 9 * e.stories / max, color: goldsteinColor(e.goldstein_mean), edge: e } })),
      ],
      style: [
        { selector: 'node', style: { label: 'data(label)', 'background-color': '#4b5563', color: '#111', 'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 4,
          width: 'mapData(stories, 0, 20, 16, 60)', height: 'mapData(stories, 0, 20, 16, 60)' } },
        { selector: 'edge', style: { width: 'data(weight)', 'line-color': 'data(color)', 'curve-style': 'bezier', opacity: 0.85 } },
        { selector: ':selected', style: { 'border-width': 3, 'border-color': '#000', 'line-style': 'dashed' } },
      ],
      // A circle in order of stories: the same picture every time (cose is randomised), busiest actors first.
      layout: { name: 'circle', sort: (a, b) => b.data('stories') - a.data('stories'), animate: false },
    });
    cy.on('tap', 'edge', ev => describeEdge(ev.target.data('edge')));
    cy.on('tap', 'node', ev => describeNode({ id: ev.target.id(), stories: ev.target.data('stories') }));
    window.faultlineNetwork = cy;
  }
  document.body.dataset.ready = 'true';
} catch (e) {
  showError(document.querySelector('main'), e);
}
