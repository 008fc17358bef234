/**
 * Cheminformatics helpers: the ONLY module that touches openchemlib.
 *
 * openchemlib is large (several MB) and slow to initialise, so it is loaded lazily on the
 * first call that needs it: a protocol that declares no SMILES never loads it. Results are
 * memoised per SMILES string. None of these functions throws: an invalid SMILES gives
 * `undefined`.
 */
import type { FunctionalGroups } from './types';

declare const RXN_BUNDLED: boolean | undefined;
let ocl: typeof import('openchemlib') | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
function load() { if (!ocl) { ocl = (typeof RXN_BUNDLED !== 'undefined' && RXN_BUNDLED) ? require(require('node:path').join(__dirname, 'openchemlib.js')) : require('openchemlib'); } return ocl!; }
export function isChemLoaded(): boolean { return ocl !== undefined; }

type Molecule = import('openchemlib').Molecule;

interface Info {
  /** undefined when the SMILES did not parse (or has no atoms). */
  mol?: Molecule;
  /** Why it did not parse (openchemlib's message), when it did not. */
  error?: string;
  formula?: { formula: string; mw: number };
  groups?: FunctionalGroups;
  svg?: Map<string, string | undefined>;
  canonical?: string | null;
}

/** Small memo cache: SMILES → parsed molecule and derived results. Oldest entries go first. */
const MAX_CACHE = 256;
const cache = new Map<string, Info>();

/**
 * Longer SMILES are not parsed: openchemlib's time grows faster than the length (about 0.1 s
 * at 300 characters, 1.5 s at 1,000, a minute at 8,000), and the reagents of a reductive
 * amination are small molecules (a drug-like aldehyde is well under 150 characters). A
 * pasted polymer or a runaway string must not stall every keystroke.
 */
export const MAX_SMILES_LENGTH = 250;

function info(smiles: string): Info {
  const key = smiles.trim();
  let hit = cache.get(key);
  if (hit) return hit;
  hit = {};
  if (key.length > MAX_SMILES_LENGTH) hit.error = `longer than ${MAX_SMILES_LENGTH} characters: too long for a reagent rxn reads`;
  else if (key !== '') {
    try {
      const OCL = load();
      const mol = OCL.Molecule.fromSmiles(key);
      if (mol.getAllAtoms() > 0) hit.mol = mol;
      else hit.error = 'no atoms';
    } catch (e) {
      // invalid SMILES: leave mol undefined
      hit.error = (e instanceof Error ? e.message : String(e)).replace(/^.*?SmilesParser:\s*/i, '').trim() || 'not a valid SMILES';
    }
  } else hit.error = 'empty';
  if (cache.size >= MAX_CACHE) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(key, hit);
  return hit;
}

/** Rewrites an element-count formula in Hill order: C, H, then the rest alphabetically (no C: all alphabetical). */
export function hillFormula(formula: string): string {
  const counts = new Map<string, number>();
  const re = /([A-Z][a-z]?)(\d*)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(formula))) {
    counts.set(m[1], (counts.get(m[1]) ?? 0) + (m[2] ? Number(m[2]) : 1));
  }
  const els = [...counts.keys()];
  const hasC = counts.has('C');
  els.sort((a, b) => {
    if (hasC) {
      const rank = (e: string) => (e === 'C' ? 0 : e === 'H' ? 1 : 2);
      const d = rank(a) - rank(b);
      if (d !== 0) return d;
    }
    return a < b ? -1 : a > b ? 1 : 0;
  });
  return els.map((e) => e + (counts.get(e)! === 1 ? '' : String(counts.get(e)))).join('');
}

/** Why a SMILES cannot be read (a short reason), or undefined when it can. */
export function smilesProblem(smiles: string): string | undefined {
  const i = info(smiles);
  return i.mol ? undefined : (i.error ?? 'not a valid SMILES');
}

/** Molecular formula (Hill order) and relative molecular weight (g/mol) of a SMILES; undefined if invalid. */
export function formulaAndWeight(smiles: string): { formula: string; mw: number } | undefined {
  const i = info(smiles);
  if (!i.mol) return undefined;
  if (!i.formula) {
    try {
      const f = i.mol.getMolecularFormula();
      i.formula = { formula: hillFormula(f.formula), mw: f.relativeWeight };
    } catch {
      return undefined;
    }
  }
  return { ...i.formula };
}

/** A canonical key of the molecule a SMILES draws (the same for `O=Cc1ccncc1` and `c1cnccc1C=O`); undefined if invalid. */
export function canonicalKey(smiles: string): string | undefined {
  const i = info(smiles);
  if (!i.mol) return undefined;
  // Memoised with the molecule: rules ask it on every analysis (a few ms for a drug-like SMILES).
  if (i.canonical === undefined) {
    try {
      i.canonical = i.mol.getCanonizedIDCode(0);
    } catch {
      i.canonical = null;
    }
  }
  return i.canonical ?? undefined;
}

