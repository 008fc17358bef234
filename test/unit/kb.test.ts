import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { KB, LABELLED, SUPPORTED, closeNames, classifyWorkup, isAqueousName, lookup, lookupById, normalizeName, withoutNote } from '../../server/src/kb';
import { formulaAndWeight, groupsFromSmiles, hillFormula, svgFromSmiles } from '../../server/src/kb/chem';
import type { FunctionalGroups, KbRole, WorkupClass } from '../../server/src/kb/types';
import { analyze } from '../../server/src/engine';
import { amountsTable } from '../../server/src/model/amounts';

const ROOT = path.resolve(__dirname, '..', '..');

/** The spec's minimum table (shared/spec/language.md), transcribed row by row. */
interface SpecRow {
  names: string[];
  role: KbRole;
  smiles?: string;
  mw?: number;
  density?: number;
}
const SPEC: SpecRow[] = [
  { names: ['1,4-diazepane', 'homopiperazine'], role: 'amine', smiles: 'C1CNCCNC1', mw: 100.16 },
  { names: ['1-Boc-1,4-diazepane', 'tert-butyl 1,4-diazepane-1-carboxylate'], role: 'amine', smiles: 'CC(C)(C)OC(=O)N1CCCNCC1', mw: 200.28 },
  { names: ['1,4-diazepan-6-amine', 'DAZA'], role: 'amine', smiles: 'NC1CNCCNC1', mw: 115.18 },
  {
    names: ['pyridine-4-carboxaldehyde', 'isonicotinaldehyde', '4-pyridinecarboxaldehyde'],
    role: 'carbonyl',
    smiles: 'O=Cc1ccncc1',
    mw: 107.11,
    density: 1.137,
  },
  { names: ['benzaldehyde'], role: 'carbonyl', smiles: 'O=Cc1ccccc1', mw: 106.12, density: 1.044 },
  { names: ['4-nitrobenzaldehyde'], role: 'carbonyl', smiles: 'O=Cc1ccc(cc1)[N+](=O)[O-]', mw: 151.12 },
  { names: ['cinnamaldehyde'], role: 'carbonyl', smiles: 'O=C/C=C/c1ccccc1', mw: 132.16, density: 1.05 },
  { names: ['2-hydroxy-3-methoxybenzaldehyde', 'o-vanillin'], role: 'carbonyl', smiles: 'COc1cccc(C=O)c1O', mw: 152.15 },
  { names: ['isobutyraldehyde'], role: 'carbonyl', smiles: 'CC(C)C=O', mw: 72.11, density: 0.79 },
  { names: ['cyclohexanone'], role: 'carbonyl', smiles: 'O=C1CCCCC1', mw: 98.14, density: 0.947 },
  { names: ['acetone'], role: 'carbonyl', smiles: 'CC(C)=O', mw: 58.08, density: 0.784 },
  {
    names: ['NaBH(OAc)3', 'STAB', 'sodium triacetoxyborohydride'],
    role: 'reductant',
    smiles: '[Na+].CC(=O)O[BH-](OC(C)=O)OC(C)=O',
    mw: 211.94,
  },
  { names: ['NaBH3CN', 'sodium cyanoborohydride'], role: 'reductant', smiles: '[Na+].[BH3-]C#N', mw: 62.84 },
  { names: ['NaBH4', 'sodium borohydride'], role: 'reductant', smiles: '[Na+].[BH4-]', mw: 37.83 },
  { names: ['H2, Pd/C', 'H2/Pd-C', 'hydrogen with palladium on carbon'], role: 'reductant' },
  { names: ['AcOH', 'acetic acid'], role: 'acid', smiles: 'CC(=O)O', mw: 60.05, density: 1.049 },
  { names: ['TFA', 'trifluoroacetic acid'], role: 'acid', smiles: 'OC(=O)C(F)(F)F', mw: 114.02, density: 1.489 },
  { names: ['HCl', 'hydrochloric acid', 'HCl in dioxane'], role: 'acid', mw: 36.46 },
  { names: ['H2SO4'], role: 'acid' },
  { names: ['TsOH'], role: 'acid' },
  { names: ['MsOH'], role: 'acid' },
  {
    names: ['Ti(OiPr)4', 'titanium isopropoxide'],
    role: 'dehydrating',
    smiles: 'CC(C)O[Ti](OC(C)C)(OC(C)C)OC(C)C',
    mw: 284.22,
    density: 0.96,
  },
  { names: ['4Å molecular sieves', 'MS 4A', 'sieves'], role: 'dehydrating' },
  { names: ['MgSO4'], role: 'dehydrating' },
  { names: ['Na2SO4'], role: 'dehydrating' },
  { names: ['Et3N', 'triethylamine', 'TEA'], role: 'base', smiles: 'CCN(CC)CC', mw: 101.19, density: 0.726 },
  { names: ['DCE', '1,2-dichloroethane'], role: 'solvent', smiles: 'ClCCCl', mw: 98.96, density: 1.253 },
  { names: ['DCM', 'dichloromethane', 'CH2Cl2'], role: 'solvent', smiles: 'ClCCl', mw: 84.93, density: 1.325 },
  { names: ['THF', 'tetrahydrofuran'], role: 'solvent', smiles: 'C1CCOC1', mw: 72.11, density: 0.889 },
  { names: ['toluene'], role: 'solvent', smiles: 'Cc1ccccc1', mw: 92.14, density: 0.867 },
  { names: ['EtOAc', 'ethyl acetate'], role: 'solvent', smiles: 'CCOC(C)=O', mw: 88.11, density: 0.902 },
  { names: ['MeOH', 'methanol'], role: 'solvent', smiles: 'CO', mw: 32.04, density: 0.792 },
  { names: ['EtOH', 'ethanol'], role: 'solvent', smiles: 'CCO', mw: 46.07, density: 0.789 },
  { names: ['water', 'H2O'], role: 'solvent', smiles: 'O', mw: 18.02, density: 0.997 },
];

