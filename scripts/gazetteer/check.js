// Checks a generated gazetteer: every row well formed, and the provinces of Afghanistan and Pakistan present.
'use strict';
const fs = require('fs');
const file = process.argv[2];
const rows = fs.readFileSync(file, 'utf8').split('\n').filter(l => l && !l.startsWith('#')).map(l => l.split('\t'));
const fail = msg => { console.error(`${file}: ${msg}`); process.exit(1); };
rows.forEach((r, i) => {
  if (r.length !== 7) fail(`row ${i + 1}: expected 7 fields, found ${r.length}`);
  if (!/^[A-Z]{3}$/.test(r[1])) fail(`row ${i + 1}: bad country ${r[1]}`);
  if (isNaN(+r[3]) || isNaN(+r[4]) || Math.abs(+r[3]) > 90 || Math.abs(+r[4]) > 180) fail(`row ${i + 1}: bad coordinates`);
});
const provinces = cc => rows.filter(r => r[1] === cc && r[2] === 'province').map(r => r[0]);
for (const [cc, min, must] of [['AFG', 33, ['Kabul', 'Nangarhar', 'Khost', 'Kunar', 'Kandahar']],
                               ['PAK', 7, ['Balochistan', 'Khyber Pakhtunkhwa', 'Punjab', 'Sindh']]]) {
  const p = provinces(cc);
  if (p.length < min) fail(`${cc}: ${p.length} provinces, expected at least ${min}`);
  for (const m of must) if (!p.includes(m)) fail(`${cc}: province ${m} missing`);
}
console.log(`ok ${rows.length} places`);