/**
 * Functional groups that matter to the rules, found by inspecting atoms and bonds:
 * aldehyde / ketone C=O (the carbonyl carbon bonded only to C or H), nitro, non-aromatic
 * C=C and C≡C, O- and N-benzyl, aryl bromides and iodides, nitriles, and the number of amine nitrogens that carry at least one H and can be
 * alkylated (not amide, carbamate, sulfonamide, imine or aromatic ring nitrogens).
 */
export function groupsFromSmiles(smiles: string): FunctionalGroups | undefined {
  const i = info(smiles);
  if (!i.mol) return undefined;
  if (!i.groups) {
    try {
      i.groups = computeGroups(i.mol);
    } catch {
      return undefined;
    }
  }
  return { ...i.groups };
}

/**
 * An aldehyde or ketone on an aromatic ring (benzaldehyde, a pyridine- or furancarbaldehyde,
 * acetophenone): the group its reductive amination puts on the nitrogen is an arylmethyl
 * (benzyl-type) group, which hydrogenolysis over palladium can take off again.
 */
export function arylCarbonyl(smiles: string): boolean {
  const mol = info(smiles).mol;
  if (!mol) return false;
  const OCL = load();
  mol.ensureHelperArrays(OCL.Molecule.cHelperRings);
  for (let a = 0; a < mol.getAtoms(); a++) {
    if (mol.getAtomicNo(a) !== 6 || mol.isAromaticAtom(a)) continue;
    let carbonyl = false;
    let aryl = false;
    let hetero = false;
    for (let k = 0; k < mol.getConnAtoms(a); k++) {
      const b = mol.getConnAtom(a, k);
      if (mol.getAtomicNo(b) === 8 && mol.getConnBondOrder(a, k) === 2) carbonyl = true;
      else if (mol.getAtomicNo(b) !== 6) hetero = true; // an ester, acid or amide C=O
      else if (mol.isAromaticAtom(b)) aryl = true;
    }
    if (carbonyl && aryl && !hetero) return true;
  }
  return false;
}

const C = 6;
const N = 7;
const O = 8;
const S = 16;
const BR = 35;
const I = 53;