/** Every entry: the main table, the isotope-labelled reagents and the resin-bound ones (kept in their own lists). */
const ALL = [...KB, ...LABELLED, ...SUPPORTED];
const withSmiles = ALL.filter((e) => e.smiles);

describe('knowledge base: data vs. the spec table', () => {
  for (const row of SPEC) {
    it(`${row.names.join(' / ')} resolves (any case) to one entry with role ${row.role} and the table's figures`, () => {
      const first = lookup(row.names[0]);
      assert.ok(first, `${row.names[0]} not found`);
      assert.equal(first.name, row.names[0], 'the canonical name is the table name');
      for (const n of row.names) {
        for (const variant of [n, n.toLowerCase(), n.toUpperCase(), `  ${n} `]) {
          const e = lookup(variant);
          assert.ok(e, `'${variant}' not found`);
          assert.equal(e.id, first.id, `'${variant}' resolves to ${e.id}, not ${first.id}`);
          assert.equal(e.role, row.role);
        }
      }
      // Where the table gives a figure the entry has exactly it; where it gives "—" only the
      // SMILES-less rows with a stated MW matter (HCl); other figures may be added.
      if (row.smiles !== undefined || row.mw !== undefined) {
        assert.equal(first.smiles, row.smiles);
        assert.equal(first.mw, row.mw);
        // A density the table leaves out may be added from a documented source (a liquid weighed by volume).
        if (row.density !== undefined) assert.equal(first.density, row.density);
        else if (first.density !== undefined) assert.match(first.source ?? '', /density: /);
      }
    });
  }

  it('role details follow the table', () => {
    assert.equal(lookup('1,4-diazepane')!.roleDetail, 'amine (2 free N–H)');
    assert.equal(lookup('DAZA')!.roleDetail, 'amine (3 free N–H)');
    assert.equal(lookup('1-Boc-1,4-diazepane')!.roleDetail, 'amine (1 free N–H, protected)');
    assert.equal(lookup('4-nitrobenzaldehyde')!.roleDetail, 'carbonyl (aldehyde; nitro)');
    assert.equal(lookup('cinnamaldehyde')!.roleDetail, 'carbonyl (aldehyde; C=C)');
    assert.equal(lookup('cyclohexanone')!.roleDetail, 'carbonyl (ketone)');
    assert.equal(lookup('AcOH')!.roleDetail, 'acid (weak)');
    assert.equal(lookup('DCE')!.roleDetail, 'solvent, aprotic');
    assert.equal(lookup('MeOH')!.roleDetail, 'solvent, protic');
  });

  it('acids carry their strength (H2SO4, TsOH, MsOH are separate strong acids)', () => {
    assert.equal(lookup('AcOH')!.acidStrength, 'weak');
    const strong = ['TFA', 'HCl', 'H2SO4', 'TsOH', 'MsOH', 'HCl in dioxane', 'hydrochloric acid'];
    for (const n of strong) assert.equal(lookup(n)!.acidStrength, 'strong', n);
    const ids = new Set(['H2SO4', 'TsOH', 'MsOH'].map((n) => lookup(n)!.id));
    assert.equal(ids.size, 3);
    for (const e of ALL) if (e.role === 'acid') assert.ok(e.acidStrength, `${e.id} has no acid strength`);
  });

  it('solvents carry proticity and boiling points', () => {
    const expected: Record<string, [boolean, number]> = {
      DCM: [false, 40], DCE: [false, 84], THF: [false, 66], toluene: [false, 111], EtOAc: [false, 77],
      MeOH: [true, 65], EtOH: [true, 78], water: [true, 100], iPrOH: [true, 82], isopropanol: [true, 82],
      '2-propanol': [true, 82], acetonitrile: [false, 82], '1,4-dioxane': [false, 101], '2-MeTHF': [false, 80], DMF: [false, 153],
    };
    for (const [n, [protic, bp]] of Object.entries(expected)) {
      const e = lookup(n);
      assert.ok(e, n);
      assert.equal(e.role, 'solvent', n);
      assert.equal(e.protic, protic, n);
      assert.equal(e.boilingPointC, bp, n);
    }
    for (const e of ALL) if (e.role === 'solvent') assert.equal(typeof e.protic, 'boolean', e.id);
  });

  it('reductants recommend the guide\'s solvents, as entry ids', () => {
    const ids = (n: string) => lookup(n)!.recommendedSolvents;
    assert.deepEqual(ids('STAB'), ['dce', 'dcm', 'thf']);
    assert.deepEqual(ids('NaBH3CN'), ['meoh', 'etoh']);
    assert.deepEqual(ids('NaBH4'), ['meoh', 'etoh']);
    assert.deepEqual(ids('H2, Pd/C'), ['meoh', 'etoh', 'etoac']);
    for (const e of KB) {
      for (const id of e.recommendedSolvents ?? []) assert.equal(lookupById(id)?.role, 'solvent', `${e.id} → ${id}`);
    }
    assert.equal(lookupById('dce')!.name, 'DCE');
  });

  it('the grown entries are present with sensible roles', () => {
    const roles: Record<string, KbRole> = {
      '4-fluorobenzaldehyde': 'carbonyl', anisaldehyde: 'carbonyl', '4-methoxybenzaldehyde': 'carbonyl',
      '2-pyridinecarboxaldehyde': 'carbonyl', '3-pyridinecarboxaldehyde': 'carbonyl', furfural: 'carbonyl',
      'thiophene-2-carboxaldehyde': 'carbonyl', formaldehyde: 'carbonyl', formalin: 'carbonyl', acetaldehyde: 'carbonyl',
      cyclopropanecarboxaldehyde: 'carbonyl', phenylacetaldehyde: 'carbonyl', cyclopentanone: 'carbonyl',
      'tert-butyl 4-oxopiperidine-1-carboxylate': 'carbonyl', acetophenone: 'carbonyl',
      'benzyl 1,4-diazepane-1-carboxylate': 'amine', piperazine: 'amine', '1-Boc-piperazine': 'amine',
      '1-methyl-1,4-diazepane': 'amine', DIPEA: 'base', "Hünig's base": 'base', pyridine: 'base',
      '3Å molecular sieves': 'dehydrating', 'Ti(OEt)4': 'dehydrating', MeCN: 'solvent', '2-MeTHF': 'solvent', DMF: 'solvent',
    };
    for (const [n, role] of Object.entries(roles)) assert.equal(lookup(n)?.role, role, n);
    assert.equal(lookup('1-Cbz-1,4-diazepane')!.protected, true);
    assert.equal(lookup('1-methyl-1,4-diazepane')!.protected, false);
    assert.equal(lookup('1-methyl-1,4-diazepane')!.freeNH, 1);
  });
});

