// Deterministic generator of realistic, large `.rxn` protocols for the benchmark.
//
//   node bench/generate.mjs 2000 [seed] [--smiles]   prints a ~2,000-line protocol
//   import { generateProtocol } from './generate.mjs'
//
// What a long protocol looks like in practice: a header, a long reagent table (aliases
// r1..rN, all knowledge-base names, with equiv / mmol / mass / volume amounts and the odd
// attribute), a top-level solvent, then the procedure repeated as many `step` blocks
// (add / stir / wait / heat / cool / reflux / monitor / note / solvent / concentrate /
// filter / isolate lines, comments and suppressions), and one work-up using every
// work-up statement. Every statement kind of the language appears at every size.
// The same (lines, seed) always gives the same text.

/** Small, fast, seeded PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Knowledge-base names, by role (all of them are in server/src/kb/data.ts).
const AMINES = ['1,4-diazepane', 'homopiperazine', '1-Boc-1,4-diazepane', '1-Cbz-1,4-diazepane', '1-methyl-1,4-diazepane', '1,4-diazepan-6-amine'];
const CARBONYLS = [
  'pyridine-4-carboxaldehyde', 'pyridine-3-carboxaldehyde', 'pyridine-2-carboxaldehyde', 'benzaldehyde', '4-fluorobenzaldehyde',
  '4-methoxybenzaldehyde', 'isobutyraldehyde', 'cyclopropanecarboxaldehyde', 'furfural', 'thiophene-2-carboxaldehyde',
  'cyclohexanone', 'cyclopentanone', 'tetrahydro-4H-pyran-4-one',
];
const REDUCTANTS = ['NaBH(OAc)3', 'STAB', 'sodium triacetoxyborohydride'];
const ACIDS = ['AcOH', 'acetic acid', 'glacial AcOH'];
const OTHERS = ['Et3N', 'DIPEA', 'MgSO4', '4Å molecular sieves', 'Ti(OiPr)4'];
const SOLVENTS = ['DCE', 'DCM', 'THF', '2-MeTHF', 'MeCN'];
const SMILES = { '1,4-diazepane': 'C1CNCCNC1', benzaldehyde: 'O=Cc1ccccc1', AcOH: 'CC(=O)O', 'NaBH(OAc)3': '[Na+].CC(=O)O[BH-](OC(C)=O)OC(C)=O' };
const NOTES = [
  'colour changed from pale yellow to orange',
  'slight exotherm on addition, kept below 30 °C',
  'aliquot taken for LCMS, imine about 80 %',
  'suspension became a clear solution',
  'gas evolution stopped after 10 min',
  'TLC: DCM/MeOH 9:1, ninhydrin stain',
];
const COMMENTS = [
  '# same batch of aldehyde as the previous run',
  '# weighed under nitrogen',
  '# reagent bottle opened 2024-03, titrated',
  '# keep the bath below 25 °C',
  '# see notebook page 47 for the TLC photo',
];

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const fmt = (x, d = 2) => Number(x.toFixed(d)).toString();

/**
 * A protocol of exactly `lines` lines (for lines ≥ 60).
 * options.smiles: also give some reagents a `smiles "…"` attribute (default false, so
 * the protocol never needs openchemlib).
 */