function computeGroups(mol: Molecule): FunctionalGroups {
  const OCL = load();
  mol.ensureHelperArrays(OCL.Molecule.cHelperRings);
  const g: FunctionalGroups = { aldehyde: false, ketone: false, nitro: false, alkene: false, alkyne: false, oBenzyl: false, nBenzyl: false, cbz: false, arylBr: false, arylI: false, nitrile: false, freeNH: 0 };

  /** True when `atom` carries a double bond to O or S (a carbonyl/thiocarbonyl/sulfonyl centre). */
  const hasDoubleToOS = (atom: number): boolean => {
    for (let k = 0; k < mol.getConnAtoms(atom); k++) {
      const nb = mol.getAtomicNo(mol.getConnAtom(atom, k));
      if ((nb === O || nb === S) && mol.getConnBondOrder(atom, k) === 2) return true;
    }
    return false;
  };

  const atoms = mol.getAtoms();
  for (let a = 0; a < atoms; a++) {
    const z = mol.getAtomicNo(a);
    const n = mol.getConnAtoms(a);
    if (z === C && !mol.isAromaticAtom(a)) {
      // C=O with the other neighbours all carbon: aldehyde (≥1 H) or ketone (no H, two carbons).
      let carbonylO = -1;
      let others = 0;
      let carbonOthers = 0;
      // Deuterium (`[2H]`, formaldehyde-d2) is an explicit atom to openchemlib, not one of the
      // carbon's hydrogens: counted here as the hydrogen it stands for.
      let isotopeH = 0;
      for (let k = 0; k < n; k++) {
        const b = mol.getConnAtom(a, k);
        const zb = mol.getAtomicNo(b);
        if (zb === 1) isotopeH++;
        else if (zb === O && mol.getConnBondOrder(a, k) === 2 && mol.getAtomCharge(b) === 0 && carbonylO < 0) carbonylO = b;
        else {
          others++;
          if (zb === C) carbonOthers++;
        }
      }
      if (carbonylO >= 0 && mol.getAtomCharge(a) === 0 && others === carbonOthers) {
        const h = mol.getAllHydrogens(a) + isotopeH;
        if (h >= 1) g.aldehyde = true;
        else if (carbonOthers === 2) g.ketone = true;
      }
    } else if (z === N) {
      let oxygens = 0;
      for (let k = 0; k < n; k++) if (mol.getAtomicNo(mol.getConnAtom(a, k)) === O) oxygens++;
      if (oxygens === 2 && n === 3 && mol.getAllHydrogens(a) === 0) g.nitro = true;
      // Amine N–H: not aromatic, no multiple bond on N, no O/N/S neighbour, not next to C=O/C=S/S=O.
      if (mol.getAllHydrogens(a) >= 1 && !mol.isAromaticAtom(a) && mol.getAtomPi(a) === 0 && mol.getAtomCharge(a) >= 0) {
        let amine = true;
        for (let k = 0; k < n; k++) {
          const b = mol.getConnAtom(a, k);
          const zb = mol.getAtomicNo(b);
          if (zb !== C && zb !== 1) { amine = false; break; }
          if (hasDoubleToOS(b)) { amine = false; break; }
          // amidine / guanidine carbon (non-aromatic C=N): not a plain amine
          if (!mol.isAromaticAtom(b)) for (let j = 0; j < mol.getConnAtoms(b); j++) {
            if (mol.getAtomicNo(mol.getConnAtom(b, j)) === N && mol.getConnBondOrder(b, j) === 2) amine = false;
          }
        }
        if (amine) g.freeNH++;
      }
    }
  }

  // Benzylic C–O and C–N bonds that hydrogenolysis cuts: an sp3 CH or CH2 outside a ring, on an
  // aromatic carbon, bonded to an ether/ester O or to an N that is a tertiary amine (no H, no
  // aromatic or C=O/C=S neighbour: not an amide, carbamate or N-aryl).
  for (let a = 0; a < atoms; a++) {
    if (mol.getAtomicNo(a) !== C || mol.isAromaticAtom(a) || mol.isRingAtom(a) || mol.getAtomPi(a) !== 0 || mol.getAllHydrogens(a) < 1) continue;
    let onArene = false;
    for (let k = 0; k < mol.getConnAtoms(a); k++) {
      const b = mol.getConnAtom(a, k);
      if (mol.getAtomicNo(b) === C && mol.isAromaticAtom(b)) onArene = true;
    }
    if (!onArene) continue;
    for (let k = 0; k < mol.getConnAtoms(a); k++) {
      const x = mol.getConnAtom(a, k);
      const zx = mol.getAtomicNo(x);
      if (mol.getAtomCharge(x) !== 0 || mol.getAllHydrogens(x) > 0 || mol.isAromaticAtom(x)) continue;
      const others: number[] = [];
      for (let j = 0; j < mol.getConnAtoms(x); j++) if (mol.getConnAtom(x, j) !== a) others.push(mol.getConnAtom(x, j));
      if (!others.every((o) => mol.getAtomicNo(o) === C)) continue;
      if (zx === O && others.length === 1) {
        g.oBenzyl = true;
        // O–C(=O)–N: a benzyl carbamate (Cbz).
        const c = others[0];
        if (hasDoubleToOS(c)) for (let j = 0; j < mol.getConnAtoms(c); j++) if (mol.getAtomicNo(mol.getConnAtom(c, j)) === N) g.cbz = true;
      }
      if (zx === N && mol.getAtomPi(x) === 0 && others.length === 2 && others.every((o) => !mol.isAromaticAtom(o) && !hasDoubleToOS(o))) g.nBenzyl = true;
    }
  }

  // Aryl bromides and iodides (the halogen on an aromatic carbon), and organic nitriles: a
  // neutral C≡N whose carbon's other neighbour is a carbon (not the B–C≡N of NaBH3CN, nor a cyanamide).
  for (let a = 0; a < atoms; a++) {
    const z = mol.getAtomicNo(a);
    if ((z === BR || z === I) && mol.getConnAtoms(a) === 1) {
      const c = mol.getConnAtom(a, 0);
      if (mol.getAtomicNo(c) === C && mol.isAromaticAtom(c)) {
        if (z === BR) g.arylBr = true;
        else g.arylI = true;
      }
    }
    if (z === N && mol.getConnAtoms(a) === 1 && mol.getAtomCharge(a) === 0 && mol.getConnBondOrder(a, 0) === 3) {
      const c = mol.getConnAtom(a, 0);
      if (mol.getAtomicNo(c) !== C || mol.getAtomCharge(c) !== 0 || mol.getConnAtoms(c) !== 2) continue;
      for (let k = 0; k < 2; k++) {
        const r = mol.getConnAtom(c, k);
        if (r !== a && mol.getAtomicNo(r) === C) g.nitrile = true;
      }
    }
  }

  const bonds = mol.getBonds();
  for (let b = 0; b < bonds; b++) {
    const a0 = mol.getBondAtom(0, b);
    const a1 = mol.getBondAtom(1, b);
    if (mol.getAtomicNo(a0) !== C || mol.getAtomicNo(a1) !== C) continue;
    const order = mol.getBondOrder(b);
    if (order === 2 && !mol.isAromaticBond(b) && !mol.isDelocalizedBond(b)) g.alkene = true;
    if (order === 3) g.alkyne = true;
  }
  return g;
}

/** A 2D depiction of the SMILES as an SVG string (auto-cropped), or undefined if invalid. */
export function svgFromSmiles(smiles: string, width = 260, height = 180): string | undefined {
  const i = info(smiles);
  if (!i.mol) return undefined;
  if (!i.svg) i.svg = new Map();
  const key = `${width}x${height}`;
  if (!i.svg.has(key)) {
    let svg: string | undefined;
    try {
      svg = i.mol.toSVG(width, height, undefined, { autoCrop: true });
    } catch {
      svg = undefined;
    }
    i.svg.set(key, svg);
  }
  return i.svg.get(key);
}