describe('knowledge base: the aldehydes and ketones added after the protocol review', () => {
  // [name as written, molecular weight]: the canonical name and the synonyms chemists write.
  const names: [string, number][] = [
    ['4-chlorobenzaldehyde', 140.57], ['p-chlorobenzaldehyde', 140.57], ['3-chlorobenzaldehyde', 140.57], ['o-chlorobenzaldehyde', 140.57],
    ['4-bromobenzaldehyde', 185.02], ['3-nitrobenzaldehyde', 151.12], ['2-fluorobenzaldehyde', 124.11],
    ['salicylaldehyde', 122.12], ['2-hydroxybenzaldehyde', 122.12], ['4-hydroxybenzaldehyde', 122.12],
    ['4-(trifluoromethyl)benzaldehyde', 174.12], ['4-cyanobenzaldehyde', 131.13], ['4-formylbenzonitrile', 131.13],
    ['3-methoxybenzaldehyde', 136.15], ['m-anisaldehyde', 136.15], ['2-methoxybenzaldehyde', 136.15], ['o-anisaldehyde', 136.15],
    ['4-methylbenzaldehyde', 120.15], ['p-tolualdehyde', 120.15], ['4-(dimethylamino)benzaldehyde', 149.19],
    ['3,4-dimethoxybenzaldehyde', 166.18], ['veratraldehyde', 166.18], ['piperonal', 150.13], ['2-naphthaldehyde', 156.18],
    ['indole-3-carboxaldehyde', 145.16], ['1H-indole-3-carbaldehyde', 145.16],
    ['butyraldehyde', 72.11], ['butanal', 72.11], ['propionaldehyde', 58.08], ['propanal', 58.08],
    ['3-phenylpropanal', 134.18], ['hydrocinnamaldehyde', 134.18], ['pivalaldehyde', 86.13], ['trimethylacetaldehyde', 86.13],
    ['3-pentanone', 86.13], ['diethyl ketone', 86.13], ['cyclobutanone', 70.09], ['oxetan-3-one', 72.06], ['3-oxetanone', 72.06],
    ['tetrahydrofuran-3-one', 86.09], ['dihydrofuran-3(2H)-one', 86.09],
    ['1-methyl-4-piperidone', 113.16], ['N-methyl-4-piperidone', 113.16],
    ['1-benzyl-4-piperidone', 189.26], ['N-benzyl-4-piperidone', 189.26], ['1-benzylpiperidin-4-one', 189.26],
    ['1-acetylpiperidin-4-one', 141.17], ['1-acetyl-4-piperidone', 141.17], ['4-acetylpyridine', 121.14],
  ];
  for (const [n, mw] of names) {
    it(`${n} resolves to a carbonyl of MW ${mw}`, () => {
      const e = lookup(n);
      assert.ok(e, `${n} not found`);
      assert.equal(e.role, 'carbonyl');
      assert.equal(e.mw, mw);
      // As a reagent line it gets the knowledge base's figures (hover card, amounts).
      const r = analyze(`reagent x = ${n} 1 equiv\n`).model.reagents[0];
      assert.equal(r.kb?.id, e.id);
    });
  }

  it('isomers stay separate entries, and the entries that were already there keep their names', () => {
    const ids = ['4-chlorobenzaldehyde', '3-chlorobenzaldehyde', '2-chlorobenzaldehyde'].map((n) => lookup(n)!.id);
    assert.equal(new Set(ids).size, 3);
    assert.notEqual(lookup('m-anisaldehyde')!.id, lookup('anisaldehyde')!.id);
    assert.equal(lookup('anisaldehyde')!.id, '4-methoxybenzaldehyde');
    assert.equal(lookup('3-nitrobenzaldehyde')!.groups?.nitro, true);
    assert.equal(lookup('2-butanone')!.id, 'mek');
    assert.equal(lookup('acetophenone')!.id, 'acetophenone');
    assert.equal(lookup('cyclopropanecarboxaldehyde')!.id, 'cyclopropanecarboxaldehyde');
  });

  it('a weighed mass of one of them now gets its equiv, and a mass that disagrees with the equiv is reported', () => {
    const protocol = (ald: string) => `target mono
scale 5 mmol
reagent am   = 1-Boc-1,4-diazepane 1.0 equiv
reagent ald  = ${ald}
reagent acid = AcOH 1.0 equiv
reagent stab = NaBH(OAc)3 1.5 equiv
solvent DCE 0.2 M
step
  add am, ald, acid
  stir 1 h
  add stab
  stir 16 h
workup
  quench sat. NaHCO3
  extract DCM x3
`;
    const weighed = analyze(protocol('4-chlorobenzaldehyde 703 mg'));
    const row = amountsTable(weighed.model).rows.find((x) => x.alias === 'ald')!;
    assert.equal(row.mw, 140.57);
    assert.ok(Math.abs(row.mmol! - 5.0) < 0.01, String(row.mmol));
    assert.ok(Math.abs(row.equiv! - 1.0) < 0.01, String(row.equiv));
    assert.deepEqual(weighed.diagnostics.map((d) => d.rule), []);
    const off = analyze(protocol('4-chlorobenzaldehyde 1.0 equiv, 900 mg')).diagnostics.find((d) => d.rule === 'amount-mismatch');
    assert.ok(off, 'no amount-mismatch');
    assert.match(off.message, /900 mg of 4-chlorobenzaldehyde does not match 1\.0 equiv at scale 5 mmol: that would be 703 mg/);
    // A liquid with a density: a volume is read too (3-chlorobenzaldehyde, 1.241 g/mL: 566 µL is 5.0 mmol).
    const byVolume = amountsTable(analyze(protocol('3-chlorobenzaldehyde 566 µL')).model).rows.find((x) => x.alias === 'ald')!;
    assert.ok(Math.abs(byVolume.equiv! - 1.0) < 0.01, String(byVolume.equiv));
  });
});