export function generateProtocol(lines, seed = 1, options = {}) {
  const r = rng(seed);
  const out = [];
  const scale = 5 + Math.floor(r() * 10);
  out.push(`# Generated benchmark protocol (${lines} lines, seed ${seed})`);
  out.push(`protocol "Benchmark run ${seed}: 1-(pyridin-4-ylmethyl)-1,4-diazepane"`);
  out.push('target mono');
  out.push(`scale ${scale} mmol`);
  out.push('mode two-step');
  out.push('');

  // Reagent table: about one reagent per 25 lines (at least 8).
  const nReagents = Math.max(8, Math.round(lines / 25));
  const aliases = [];
  const roleOf = new Map();
  for (let i = 1; i <= nReagents; i++) {
    const alias = `r${i}`;
    let name;
    let role;
    // The first four make a sound reaction; the rest are a realistic mix.
    if (i === 1) (name = '1,4-diazepane'), (role = 'amine');
    else if (i === 2) (name = 'pyridine-4-carboxaldehyde'), (role = 'carbonyl');
    else if (i === 3) (name = 'AcOH'), (role = 'acid');
    else if (i === 4) (name = 'NaBH(OAc)3'), (role = 'reductant');
    else {
      const x = r();
      if (x < 0.15) (name = pick(r, AMINES)), (role = 'amine');
      else if (x < 0.55) (name = pick(r, CARBONYLS)), (role = 'carbonyl');
      else if (x < 0.75) (name = pick(r, REDUCTANTS)), (role = 'reductant');
      else if (x < 0.88) (name = pick(r, ACIDS)), (role = 'acid');
      else (name = pick(r, OTHERS)), (role = 'other');
    }
    const equiv = role === 'amine' ? 3 : role === 'reductant' ? 1.5 : 1.0;
    const mmol = equiv * scale;
    let q = `${fmt(equiv, 1)} equiv`;
    const y = r();
    if (y < 0.3) q += `, ${fmt(mmol, 1)} mmol`;
    else if (y < 0.4) q = `${fmt(mmol, 1)} mmol`;
    let attrs = '';
    if (i === 2) attrs += ' limiting';
    if (r() < 0.1) attrs += ` role ${role === 'other' ? 'additive' : role}`;
    if (options.smiles && SMILES[name] && r() < 0.5) attrs += ` smiles "${SMILES[name]}"`;
    const comment = r() < 0.1 ? `   ${pick(r, COMMENTS)}` : '';
    out.push(`reagent ${alias.padEnd(5)} = ${name.padEnd(28)} ${q}${attrs}${comment}`);
    aliases.push(alias);
    roleOf.set(alias, role);
  }
  out.push(`solvent ${pick(r, SOLVENTS)} 0.2 M`);
  out.push('');

  // Work-up: a fixed block at the end (every work-up statement kind).
  const workup = [
    '',
    'workup',
    '  quench sat. NaHCO3',
    '  basify 2 M NaOH        # to pH 12',
    '  extract DCM x3',
    '  acidify 1 M HCl',
    '  extract EtOAc x2',
    '  wash brine',
    '  dry Na2SO4',
    '  filter',
    '  concentrate',
    '  purify silica DCM/MeOH 95:5 + 1% Et3N',
    '  crystallize EtOAc/hexane',
    '  salt HCl',
    '  note "Yield and purity in the ELN entry"',
  ];

  // Steps, until the procedure fills the remaining lines.
  const amines = aliases.filter((a) => roleOf.get(a) === 'amine');
  const carbonyls = aliases.filter((a) => roleOf.get(a) === 'carbonyl');
  const reductants = aliases.filter((a) => roleOf.get(a) === 'reductant');
  const acids = aliases.filter((a) => roleOf.get(a) === 'acid');
  const others = aliases.filter((a) => roleOf.get(a) === 'other');
  const budget = lines - out.length - workup.length;
  const body = [];
  let step = 0;
  // Each reagent is added at least once, in turn, so none is "unused".
  let nextAlias = 0;
  const takeAlias = (pool) => {
    if (nextAlias < aliases.length) return aliases[nextAlias++];
    return pick(r, pool.length ? pool : aliases);
  };
  const stepLines = () => {
    step++;
    const s = [];
    s.push(`step "Cycle ${step}: imine formation"`);
    s.push(`  add ${takeAlias(amines)}, ${takeAlias(carbonyls)}, ${takeAlias(acids)}`);
    if (r() < 0.3) s.push(`  ${pick(r, COMMENTS)}`);
    s.push(`  stir ${pick(r, ['30 min', '1 h', '2 h', '45 min'])} at rt`);
    s.push(`  monitor ${pick(r, ['TLC', 'LCMS', 'NMR'])} for imine`);
    const v = r();
    if (v < 0.2) s.push(`  heat to ${pick(r, ['35', '40', '45'])} °C for 1 h`, '  cool to rt');
    else if (v < 0.3) s.push('  wait 10 min');
    else if (v < 0.35) s.push('  # rxn-disable-next-line temperature-high', '  reflux 2 h', '  cool to rt');
    s.push(`  note "${pick(r, NOTES)}"`);
    s.push(`step "Cycle ${step}: reduction"`);
    if (r() < 0.15) s.push(`  solvent ${pick(r, SOLVENTS)} 0.2 M`);
    s.push(`  add ${takeAlias(reductants)} ${pick(r, ['portionwise', 'in 3 portions', 'portionwise at 0 °C'])}`);
    if (r() < 0.4 && others.length) s.push(`  add ${takeAlias(others)} dropwise`);
    s.push(`  stir ${pick(r, ['16 h', 'overnight', '12 h', '20 h'])} at rt`);
    s.push(`  monitor ${pick(r, ['TLC', 'LCMS'])}`);
    const w = r();
    if (w < 0.1) s.push('  filter', '  concentrate');
    else if (w < 0.15) s.push(`  isolate crude imine ${step}`);
    if (r() < 0.1) s.push('');
    return s;
  };
  while (body.length < budget) {
    const s = stepLines();
    if (body.length + s.length > budget) {
      // Fill the last lines with notes inside the last step.
      while (body.length < budget) body.push(`  note "${pick(r, NOTES)}"`);
      break;
    }
    body.push(...s);
  }
  // Reagents never reached (very small protocols): add them in the first step.
  if (nextAlias < aliases.length && body.length > 1) {
    const rest = aliases.slice(nextAlias);
    body[1] = `  add ${[...new Set([body[1].replace(/^\s*add /, '').split(/,\s*/), rest].flat())].join(', ')}`;
  }
  out.push(...body, ...workup);
  return out.join('\n') + '\n';
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const n = Number(process.argv[2] ?? 200);
  const seed = Number(process.argv[3] ?? 1);
  process.stdout.write(generateProtocol(n, seed, { smiles: process.argv.includes('--smiles') }));
}
