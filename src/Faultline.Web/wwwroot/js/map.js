import { api, all, el, header, showError, QUADS } from './common.js';
import { storyDetail } from './story.js';

header('Map');

const SVG = 'http://www.w3.org/2000/svg';
// Natural Earth ids (ISO 3166 numeric) of the countries the map is framed on: Afghanistan and Pakistan.
const FRAME = new Set(['004', '586']);

/** An SVG element; a tooltip becomes its <title> child, set as text. */
function svg(tag, attrs = {}, tooltip) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (tooltip !== undefined) {
    const title = document.createElementNS(SVG, 'title');
    title.textContent = tooltip;
    node.append(title);
  }
  return node;
}

function label(x, y, cls, text) {
  const node = svg('text', { x, y, class: cls });
  node.textContent = text;
  return node;
}

try {
  const [world, stories, places] = await Promise.all([
    fetch('/lib/countries-50m.json').then(r => r.json()), all('/api/timeline'), api('/api/places', { limit: 1000 }),
  ]);
  const countries = topojson.feature(world, world.objects.countries);
  const frame = { type: 'FeatureCollection', features: countries.features.filter(f => FRAME.has(f.id)) };
  const width = 900, height = 640;
  // Clipping to the view keeps far-off polygons (Russia, Antarctica) from wrapping across it.
  const projection = d3.geoMercator().fitExtent([[20, 20], [width - 20, height - 20]], frame).clipExtent([[0, 0], [width, height]]);
  const path = d3.geoPath(projection);
  const map = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Map of Afghanistan, Pakistan and neighbours' });
  map.append(svg('rect', { x: 0, y: 0, width, height, class: 'sea' }));
  for (const f of countries.features) {
    const d = path(f);
    if (d) map.append(svg('path', { d, class: FRAME.has(f.id) ? 'country framed' : 'country' }, f.properties?.name ?? ''));
  }
  for (const f of frame.features) {
    const [x, y] = path.centroid(f);
    map.append(label(x, y, 'country-label', f.properties.name));
  }
  for (const p of places.items.filter(p => p.lat !== null && p.lon !== null)) {
    const [x, y] = projection([p.lon, p.lat]);
    map.append(svg('rect', { x: x - 3, y: y - 3, width: 6, height: 6, class: 'place' }, `${p.name} (${p.mentions} mentions)`));
    map.append(label(x + 6, y + 4, 'place-label', p.name));
  }
  const detail = document.getElementById('detail');
  const located = stories.filter(s => s.story.lat !== null && s.story.lon !== null);
  for (const s of located) {
    const [x, y] = projection([s.story.lon, s.story.lat]);
    // A little jitter keeps stories at the same place from hiding each other.
    const j = located.indexOf(s) % 5;
    const dot = svg('circle', { cx: x + (j - 2) * 3, cy: y + (j % 2) * 3, r: 5 + 2 * s.story.sources.length, fill: QUADS[s.story.quad]?.color ?? '#666', class: 'story-dot', tabindex: 0, 'data-story': s.story.id },
      `${s.story.date ?? 'undated'} ${s.story.summary}`);
    const open = () => detail.replaceChildren(storyDetail(s));
    dot.addEventListener('click', open);
    dot.addEventListener('keydown', e => { if (e.key === 'Enter') open(); });
    map.append(dot);
  }
  document.getElementById('map').replaceChildren(map);
  document.getElementById('legend').replaceChildren(
    ...Object.entries(QUADS).map(([n, q]) => el('span', { class: 'key' }, el('i', { class: `swatch quad-${n}` }), q.name)),
    el('span', { class: 'key' }, `${located.length} of ${stories.length} stories have coordinates`));
  document.body.dataset.ready = 'true';
} catch (e) {
  showError(document.querySelector('main'), e);
}