describe('knowledge base: figures agree with openchemlib', () => {
  for (const e of withSmiles) {
    it(`${e.name}: MW ${e.mw} and formula ${e.formula} match the SMILES`, () => {
      const fw = formulaAndWeight(e.smiles!);
      assert.ok(fw, `SMILES of ${e.id} does not parse`);
      assert.ok(e.mw !== undefined, `${e.id} has no MW`);
      assert.ok(Math.abs(fw.mw - e.mw!) <= 0.01, `${e.id}: computed ${fw.mw.toFixed(3)} vs ${e.mw}`);
      assert.equal(e.formula, fw.formula);
      assert.match(fw.formula, /^(?:[A-Z][a-z]?\d*)+$/);
      assert.equal(hillFormula(fw.formula), fw.formula, 'formula is in Hill order');
    });
  }

  it('formulas come out in Hill order', () => {
    assert.equal(formulaAndWeight('[Na+].CC(=O)O[BH-](OC(C)=O)OC(C)=O')!.formula, 'C6H10BNaO6');
    assert.equal(formulaAndWeight('[Na+].[BH4-]')!.formula, 'BH4Na');
    assert.equal(formulaAndWeight('OC(=O)C(F)(F)F')!.formula, 'C2HF3O2');
    assert.equal(hillFormula('H2O4S'), 'H2O4S');
  });

  it('an invalid or empty SMILES gives undefined, never an exception', () => {
    for (const bad of ['C1CC', 'xyz(', '', '   ', 'C[[N']) {
      assert.equal(formulaAndWeight(bad), undefined, bad);
      assert.equal(groupsFromSmiles(bad), undefined, bad);
      assert.equal(svgFromSmiles(bad), undefined, bad);
    }
  });

  it('svgFromSmiles draws a molecule', () => {
    const svg = svgFromSmiles('C1CNCCNC1');
    assert.ok(svg && svg.startsWith('<svg'), 'an SVG element');
    assert.match(svg, /<line|<path|<polygon/);
    assert.equal(svgFromSmiles('C1CNCCNC1'), svg, 'memoised per SMILES and size');
  });
});

describe('knowledge base: functional groups', () => {
  const keys: (keyof FunctionalGroups)[] = ['aldehyde', 'ketone', 'nitro', 'alkene', 'alkyne', 'oBenzyl', 'nBenzyl', 'cbz', 'arylBr', 'arylI', 'nitrile', 'freeNH'];

  for (const e of withSmiles) {
    it(`${e.name}: stored groups equal the groups computed from the SMILES`, () => {
      const g = groupsFromSmiles(e.smiles!);
      assert.ok(g);
      if (e.groups) {
        for (const k of keys) if (k in e.groups) assert.equal(e.groups[k], g[k], `${e.id}.${k}`);
      } else {
        for (const k of keys) assert.ok(!g[k], `${e.id} has ${k} in its SMILES but not in its data`);
      }
      if (e.role === 'carbonyl') {
        assert.ok(e.groups, `${e.id}: carbonyls need precomputed groups`);
        assert.ok(e.groups.aldehyde !== e.groups.ketone, `${e.id}: exactly one of aldehyde / ketone`);
      }
      if (e.role === 'amine') assert.equal(e.freeNH, g.freeNH, `${e.id}.freeNH`);
    });
  }

  it('carbonyl entries without SMILES still say what they are', () => {
    for (const e of KB.filter((x) => x.role === 'carbonyl' && !x.smiles)) {
      assert.ok(e.groups?.aldehyde || e.groups?.ketone, e.id);
    }
  });

  it('aldehyde vs ketone, nitro, C=C, C≡C', () => {
    assert.deepEqual(groupsFromSmiles('O=Cc1ccccc1'), { aldehyde: true, ketone: false, nitro: false, alkene: false, alkyne: false, oBenzyl: false, nBenzyl: false, cbz: false, arylBr: false, arylI: false, nitrile: false, freeNH: 0 });
    assert.equal(groupsFromSmiles('O=C1CCCCC1')!.ketone, true);
    assert.equal(groupsFromSmiles('O=C1CCCCC1')!.aldehyde, false);
    assert.equal(groupsFromSmiles('O=Cc1ccc(cc1)[N+](=O)[O-]')!.nitro, true);
    assert.equal(groupsFromSmiles('O=C/C=C/c1ccccc1')!.alkene, true);
    assert.equal(groupsFromSmiles('C#CCN')!.alkyne, true);
    assert.equal(groupsFromSmiles('CC#N')!.alkyne, false, 'a nitrile is not an alkyne');
    assert.equal(groupsFromSmiles('Cc1ccccc1')!.alkene, false, 'aromatic bonds are not alkenes');
    assert.equal(groupsFromSmiles('CC(=O)O')!.ketone, false, 'an acid is not a ketone');
    assert.equal(groupsFromSmiles('CCOC(C)=O')!.ketone, false, 'an ester is not a ketone');
    assert.equal(groupsFromSmiles('CN(C)C=O')!.aldehyde, false, 'a formamide is not an aldehyde');
    assert.equal(groupsFromSmiles('O=Cc1ccc(Br)cc1')!.arylBr, true);
    assert.equal(groupsFromSmiles('O=Cc1ccc(I)s1')!.arylI, true, 'on a heteroarene too');
    assert.equal(groupsFromSmiles('O=CCCBr')!.arylBr, false, 'an alkyl bromide is not an aryl bromide');
    assert.equal(groupsFromSmiles('O=Cc1ccc(CBr)cc1')!.arylBr, false, 'nor is a benzyl bromide');
    assert.equal(groupsFromSmiles('O=Cc1ccc(cc1)C#N')!.nitrile, true);
    assert.equal(groupsFromSmiles('[Na+].[BH3-]C#N')!.nitrile, false, 'the cyanide of NaBH3CN is no nitrile');
    assert.equal(groupsFromSmiles('NC#N')!.nitrile, false, 'nor a cyanamide');
  });

  it('free N–H counts: diazepane 2, Boc-diazepane 1, DAZA 3; amide, pyridine, pyrrole and nitro N do not count', () => {
    assert.equal(groupsFromSmiles('C1CNCCNC1')!.freeNH, 2);
    assert.equal(groupsFromSmiles('CC(C)(C)OC(=O)N1CCCNCC1')!.freeNH, 1);
    assert.equal(groupsFromSmiles('NC1CNCCNC1')!.freeNH, 3);
    assert.equal(groupsFromSmiles('O=Cc1ccncc1')!.freeNH, 0);
    assert.equal(groupsFromSmiles('c1cc[nH]c1')!.freeNH, 0);
    assert.equal(groupsFromSmiles('CC(=O)NC')!.freeNH, 0);
    assert.equal(groupsFromSmiles('CS(=O)(=O)NC')!.freeNH, 0);
    assert.equal(groupsFromSmiles('CCN(CC)CC')!.freeNH, 0);
    assert.equal(groupsFromSmiles('O=[N+]([O-])c1ccc(N)cc1')!.freeNH, 1, 'the aniline N counts, the nitro N does not');
  });
});

describe('knowledge base: lookup', () => {
  it('every name and synonym of every entry (labelled and resin-bound ones too) resolves to that entry', () => {
    for (const e of ALL) {
      for (const n of [e.name, ...e.synonyms]) assert.equal(lookup(n)?.id, e.id, `'${n}'`);
    }
  });

  it('ids are unique and found by lookupById', () => {
    assert.equal(new Set(KB.map((e) => e.id)).size, KB.length);
    for (const e of KB) assert.equal(lookupById(e.id), e);
    assert.equal(lookupById('nope'), undefined);
  });

  it('normalises whitespace, dashes, Å, subscripts, µ and hydrate dots', () => {
    assert.equal(lookup('1,4\u2010diazepane')?.id, 'diazepane');
    assert.equal(lookup('1\u20134-diazepane'), undefined, 'only dashes become hyphens, not commas');
    assert.equal(lookup('1\u2013Boc\u20131,4\u2013diazepane')?.id, 'boc-diazepane');
    assert.equal(lookup('4 Å molecular sieves')?.id, 'ms4a');
    assert.equal(lookup('4\u212B molecular sieves')?.id, 'ms4a');
    assert.equal(lookup('molecular   sieves  4A')?.id, 'ms4a');
    assert.equal(lookup('MS 3Å')?.id, 'ms3a');
    assert.equal(lookup('NaBH(OAc)₃')?.id, 'stab');
    assert.equal(lookup('Et₃N')?.id, 'et3n');
    assert.equal(lookup('TsOH•H2O')?.id, 'tsoh-h2o');
    assert.equal(lookup('H2 / Pd-C')?.id, 'h2-pdc');
    assert.equal(lookup('H2 , Pd/C')?.id, 'h2-pdc');
    assert.equal(normalizeName('5 µL'), normalizeName('5 μL'));
    assert.equal(lookup('"DCE"')?.id, 'dce');
  });

  it('tolerates grade words, and solution markers only for acids and formaldehyde', () => {
    assert.equal(lookup('dry THF')?.id, 'thf');
    assert.equal(lookup('anhydrous DCE')?.id, 'dce');
    assert.equal(lookup('glacial AcOH')?.id, 'acoh');
    assert.equal(lookup('aq. HCl')?.id, 'hcl');
    assert.equal(lookup('1 M HCl')?.id, 'hcl');
    assert.equal(lookup('2N HCl')?.id, 'hcl');
    assert.equal(lookup('conc. H2SO4')?.id, 'h2so4');
    assert.equal(lookup('formaldehyde (37% in water)')?.id, 'formalin');
    assert.equal(lookup('37 % formaldehyde')?.id, 'formalin');
    assert.equal(lookup('aq. STAB'), undefined);
    assert.equal(lookup('sat. benzaldehyde'), undefined);
    assert.equal(lookup('sat. NaHCO3'), undefined, 'work-up vocabulary is not a reagent');
  });

  it('reads names as bottles and catalogues write them: solutions, grades after a comma, ChemDraw superscripts', () => {
    const cases: [string, string][] = [
      ['NaBH3CN (1 M in THF)', 'nabh3cn'],
      ['sodium cyanoborohydride (1.0 M in THF)', 'nabh3cn'],
      ['STAB (1 M in THF)', 'stab'],
      ['HCl in 1,4-dioxane', 'hcl'],
      ['HCl 4N in dioxane', 'hcl'],
      ['HCl, 2.0 M in diethyl ether', 'hcl'],
      ['acetic acid, glacial', 'acoh'],
      ['methanol, anhydrous', 'meoh'],
      ['Methanol, anhydrous, 99.8%', 'meoh'],
      ['THF, anhydrous', 'thf'],
      ['ethanol, absolute', 'etoh'],
      ['NaBH4 pellets', 'nabh4'],
      ['Ti(Oi-Pr)4', 'ti-oipr4'],
      ['Ti(OⁱPr)₄', 'ti-oipr4'],
      ['ⁱPr₂NEt', 'dipea'],
      ['Hünig base', 'dipea'],
      ['Formaldehyde (37 wt. % in H2O)', 'formalin'],
      ['Formaldehyde solution, 37 wt. % in H2O', 'formalin'],
      ['formaldehyde, 36.5-38% in H2O', 'formalin'],
      ['sodium triacetoxyborohydride (NaBH(OAc)3)', 'stab'],
      ['activated 4Å molecular sieves', 'ms4a'],
      ['1,2-DCE', 'dce'],
      ['2-Me-THF', '2-methf'],
      ['sodium acetate', 'naoac'],
      ['NaOAc, anhydrous', 'naoac'],
      ['borane-pyridine complex', 'pyridine-borane'],
      ['Py·BH3', 'pyridine-borane'],
      ['20% Pd(OH)2/C', 'h2-pdc'],
      ["Pearlman's catalyst", 'h2-pdc'],
      ['H2, Pd(OH)2/C (20 wt%)', 'h2-pdc'],
    ];
    for (const [name, id] of cases) assert.equal(lookup(name)?.id, id, name);
    // The substance, never the solvent it is dissolved in; an unknown substance stays unknown.
    assert.equal(lookup('4-fluorobenzylamine (1 M in THF)'), undefined);
    assert.equal(lookup('water in THF'), undefined);
    assert.equal(lookup('benzaldehyde in situ'), undefined);
    assert.equal(withoutNote('4-fluorobenzylamine (1 M in THF)'), '4-fluorobenzylamine');
    assert.equal(withoutNote('acetic acid, glacial'), 'acetic acid');
  });

  it('unknown names are not found', () => {
    for (const n of ['', '   ', 'unobtainium', 'NaBH4x', 'benzaldehyd']) assert.equal(lookup(n), undefined, n);
  });
});

describe('knowledge base: closeNames', () => {
  it('suggests the intended name first', () => {
    assert.equal(closeNames('NaBH4x')[0], 'NaBH4');
    assert.ok(closeNames('NaBH4x').includes('NaBH4'));
    assert.ok(closeNames('benzaldehyd').includes('benzaldehyde'));
    assert.equal(closeNames('tolune')[0], 'toluene');
    assert.equal(closeNames('cyclohexanon')[0], 'cyclohexanone');
    assert.equal(closeNames('BENZALDEHYD')[0], 'benzaldehyde', 'case-insensitive');
  });

  it('offers the spelling closest to what was typed (a synonym as the knowledge base writes it), once per entry', () => {
    const r = closeNames('homopiperazin');
    assert.equal(r[0], 'homopiperazine');
    assert.equal(lookup(r[0])?.id, lookup('1,4-diazepane')?.id);
    assert.equal(new Set(r).size, r.length);
    assert.deepEqual(closeNames('sodium borohydrid').slice(0, 1), ['sodium borohydride']);
  });

  it('respects the distance limit and skips very short names', () => {
    assert.deepEqual(closeNames('xq'), []);
    assert.deepEqual(closeNames('DC'), []);
    assert.deepEqual(closeNames('zzzzzzzzzzzz'), []);
    assert.ok(!closeNames('benzaldehyd', 0).includes('benzaldehyde'));
    assert.ok(closeNames('benzaldehyd', 1).includes('benzaldehyde'));
    const dcx = closeNames('DCX');
    assert.ok(dcx.includes('DCE') && dcx.includes('DCM'));
    assert.ok(!dcx.includes('water'), 'short names do not match everything');
  });

  it('counts two swapped neighbouring letters as one edit, and ranks what `prefer` picks first among equals', () => {
    assert.deepEqual(closeNames('TFH'), ['TFA', 'THF', 'TFE']);
    // One edit at most for abbreviations: PPTS (a mild acid) is not offered TsOH (PTSA, a strong one).
    assert.ok(!closeNames('PPTS').includes('TsOH'), closeNames('PPTS').join(', '));
    assert.equal(lookup('diethyl ether')?.id, 'et2o');
    assert.equal(lookup('hexanes')?.id, 'hexane');
    const solvent = (e: { role: string }) => e.role === 'solvent';
    assert.deepEqual(closeNames('TFH', 3, solvent), ['THF', 'TFE', 'TFA']);
    assert.equal(closeNames('DMC', 3, solvent)[0], 'DCM');
    assert.equal(closeNames('toluen', 3, () => false)[0], 'toluene', 'closeness first, preference second');
  });
});

describe('knowledge base: closeNames among isomers, analogues and alcohols', () => {
  it('a typo of one isomer is offered that isomer only, not the others farther by their locant', () => {
    assert.deepEqual(closeNames('4-chlorobenzaldehyd'), ['4-chlorobenzaldehyde']);
    assert.deepEqual(closeNames('2-chlorobenzaldehyd'), ['2-chlorobenzaldehyde']);
    assert.deepEqual(closeNames('2-hydroxybenzaldehyd'), ['2-hydroxybenzaldehyde']);
    assert.deepEqual(closeNames('pyridine-4-carboxaldehid'), ['pyridine-4-carboxaldehyde']);
    assert.deepEqual(closeNames('4-flourobenzaldehyde'), ['4-fluorobenzaldehyde'], 'nor the 4-chloro analogue');
    assert.deepEqual(closeNames('diethylketone'), ['diethyl ketone'], 'nor dimethyl ketone (acetone)');
    // Equally close isomers are all offered: the name does not say which.
    // (MS 5A is a name of its own since round 5: 6A, which no one sells, stands in for the unknown one.)
    assert.deepEqual(closeNames('MS 6A'), ['MS 4A', 'MS 3A', 'MS 5A'], 'as written: the closest spelling of each');
  });

  it('another substituent in the same place is another compound', () => {
    // (3-fluorobenzaldehyde, the old example, is an entry of its own since round 8.)
    assert.deepEqual(closeNames('3-iodobenzaldehyde'), [], 'not 3-chlorobenzaldehyde');
    assert.deepEqual(closeNames('4-iodobenzaldehyde'), []);
    assert.deepEqual(closeNames('4-ethylbenzaldehyde'), []);
    assert.deepEqual(closeNames('3-methylbenzaldehyde'), [], 'not 3-methoxybenzaldehyde');
    assert.deepEqual(closeNames('1-ethyl-4-piperidone'), []);
    assert.deepEqual(closeNames('1-ethyl-1,4-diazepane'), []);
  });

  it('an alcohol is not offered the carbonyl of the same skeleton', () => {
    for (const n of ['cyclohexanol', 'cyclobutanol', 'cyclopentanol', 'n-butanol', 'oxetan-3-ol']) assert.deepEqual(closeNames(n), [], n);
    assert.ok(!closeNames('propanol').includes('propionaldehyde'), closeNames('propanol').join(', '));
    assert.ok(!closeNames('butanol').includes('butyraldehyde'), closeNames('butanol').join(', '));
    // Nor an amine the ketone (code review: `4-benzylpiperidine` was offered 1-benzyl-4-piperidone); typos still are.
    assert.deepEqual(closeNames('4-benzylpiperidine'), []);
    assert.deepEqual(closeNames('1-benzyl-4-piperidon'), ['1-benzyl-4-piperidone']);
    assert.deepEqual(closeNames('pyridin'), ['pyridine']);
  });

  it('on a reagent line the warning offers the one isomer meant', () => {
    const d = analyze(`reagent ald = 4-chlorobenzaldehyd 1.0 equiv\nreagent alc = n-butanol 1.0 equiv\n`).diagnostics.filter((x) => x.rule === 'unknown-reagent');
    assert.equal(d.length, 2);
    assert.match(d[0].message, /Did you mean '4-chlorobenzaldehyde'\? Otherwise/);
    assert.equal(d[0].fixes?.length, 1);
    assert.doesNotMatch(d[1].message, /Did you mean/, 'n-butanol is not 2-butanone or butyraldehyde');
  });
});

describe('knowledge base: work-up vocabulary', () => {
  const cases: [string, WorkupClass[]][] = [
    ['sat. NaHCO3', ['basic']],
    ['sat. aq. NaHCO₃', ['basic']],
    ['1 M NaOH', ['basic']],
    ['Na2CO3', ['basic']],
    ['10% K2CO3', ['basic']],
    ['aq. base', ['basic']],
    ['1 M HCl', ['acidic']],
    ['citric acid (10%)', ['acidic']],
    ['sat. NH4Cl', ['acidic']],
    ['brine', ['brine']],
    ['water', ['water']],
    ['Na2SO4', ['drying']],
    ['MgSO4', ['drying']],
    ['silica DCM/MeOH 95:5', ['silica', 'stationary-phase']],
    ['column', ['silica', 'stationary-phase']],
    ['flash chromatography', ['silica', 'stationary-phase']],
    ['alumina', ['stationary-phase']],
    ['C18 MeCN/water', ['stationary-phase', 'water']],
    ['C18 column', ['stationary-phase']],
    ['silica DCM/MeOH 95:5 + 1% Et3N', ['silica', 'stationary-phase', 'amine-modifier']],
    ['silica + 2% TEA', ['silica', 'stationary-phase', 'amine-modifier']],
    ['deactivated silica', ['silica', 'stationary-phase', 'amine-modifier']],
    ['silica DCM/7 N NH3 in MeOH', ['silica', 'stationary-phase', 'amine-modifier', 'basic']],
    ['NH4OH', ['basic', 'amine-modifier']],
    ['DCM', []],
    ['EtOAc', []],
  ];
  for (const [text, classes] of cases) {
    it(`'${text}' → ${classes.join(', ') || 'nothing'}`, () => {
      assert.deepEqual([...classifyWorkup(text)].sort(), [...classes].sort());
    });
  }

  it('matches on word boundaries only', () => {
    assert.ok(!classifyWorkup('NH4Cl').has('basic'), 'NH4Cl is not NH4OH');
    assert.ok(!classifyWorkup('NaHCO3').has('acidic'));
    assert.ok(!classifyWorkup('steam').has('amine-modifier'), 'TEA inside a word');
    assert.ok(!classifyWorkup('columnar').has('silica'));
    assert.ok(!classifyWorkup('CH2Cl2').has('acidic'), 'no HCl inside CH2Cl2');
  });
});

describe('knowledge base: aqueous names', () => {
  it('recognises reagents that bring water', () => {
    for (const n of ['aq. NH3', 'formaldehyde (aqueous)', 'formalin', 'formaldehyde 37% in water', 'methylamine 40% in H2O', 'NaOH (aq)', 'hydrochloric acid', '37% formaldehyde', 'solution in water', 'water']) {
      assert.equal(isAqueousName(n), true, n);
    }
  });
  it('does not flag anhydrous reagents', () => {
    for (const n of ['HCl in dioxane', 'benzaldehyde', 'formaldehyde', 'paraformaldehyde', 'aqua regia', 'NaBH(OAc)3', 'EtOAc']) {
      assert.equal(isAqueousName(n), false, n);
    }
  });
});

describe('knowledge base: texts', () => {
  it('every entry (labelled and resin-bound ones too) has an explanation, hazards list and a source; advice cites the guide', () => {
    for (const e of ALL) {
      assert.ok(e.explanation.length > 80, `${e.id}: explanation too short`);
      assert.ok(e.source.length > 10, `${e.id}: no source`);
      assert.ok(Array.isArray(e.hazards), e.id);
      assert.ok(e.state, `${e.id}: no state`);
      if (e.advice) assert.match(e.advice, /\(guide: [^)]+\)/, `${e.id}: advice without a guide reference`);
    }
  });
});

describe('knowledge base: openchemlib is loaded lazily', () => {
  it('lookups and work-up classification do not load openchemlib; the first SMILES call does', () => {
    const code = `
      const assert = require('node:assert/strict');
      const kb = require('./server/src/kb');
      const chem = require('./server/src/kb/chem');
      assert.equal(chem.isChemLoaded(), false, 'loaded at import');
      assert.equal(kb.lookup('STAB').id, 'stab');
      assert.equal(kb.lookup('4 Å molecular sieves').id, 'ms4a');
      assert.ok(kb.closeNames('NaBH4x').includes('NaBH4'));
      assert.ok(kb.classifyWorkup('sat. NaHCO3').has('basic'));
      assert.equal(kb.isAqueousName('formalin'), true);
      assert.equal(chem.isChemLoaded(), false, 'loaded by a lookup');
      const g = chem.groupsFromSmiles('C1CNCCNC1');
      assert.equal(g.freeNH, 2);
      assert.equal(chem.isChemLoaded(), true, 'not loaded by groupsFromSmiles');
      process.stdout.write('LAZY-OK');
    `;
    const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', code], { cwd: ROOT, encoding: 'utf8', timeout: 60000 });
    assert.equal(r.status, 0, `child failed:\n${r.stderr}`);
    assert.equal(r.stdout.trim(), 'LAZY-OK');
  });
});
