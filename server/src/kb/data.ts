/**
 * The reagent knowledge base: every entry of the spec's minimum table plus common
 * aldehydes, ketones, amines, bases, drying agents and solvents a bench chemist is likely
 * to write in a diazepane reductive amination.
 *
 * Rules for this file:
 * - Names, synonyms, roles, SMILES, MW and densities of the spec table entries are exactly
 *   the table's. The canonical `name` of those entries is the table's first name (rules
 *   compare against it, e.g. 'NaBH(OAc)3', 'H2, Pd/C').
 * - Every `mw` of an entry with SMILES equals openchemlib's relative weight to 0.01 g/mol
 *   and `formula` is openchemlib's formula in Hill order (test/unit/kb.test.ts checks both).
 * - `groups` is precomputed from the SMILES (so the runtime needs no openchemlib for KB
 *   reagents); the test recomputes and compares. Entries with a SMILES but no `groups`
 *   have none of the groups (the test checks that too).
 * - Explanations and advice are written in the project's own words. Guide references point
 *   to sections of shared/guide/reductive-amination-of-diazepanes.txt.
 */
import type { KbEntry } from './types';

// ---------------------------------------------------------------------------------------
// Source notes (where the figures come from)

const MW_SMILES = 'MW: computed from the SMILES (openchemlib relative weight)';
const TABLE = 'spec knowledge-base table';
const SDS = 'hazards: summary of the GHS classification in supplier SDSs (read the SDS before use)';

function src(...parts: string[]): string {
  return [...parts, SDS].join('; ');
}

const none = { aldehyde: false, ketone: false, nitro: false, alkene: false, alkyne: false, oBenzyl: false, nBenzyl: false, cbz: false, arylBr: false, arylI: false, nitrile: false, freeNH: 0 } as const;

export const KB: KbEntry[] = [
  // =====================================================================================
  // Amines
  // =====================================================================================
  {
    id: 'diazepane',
    name: '1,4-diazepane',
    synonyms: ['homopiperazine', 'hexahydro-1H-1,4-diazepine', 'hexahydro-1,4-diazepine', '1,4-diazacycloheptane'],
    role: 'amine',
    roleDetail: 'amine (2 free N–H)',
    smiles: 'C1CNCCNC1',
    formula: 'C5H12N2',
    mw: 100.16,
    state: 'solid',
    freeNH: 2,
    protected: false,
    groups: { ...none, freeNH: 2 },
    hazards: ['corrosive to skin and eyes', 'hygroscopic; takes up CO2 from air'],
    explanation:
      'Homopiperazine: a seven-membered ring with two equivalent secondary amine nitrogens (N1 and N4). ' +
      'Each N–H can be alkylated once, so with one aldehyde the pot ends up holding unreacted ring, the mono- and the ' +
      'N,N′-dialkylated product in a ratio set mostly by the stoichiometry. The free base is a low-melting solid ' +
      '(mp about 40 °C) that absorbs water and CO2 quickly; weigh it fast, or work from a stock solution in the reaction solvent.',
    advice:
      'For a mono-alkylated product use the diazepane in clear excess (2–3 equiv or more over the carbonyl and the ' +
      'reductant), or switch to 1-Boc-1,4-diazepane; for the N,N′-dialkyl product put the carbonyl and reductant in excess ' +
      '(guide: Q3).',
    source: src(MW_SMILES + ' = ' + TABLE, 'mp: supplier catalogue'),
  },
  {
    id: 'boc-diazepane',
    name: '1-Boc-1,4-diazepane',
    synonyms: [
      'tert-butyl 1,4-diazepane-1-carboxylate',
      'N-Boc-homopiperazine',
      '1-Boc-homopiperazine',
      'Boc-homopiperazine',
      'N-Boc-1,4-diazepane',
      '4-Boc-1,4-diazepane',
      '4-Boc-homopiperazine',
      'Boc-diazepane',
      'N-Boc-diazepane',
      '1-Boc-diazepane',
      'tert-butyl homopiperazine-1-carboxylate',
      '1-Boc-hexahydro-1,4-diazepine',
      'N-Boc-hexahydro-1,4-diazepine',
      'tert-butyl hexahydro-1H-1,4-diazepine-1-carboxylate',
      // HP for homopiperazine, as notebooks shorten it: only with the Boc group, which leaves no other
      // reading. `HP` alone stays unknown (hydrogen peroxide to a process chemist, hydroxypropyl, HP-β-CD).
      'Boc-HP',
      'BocHP',
      'N-Boc-HP',
      '1-Boc-HP',
      // As catalogues (`tert-Butyl 1-homopiperazinecarboxylate`) and older papers (`… tert-butyl ester`) write it.
      'tert-butyl 1-homopiperazinecarboxylate',
      '1-homopiperazinecarboxylic acid tert-butyl ester',
      'homopiperazine-1-carboxylic acid tert-butyl ester',
      '1,4-diazepane-1-carboxylic acid tert-butyl ester',
      '[1,4]diazepane-1-carboxylic acid tert-butyl ester',
    ],
    role: 'amine',
    roleDetail: 'amine (1 free N–H, protected)',
    smiles: 'CC(C)(C)OC(=O)N1CCCNCC1',
    formula: 'C10H20N2O2',
    mw: 200.28,
    density: 1.016,
    state: 'liquid',
    freeNH: 1,
    protected: true,
    groups: { ...none, freeNH: 1 },
    hazards: ['skin and eye irritant'],
    explanation:
      'Homopiperazine with one nitrogen tied up as a tert-butyl carbamate. That nitrogen has no H and is not nucleophilic, ' +
      'so only the remaining N–H reacts and mono-alkylation is clean even with excess aldehyde. The Boc group is stable to ' +
      'borohydrides, to AcOH and to a basic work-up, but TFA or HCl (in dioxane) removes it, which frees the second ' +
      'nitrogen for a later, different alkylation.',
    advice:
      'The reliable route to a single alkylation, or to two different groups on N1 and N4: alkylate, remove the Boc with ' +
      'TFA or HCl, then run the second reductive amination (guide: Q3, protecting groups and stepwise alkylation).',
    source: src(MW_SMILES + ' = ' + TABLE, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: 'daza',
    name: '1,4-diazepan-6-amine',
    synonyms: ['DAZA', '6-amino-1,4-diazepane', '1,4-diazepane-6-amine', 'hexahydro-1H-1,4-diazepin-6-amine', '6-aminohomopiperazine'],
    role: 'amine',
    roleDetail: 'amine (3 free N–H)',
    smiles: 'NC1CNCCNC1',
    formula: 'C5H13N3',
    mw: 115.18,
    state: 'liquid',
    freeNH: 3,
    protected: false,
    groups: { ...none, freeNH: 3 },
    hazards: ['corrosive amine (treat like other polyamines)'],
    explanation:
      'DAZA carries three alkylatable nitrogens: the two ring N–H groups and a primary amine on C6. They do not react at ' +
      'the same rate, and with aldehyde and reductant present the mono-, di- and tri-alkylated products form alongside ' +
      'each other. It is a polar, water-soluble polyamine, so extractions of the lightly alkylated products need a ' +
      'strongly basic aqueous phase and a polar organic solvent.',
    advice:
      'For full tri-alkylation, add the aldehyde and the reductant in several portions rather than in one go; for a single ' +
      'alkylation, use a large excess of DAZA (guide: Q3, DAZA).',
    source: src(MW_SMILES + ' = ' + TABLE),
  },
  {
    id: 'diazepan-5-one',
    name: '1,4-diazepan-5-one',
    synonyms: ['homopiperazin-5-one', '5-oxo-1,4-diazepane', 'hexahydro-1,4-diazepin-5-one', '1,4-diazepane-5-one'],
    role: 'amine',
    roleDetail: 'amine (1 free N–H; a lactam, not a ketone)',
    smiles: 'O=C1CCNCCN1',
    formula: 'C5H10N2O',
    mw: 114.15,
    state: 'solid',
    freeNH: 1,
    groups: { ...none, freeNH: 1 },
    hazards: ['skin and eye irritant'],
    explanation:
      'The seven-membered lactam of the diazepane: its C=O is an amide, which is not reductively aminated, and its amide ' +
      'N–H is not nucleophilic. Only the ring amine reacts, once, so it behaves like a mono-protected diazepane; the ' +
      'lactam can be reduced to the diazepane later (LiAlH4 or borane).',
    advice: 'Treat it as the amine: NaBH(OAc)3 with AcOH in DCE, a small excess of aldehyde is fine (guide: Q1, Q3).',
    source: src(MW_SMILES),
  },
  {
    id: 'cbz-diazepane',
    name: '1-Cbz-1,4-diazepane',
    synonyms: [
      'benzyl 1,4-diazepane-1-carboxylate',
      'N-Cbz-homopiperazine',
      '1-Cbz-homopiperazine',
      'Cbz-homopiperazine',
      'N-Cbz-1,4-diazepane',
      '1-Z-1,4-diazepane',
      // The catalogue names (`Benzyl 1-homopiperazinecarboxylate`), the ester form of older papers,
      // and Z for the benzyloxycarbonyl group.
      'benzyl 1-homopiperazinecarboxylate',
      'benzyl homopiperazine-1-carboxylate',
      'benzyl hexahydro-1H-1,4-diazepine-1-carboxylate',
      '1-Cbz-hexahydro-1,4-diazepine',
      'homopiperazine-1-carboxylic acid benzyl ester',
      '1-homopiperazinecarboxylic acid benzyl ester',
      '1,4-diazepane-1-carboxylic acid benzyl ester',
      '[1,4]diazepane-1-carboxylic acid benzyl ester',
      'Z-homopiperazine',
      '1-Z-homopiperazine',
      'N-Z-homopiperazine',
    ],
    role: 'amine',
    roleDetail: 'amine (1 free N–H, protected)',
    smiles: 'O=C(OCc1ccccc1)N1CCCNCC1',
    formula: 'C13H18N2O2',
    mw: 234.3,
    state: 'liquid',
    freeNH: 1,
    protected: true,
    groups: { ...none, oBenzyl: true, cbz: true, freeNH: 1 },
    hazards: ['skin and eye irritant'],
    explanation:
      'Homopiperazine with one nitrogen protected as a benzyl carbamate. Like the Boc analogue it leaves a single N–H to ' +
      'alkylate, but the Cbz group comes off by hydrogenolysis (H2 over Pd/C) and survives TFA, so it is the partner of ' +
      'choice when the product must keep acid-labile groups. For the same reason it must not meet H2/Pd-C during the ' +
      'reductive amination itself.',
    advice:
      'Reduce with NaBH(OAc)3 (DCE, AcOH), not with H2 over Pd/C, which would cut the Cbz group (guide: Q3 protecting ' +
      'groups; FAQ reducing agents).',
    source: src(MW_SMILES),
  },
  {
    id: 'boc-6-hydroxy-diazepane',
    name: 'tert-butyl 6-hydroxy-1,4-diazepane-1-carboxylate',
    synonyms: [
      '1-Boc-6-hydroxy-1,4-diazepane',
      'Boc-6-hydroxy-1,4-diazepane',
      'N-Boc-6-hydroxy-1,4-diazepane',
      '1-Boc-1,4-diazepan-6-ol',
      '1-Boc-6-hydroxyhomopiperazine',
      'N-Boc-6-hydroxyhomopiperazine',
      'tert-butyl 6-hydroxy-1,4-diazepan-1-carboxylate',
    ],
    role: 'amine',
    roleDetail: 'amine (1 free N–H, protected)',
    smiles: 'CC(C)(C)OC(=O)N1CCNCC(O)C1',
    formula: 'C10H20N2O3',
    mw: 216.28,
    state: 'solid',
    freeNH: 1,
    protected: true,
    groups: { ...none, freeNH: 1 },
    hazards: ['skin and eye irritant'],
    explanation:
      '1-Boc-1,4-diazepane with a secondary alcohol on C6, the ring carbon between the two nitrogens\' chains: one free N–H ' +
      'to alkylate, the other nitrogen held as the carbamate until TFA or HCl takes it off. The alcohol is untouched by ' +
      'borohydrides and does not compete with the amine for the carbonyl, but it makes the product more polar and more ' +
      'water-soluble than the plain Boc-diazepane\'s. C6 is a stereocentre (racemic unless bought as one enantiomer).',
    advice:
      'As for 1-Boc-1,4-diazepane: NaBH(OAc)3 with AcOH in DCE or DCM; extract the polar product with DCM (or DCM/iPrOH) ' +
      'from a basic aqueous layer (guide: Q3 protecting groups, Q4).',
    source: src(MW_SMILES),
  },
  {
    id: 'methyl-diazepane',
    name: '1-methyl-1,4-diazepane',
    synonyms: ['1-methylhomopiperazine', 'N-methylhomopiperazine', 'N-methyl-homopiperazine', '1-methyl-homopiperazine', '1-methyl-hexahydro-1,4-diazepine', 'N-methyl-1,4-diazepane', 'hexahydro-1-methyl-1H-1,4-diazepine', 'hexahydro-1-methyl-1,4-diazepine', '1-methylhexahydro-1H-1,4-diazepine', '1-methylhexahydro-1,4-diazepine'],
    role: 'amine',
    roleDetail: 'amine (1 free N–H)',
    smiles: 'CN1CCCNCC1',
    formula: 'C6H14N2',
    mw: 114.19,
    density: 0.903,
    state: 'liquid',
    freeNH: 1,
    protected: false,
    groups: { ...none, freeNH: 1 },
    hazards: ['corrosive to skin and eyes', 'flammable liquid'],
    explanation:
      'Homopiperazine carrying a permanent N-methyl group: one tertiary and one secondary nitrogen, so only a single ' +
      'alkylation is possible. The product is a fairly polar diamine; with two basic centres it can stay in water unless ' +
      'the aqueous phase is made strongly basic before extraction.',
    advice:
      'Stoichiometry is forgiving (1.0–1.2 equiv of carbonyl is enough); basify the aqueous phase well (pH > 12) before ' +
      'extracting the product (guide: Q4).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: 'benzyl-diazepane',
    name: '1-benzyl-1,4-diazepane',
    synonyms: ['1-benzylhomopiperazine', 'N-benzylhomopiperazine', 'N-benzyl-homopiperazine', '1-benzyl-homopiperazine', 'N-benzyl-1,4-diazepane', '1-benzyl-hexahydro-1H-1,4-diazepine', '1-benzylhexahydro-1H-1,4-diazepine', '1-benzylhexahydro-1,4-diazepine', 'hexahydro-1-benzyl-1H-1,4-diazepine'],
    role: 'amine',
    roleDetail: 'amine (1 free N–H)',
    smiles: 'C1CNCCN(C1)Cc1ccccc1',
    formula: 'C12H18N2',
    mw: 190.29,
    state: 'liquid',
    freeNH: 1,
    protected: false,
    groups: { ...none, nBenzyl: true, freeNH: 1 },
    hazards: ['corrosive to skin and eyes'],
    explanation:
      'Homopiperazine with a benzyl group on one nitrogen: a single secondary amine is left, so only one alkylation is ' +
      'possible and no excess is needed. The benzyl group is a protecting group of its own: hydrogen over Pd/C removes ' +
      'it, so it survives hydride reductants but not a catalytic hydrogenation.',
    advice:
      'Use 1.0–1.2 equiv of carbonyl with NaBH(OAc)3; do not reduce with H2 over Pd/C unless the benzyl group is meant ' +
      'to come off; basify well (pH > 12) before extracting (guide: Q3, Q4).',
    source: src(MW_SMILES),
  },
  {
    id: '2-methyl-diazepane',
    name: '2-methyl-1,4-diazepane',
    synonyms: ['2-methylhomopiperazine', '2-methyl-homopiperazine', 'hexahydro-2-methyl-1H-1,4-diazepine'],
    role: 'amine',
    roleDetail: 'amine (2 free N–H)',
    smiles: 'CC1CNCCCN1',
    formula: 'C6H14N2',
    mw: 114.19,
    state: 'liquid',
    freeNH: 2,
    protected: false,
    groups: { ...none, freeNH: 2 },
    hazards: ['corrosive to skin and eyes'],
    explanation:
      'Homopiperazine with a methyl group on C2, next to N1: both nitrogens are secondary amines, but N1 sits beside the ' +
      'branch and reacts more slowly than N4, so with one equivalent of carbonyl N4 is alkylated first (selectively with ' +
      'aldehydes, less so with small ones). C2 is a stereocentre: it is sold racemic or as the (R) or (S) enantiomer, ' +
      'which the reduction leaves untouched.',
    advice:
      'As for 1,4-diazepane: an excess of the diamine (or its 4-Boc derivative) for mono-alkylation; excess carbonyl and ' +
      'reductant for the dialkyl product, with time for the hindered N1 (guide: Q3).',
    source: src(MW_SMILES),
  },
  {
    id: '6,6-dimethyl-diazepane',
    name: '6,6-dimethyl-1,4-diazepane',
    synonyms: ['6,6-dimethylhomopiperazine', '6,6-dimethyl-homopiperazine', 'hexahydro-6,6-dimethyl-1H-1,4-diazepine'],
    role: 'amine',
    roleDetail: 'amine (2 free N–H)',
    smiles: 'CC1(C)CNCCNC1',
    formula: 'C7H16N2',
    mw: 128.22,
    state: 'liquid',
    freeNH: 2,
    protected: false,
    groups: { ...none, freeNH: 2 },
    hazards: ['corrosive to skin and eyes'],
    explanation:
      'Homopiperazine with a gem-dimethyl group on C6, the middle carbon of the three-carbon bridge: the two secondary ' +
      'nitrogens are still equivalent, so the mono- versus di-alkylation problem of the parent ring is the same. No ' +
      'stereocentre.',
    advice:
      'As for 1,4-diazepane: an excess of the diamine for mono-alkylation, excess carbonyl and reductant for the ' +
      'N,N′-dialkyl product (guide: Q3).',
    source: src(MW_SMILES),
  },
  {
    id: 'boc-3-methyl-diazepane',
    name: 'tert-butyl 3-methyl-1,4-diazepane-1-carboxylate',
    synonyms: ['1-Boc-3-methyl-1,4-diazepane', 'N-Boc-3-methyl-1,4-diazepane', '4-Boc-2-methyl-1,4-diazepane', '1-Boc-3-methylhomopiperazine', 'tert-butyl 3-methyl-1,4-diazepan-1-carboxylate'],
    role: 'amine',
    roleDetail: 'amine (1 free N–H, protected)',
    smiles: 'CC1CN(C(=O)OC(C)(C)C)CCCN1',
    formula: 'C11H22N2O2',
    mw: 214.31,
    state: 'liquid',
    freeNH: 1,
    protected: true,
    groups: { ...none, freeNH: 1 },
    hazards: ['skin and eye irritant'],
    explanation:
      '1-Boc-1,4-diazepane with a methyl group on C3, right beside the free N4: one secondary amine to alkylate, made ' +
      'more hindered by the branch, so iminium formation is slower than with the plain Boc-diazepane (aldehydes are fine, ' +
      'ketones are slow). C3 is a stereocentre, usually bought as the (R) or (S) enantiomer, and the reduction leaves it ' +
      'as it is.',
    advice:
      'NaBH(OAc)3 with AcOH in DCE; allow a longer imine time or Ti(OiPr)4 for a ketone. TFA or HCl takes the Boc group ' +
      'off afterwards (guide: Q3 protecting groups).',
    source: src(MW_SMILES),
  },
  {
    id: 'pyridin-3-ylmethyl-diazepane',
    name: '1-(pyridin-3-ylmethyl)-1,4-diazepane',
    synonyms: ['1-(3-pyridylmethyl)-1,4-diazepane', '1-(pyridin-3-ylmethyl)homopiperazine', '1-(3-pyridylmethyl)homopiperazine', '1-(pyridin-3-yl-methyl)-1,4-diazepane'],
    role: 'amine',
    roleDetail: 'amine (1 free N–H)',
    smiles: 'C1CNCCN(C1)Cc1cccnc1',
    formula: 'C11H17N3',
    mw: 191.28,
    state: 'liquid',
    freeNH: 1,
    protected: false,
    groups: { ...none, nBenzyl: true, freeNH: 1 },
    hazards: ['corrosive to skin and eyes'],
    explanation:
      'Homopiperazine with a pyridin-3-ylmethyl group on one nitrogen, itself the product of a first reductive amination: ' +
      'a single secondary amine is left, so one alkylation only. Like a benzyl group, the heteroarylmethyl group can be ' +
      'cut by hydrogen over palladium. Three basic nitrogens make it, and its product, very water-soluble.',
    advice:
      '1.0–1.2 equiv of carbonyl with NaBH(OAc)3; avoid H2 over Pd/C; basify the aqueous layer well (pH > 12) and extract ' +
      'with DCM or DCM/iPrOH, or use an SCX cartridge (guide: Q3, Q4).',
    source: src(MW_SMILES),
  },
  {
    id: 'cyclopropyl-diazepane',
    name: '1-cyclopropyl-1,4-diazepane',
    synonyms: ['1-cyclopropylhomopiperazine', 'N-cyclopropylhomopiperazine', 'N-cyclopropyl-1,4-diazepane', '1-cyclopropyl-homopiperazine'],
    role: 'amine',
    roleDetail: 'amine (1 free N–H)',
    smiles: 'C1CNCCN(C1)C1CC1',
    formula: 'C8H16N2',
    mw: 140.23,
    state: 'liquid',
    freeNH: 1,
    protected: false,
    groups: { ...none, freeNH: 1 },
    hazards: ['corrosive to skin and eyes'],
    explanation:
      'Homopiperazine with a cyclopropyl group on one nitrogen: a single secondary amine is left, so only one alkylation ' +
      'is possible. The cyclopropylamine nitrogen is less basic than an N-alkyl one, and the ring survives hydride ' +
      'reductants.',
    advice:
      '1.0–1.2 equiv of carbonyl with NaBH(OAc)3 and AcOH; basify well (pH > 12) before extracting the polar product ' +
      '(guide: Q3, Q4).',
    source: src(MW_SMILES),
  },
  {
    id: 'piperazine',
    name: 'piperazine',
    synonyms: ['piperazine anhydrous', '1,4-diazacyclohexane', 'hexahydropyrazine'],
    role: 'amine',
    roleDetail: 'amine (2 free N–H)',
    smiles: 'C1CNCCN1',
    formula: 'C4H10N2',
    mw: 86.14,
    state: 'solid',
    freeNH: 2,
    protected: false,
    groups: { ...none, freeNH: 2 },
    hazards: ['corrosive', 'respiratory and skin sensitiser', 'suspected of damaging fertility'],
    explanation:
      'The six-membered ring homologue of the diazepanes, with two equivalent secondary N–H groups. It shows the same ' +
      'mono- versus di-alkylation problem: once one nitrogen is alkylated the other still reacts. Anhydrous piperazine ' +
      'is hygroscopic; the hexahydrate (MW 194.23) is also sold, so check which one you weigh.',
    advice:
      'Use an excess of piperazine or 1-Boc-piperazine for mono-alkylation; excess carbonyl and reductant for the ' +
      'N,N′-dialkyl product (guide: Q3).',
    source: src(MW_SMILES),
  },
  {
    id: 'boc-piperazine',
    name: '1-Boc-piperazine',
    synonyms: ['tert-butyl piperazine-1-carboxylate', 'N-Boc-piperazine', 'Boc-piperazine', 'tert-butyl 1-piperazinecarboxylate'],
    role: 'amine',
    roleDetail: 'amine (1 free N–H, protected)',
    smiles: 'CC(C)(C)OC(=O)N1CCNCC1',
    formula: 'C9H18N2O2',
    mw: 186.25,
    state: 'solid',
    freeNH: 1,
    protected: true,
    groups: { ...none, freeNH: 1 },
    hazards: ['skin and eye irritant'],
    explanation:
      'Piperazine with one nitrogen Boc-protected: a single N–H, so exactly one alkylation. A low-melting solid that is ' +
      'easy to weigh. The Boc group is untouched by NaBH(OAc)3 and AcOH and comes off afterwards with TFA or HCl.',
    advice: 'A clean mono-alkylation partner; use 1.0–1.2 equiv of carbonyl and 1.3–1.6 equiv of NaBH(OAc)3 (guide: Q3).',
    source: src(MW_SMILES),
  },
  {
    id: 'cbz-piperazine',
    name: '1-Cbz-piperazine',
    synonyms: ['benzyl piperazine-1-carboxylate', 'benzyl 1-piperazinecarboxylate', 'N-Cbz-piperazine', 'Cbz-piperazine', '1-Z-piperazine'],
    role: 'amine',
    roleDetail: 'amine (1 free N–H, protected)',
    smiles: 'O=C(OCc1ccccc1)N1CCNCC1',
    formula: 'C12H16N2O2',
    mw: 220.27,
    state: 'liquid',
    freeNH: 1,
    protected: true,
    groups: { ...none, oBenzyl: true, cbz: true, freeNH: 1 },
    hazards: ['skin and eye irritant'],
    explanation:
      'Piperazine with one nitrogen carried as a benzyl carbamate: one N–H, so one alkylation. The Cbz group stands up ' +
      'to TFA and to the borohydrides, and comes off by hydrogenolysis over palladium, which also frees the second ' +
      'nitrogen when the carbamate goes.',
    advice:
      'Alkylate it with NaBH(OAc)3 in DCE; keep H2 over Pd/C for taking the Cbz group off afterwards, not for the ' +
      'reductive amination (guide: Q3 protecting groups).',
    source: src(MW_SMILES),
  },

  // =====================================================================================
  // Carbonyls: aldehydes
  // =====================================================================================
  {
    id: 'pyridine-4-carboxaldehyde',
    arylCarbonyl: true,
    name: 'pyridine-4-carboxaldehyde',
    synonyms: ['isonicotinaldehyde', '4-pyridinecarboxaldehyde', '4-formylpyridine', 'pyridine-4-carbaldehyde', '4-pyridinecarbaldehyde'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'O=Cc1ccncc1',
    formula: 'C6H5NO',
    mw: 107.11,
    density: 1.137,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['harmful if swallowed', 'skin and eye irritant', 'air-sensitive (oxidises on storage)'],
    explanation:
      'An electron-poor heteroaryl aldehyde: the ring nitrogen makes the C=O very electrophilic, so imine formation with ' +
      'a diazepane N–H is quick. The pyridine nitrogen is weakly basic; it takes up part of any added acid but is not an ' +
      'alkylation site. Old bottles turn brown and contain isonicotinic acid, which upsets both the equivalents and the pH.',
    advice:
      'NaBH(OAc)3 with 1 equiv AcOH in DCE at rt works one-pot; keep the aldehyde limiting when the target is the ' +
      'mono-alkylated diazepane (guide: Q1, Q3).',
    source: src(MW_SMILES + ' = ' + TABLE, 'density: ' + TABLE),
  },
  {
    id: 'pyridine-3-carboxaldehyde',
    arylCarbonyl: true,
    name: 'pyridine-3-carboxaldehyde',
    synonyms: ['nicotinaldehyde', '3-pyridinecarboxaldehyde', '3-formylpyridine', 'pyridine-3-carbaldehyde', '3-pyridinecarbaldehyde'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'O=Cc1cccnc1',
    formula: 'C6H5NO',
    mw: 107.11,
    density: 1.141,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['harmful if swallowed', 'skin and eye irritant', 'air-sensitive (oxidises on storage)'],
    explanation:
      'The 3-isomer of the pyridine aldehydes. It is somewhat less activated than the 2- and 4-isomers, but still forms ' +
      'imines readily. The product keeps a weakly basic pyridine ring, which makes it more water-soluble; extract from a ' +
      'well-basified aqueous layer.',
    advice: 'NaBH(OAc)3 / AcOH in DCE, one-pot at rt (guide: Q1, FAQ reducing agents).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 20 °C'),
  },
  {
    id: 'quinoline-3-carbaldehyde',
    arylCarbonyl: true,
    name: 'quinoline-3-carbaldehyde',
    synonyms: ['quinoline-3-carboxaldehyde', '3-quinolinecarboxaldehyde', '3-quinolinecarbaldehyde', '3-formylquinoline'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'O=Cc1cnc2ccccc2c1',
    formula: 'C10H7NO',
    mw: 157.17,
    state: 'solid',
    groups: { ...none, aldehyde: true },
    hazards: ['harmful if swallowed', 'skin, eye and respiratory irritant'],
    explanation:
      'A heteroaryl aldehyde (a low-melting solid, weighed): the ring nitrogen makes the carbonyl more electrophilic ' +
      'than that of benzaldehyde, and imine formation is quick. The quinoline nitrogen is weakly basic and has no N–H, ' +
      'so it takes no part in the alkylation, but it makes the product more polar and partly water-soluble as its salt: ' +
      'basify the aqueous layer well before extracting.',
    advice: 'NaBH(OAc)3 / AcOH in DCE, one-pot at rt (guide: Q1, FAQ reducing agents).',
    source: src(MW_SMILES),
  },
  {
    id: 'pyridine-2-carboxaldehyde',
    arylCarbonyl: true,
    name: 'pyridine-2-carboxaldehyde',
    synonyms: ['picolinaldehyde', '2-pyridinecarboxaldehyde', '2-formylpyridine', 'pyridine-2-carbaldehyde', '2-pyridinecarbaldehyde'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'O=Cc1ccccn1',
    formula: 'C6H5NO',
    mw: 107.11,
    density: 1.126,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['harmful if swallowed or in contact with skin', 'skin and eye irritant', 'air-sensitive (darkens on storage)'],
    explanation:
      'A very reactive heteroaryl aldehyde that condenses with amines within minutes. The product is a 2-picolylamine: ' +
      'the pyridine nitrogen next to the new CH2–N makes it a good chelator that can hold on to metal and boron ' +
      'residues, so a thorough basic quench matters. The liquid darkens quickly in air; distil it if it is brown.',
    advice: 'NaBH(OAc)3 / AcOH in DCE; quench with aqueous NaHCO3 and stir until gas evolution stops before extracting (guide: Q4).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: 'benzaldehyde',
    arylCarbonyl: true,
    name: 'benzaldehyde',
    synonyms: ['benzenecarboxaldehyde', 'benzenecarbaldehyde', 'PhCHO'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'O=Cc1ccccc1',
    formula: 'C7H6O',
    mw: 106.12,
    density: 1.044,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['harmful if swallowed or inhaled', 'air-sensitive (oxidises to benzoic acid)'],
    explanation:
      'The reference aromatic aldehyde: unhindered and moderately electrophilic, it forms the iminium with a secondary ' +
      'amine easily and is the usual test substrate. In air it slowly oxidises to benzoic acid (white crystals around ' +
      'the cap); an acid-containing bottle throws off the equivalents, so wash it with aqueous NaHCO3 or distil if in doubt.',
    advice:
      'One-pot with NaBH(OAc)3 and AcOH in DCE; with NaBH4, stir the amine and aldehyde first, otherwise benzyl alcohol ' +
      'becomes the main product (guide: Q2).',
    source: src(MW_SMILES + ' = ' + TABLE, 'density: ' + TABLE),
  },
  {
    id: '4-fluorobenzaldehyde',
    arylCarbonyl: true,
    name: '4-fluorobenzaldehyde',
    synonyms: ['p-fluorobenzaldehyde', '4-fluorobenzenecarboxaldehyde'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'O=Cc1ccc(F)cc1',
    formula: 'C7H5FO',
    mw: 124.11,
    density: 1.157,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['combustible liquid', 'skin, eye and respiratory irritant'],
    explanation:
      'Reacts much like benzaldehyde; the para-fluorine slightly activates the carbonyl and gives a convenient 19F NMR ' +
      'handle for following conversion. At high temperature with excess amine and base the activated C–F bond can ' +
      'undergo aromatic substitution, which is not a concern at room temperature.',
    advice: 'NaBH(OAc)3 / AcOH in DCE at rt; there is no reason to heat (guide: FAQ temperature).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: '4-methoxybenzaldehyde',
    arylCarbonyl: true,
    name: '4-methoxybenzaldehyde',
    synonyms: ['anisaldehyde', 'p-anisaldehyde', '4-anisaldehyde', 'p-methoxybenzaldehyde'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'COc1ccc(C=O)cc1',
    formula: 'C8H8O2',
    mw: 136.15,
    density: 1.119,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['skin and eye irritant'],
    explanation:
      'An electron-rich aryl aldehyde: the para-methoxy group donates into the ring and makes the carbonyl less ' +
      'electrophilic, so iminium formation is slower than with benzaldehyde and benefits from acid catalysis and a ' +
      'longer reaction time. The product carries a 4-methoxybenzyl (PMB) group on nitrogen.',
    advice: 'Add 1–2 equiv AcOH and allow a longer stir (overnight) with NaBH(OAc)3; with NaBH4 pre-form the imine first (guide: Q1, FAQ acid).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: '4-nitrobenzaldehyde',
    arylCarbonyl: true,
    name: '4-nitrobenzaldehyde',
    synonyms: ['p-nitrobenzaldehyde'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde; nitro)',
    smiles: 'O=Cc1ccc(cc1)[N+](=O)[O-]',
    formula: 'C7H5NO3',
    mw: 151.12,
    state: 'solid',
    groups: { ...none, aldehyde: true, nitro: true },
    hazards: ['skin, eye and respiratory irritant', 'may cause an allergic skin reaction'],
    explanation:
      'A strongly activated aldehyde (the nitro group pulls electron density from the carbonyl), so the imine forms fast. ' +
      'The nitro group is untouched by borohydrides at room temperature, but hydrogen over Pd/C reduces it to the ' +
      'aniline, usually faster than the imine.',
    advice:
      'Use NaBH(OAc)3 (or NaBH3CN) rather than H2 with Pd/C, which would also reduce the nitro group (guide: FAQ reducing agents).',
    source: src(MW_SMILES + ' = ' + TABLE),
  },
  {
    id: 'cinnamaldehyde',
    name: 'cinnamaldehyde',
    synonyms: ['trans-cinnamaldehyde', '(E)-cinnamaldehyde', '3-phenylprop-2-enal', 'cinnamic aldehyde'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde; C=C)',
    smiles: 'O=C/C=C/c1ccccc1',
    formula: 'C9H8O',
    mw: 132.16,
    density: 1.05,
    state: 'liquid',
    groups: { ...none, aldehyde: true, alkene: true },
    hazards: ['may cause an allergic skin reaction', 'skin and eye irritant'],
    explanation:
      'An α,β-unsaturated aldehyde. The amine condenses at the carbonyl to give a conjugated iminium, which NaBH(OAc)3 ' +
      'reduces at the C=N while leaving the C=C alone, giving the allylic (cinnamyl) amine. Hydrogenation over Pd/C ' +
      'saturates the C=C as well, and stronger hydride conditions can cause some conjugate (1,4) reduction.',
    advice: 'Stay with NaBH(OAc)3 in DCE with AcOH; avoid H2 with Pd/C, which would also hydrogenate the C=C (guide: FAQ reducing agents).',
    source: src(MW_SMILES + ' = ' + TABLE, 'density: ' + TABLE),
  },
  {
    id: 'o-vanillin',
    arylCarbonyl: true,
    name: '2-hydroxy-3-methoxybenzaldehyde',
    synonyms: ['o-vanillin', 'ortho-vanillin', '3-methoxysalicylaldehyde'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'COc1cccc(C=O)c1O',
    formula: 'C8H8O3',
    mw: 152.15,
    state: 'solid',
    groups: { ...none, aldehyde: true },
    hazards: ['skin, eye and respiratory irritant'],
    explanation:
      'A salicylaldehyde: the phenol next to the CHO hydrogen-bonds to the imine nitrogen, so its imines form easily and ' +
      'are unusually stable (often bright yellow). Alkoxy-hydroxybenzaldehydes of this type were used in the published ' +
      'mono-, di- and tri-alkylations of DAZA. The phenol makes the product weakly acidic as well as basic: a very basic ' +
      'aqueous phase can hold it back as the phenolate.',
    advice:
      'Imine formation is fast; NaBH(OAc)3 in DCE, or NaBH4 in MeOH after pre-forming the imine, both work. Quench with ' +
      'NaHCO3 rather than NaOH so the phenolic product stays extractable (guide: Q3 DAZA, Q4).',
    source: src(MW_SMILES + ' = ' + TABLE),
  },
  {
    id: 'furfural',
    arylCarbonyl: true,
    name: 'furfural',
    synonyms: ['2-furaldehyde', 'furan-2-carbaldehyde', 'furan-2-carboxaldehyde', '2-furancarboxaldehyde', '2-furfuraldehyde'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'O=Cc1ccco1',
    formula: 'C5H4O2',
    mw: 96.08,
    density: 1.16,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['toxic if swallowed or inhaled', 'suspected carcinogen', 'combustible liquid'],
    explanation:
      'A heteroaryl aldehyde that reacts like benzaldehyde. It darkens and resinifies in air and light, so use a pale, ' +
      'freshly distilled sample. The furan ring does not like strong acid and can be hydrogenated over Pd/C, which makes ' +
      'the borohydride methods the safer choice.',
    advice: 'NaBH(OAc)3 with AcOH (not strong acids) in DCE at rt (guide: Q1, FAQ reducing agents).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: 'thiophene-2-carboxaldehyde',
    arylCarbonyl: true,
    name: 'thiophene-2-carboxaldehyde',
    synonyms: ['2-thiophenecarboxaldehyde', 'thiophene-2-carbaldehyde', '2-formylthiophene', '2-thenaldehyde'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'O=Cc1cccs1',
    formula: 'C5H4OS',
    mw: 112.15,
    density: 1.2,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['harmful if swallowed', 'skin and eye irritant'],
    explanation:
      'A sulfur-containing heteroaryl aldehyde that behaves much like benzaldehyde towards borohydrides. The thiophene ' +
      'sulfur binds to palladium and poisons hydrogenation catalysts, so H2 with Pd/C tends to stall.',
    advice: 'Use NaBH(OAc)3 / AcOH in DCE; avoid catalytic hydrogenation (guide: FAQ reducing agents).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: 'thiophene-3-carboxaldehyde',
    arylCarbonyl: true,
    name: 'thiophene-3-carboxaldehyde',
    synonyms: ['thiophene-3-carbaldehyde', '3-thiophenecarboxaldehyde', '3-formylthiophene', '3-thenaldehyde'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'O=Cc1ccsc1',
    formula: 'C5H4OS',
    mw: 112.15,
    density: 1.28,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['harmful if swallowed', 'skin and eye irritant'],
    explanation:
      'The 3-isomer of thiophene-2-carboxaldehyde, as reactive towards the amine as benzaldehyde. Its sulfur, like that of ' +
      'any thiophene, poisons palladium, so catalytic hydrogenation is a poor choice of reductant.',
    advice: 'NaBH(OAc)3 with AcOH in DCE; not H2 over Pd/C (guide: FAQ reducing agents).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: 'thiazole-2-carboxaldehyde',
    arylCarbonyl: true,
    name: 'thiazole-2-carboxaldehyde',
    synonyms: ['thiazole-2-carbaldehyde', '1,3-thiazole-2-carbaldehyde', '1,3-thiazole-2-carboxaldehyde', '2-thiazolecarboxaldehyde', '2-formylthiazole'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'O=Cc1nccs1',
    formula: 'C4H3NOS',
    mw: 113.14,
    density: 1.288,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['harmful if swallowed', 'skin, eye and respiratory irritant'],
    explanation:
      'An electron-poor heteroaryl aldehyde: the C=O between the ring nitrogen and sulfur is a strong electrophile, so the ' +
      'iminium forms quickly, and the aldehyde also hydrates and is reduced to the alcohol readily; the thiazole sulfur ' +
      'poisons palladium catalysts.',
    advice: 'NaBH(OAc)3 with AcOH in DCE, or the imine first and NaBH4 after it; avoid H2 over Pd/C (guide: Q2, FAQ reducing agents).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: '5-methylfurfural',
    arylCarbonyl: true,
    name: '5-methylfurfural',
    synonyms: ['5-methylfuran-2-carbaldehyde', '5-methylfuran-2-carboxaldehyde', '5-methyl-2-furaldehyde', '5-methyl-2-furancarboxaldehyde', '5-methyl-2-furfural'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'Cc1ccc(C=O)o1',
    formula: 'C6H6O2',
    mw: 110.11,
    density: 1.107,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['harmful if swallowed', 'skin and eye irritant'],
    explanation:
      'A furan aldehyde like furfural, slightly less electrophilic for its 5-methyl group. It darkens on standing in air; ' +
      'an old bottle is best distilled. The furan ring does not survive strong acid or long hydrogenation.',
    advice: 'NaBH(OAc)3 with AcOH in DCE at room temperature (guide: Q1).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: 'pyrimidine-5-carbaldehyde',
    arylCarbonyl: true,
    name: 'pyrimidine-5-carbaldehyde',
    synonyms: ['pyrimidine-5-carboxaldehyde', '5-pyrimidinecarboxaldehyde', '5-formylpyrimidine'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'O=Cc1cncnc1',
    formula: 'C5H4N2O',
    mw: 108.1,
    state: 'solid',
    groups: { ...none, aldehyde: true },
    hazards: ['harmful if swallowed', 'skin, eye and respiratory irritant'],
    explanation:
      'A very electron-poor heteroaryl aldehyde: the iminium forms fast, but the aldehyde hydrates in wet solvent and NaBH4 ' +
      'reduces it to the alcohol quickly. A low-melting solid; its polar products are water-soluble.',
    advice: 'NaBH(OAc)3 with AcOH in DCE, or NaBH3CN in MeOH at pH 6; catch the polar product on SCX or extract from strong base (guide: Q2, Q4).',
    source: src(MW_SMILES),
  },
  {
    id: 'quinoline-4-carbaldehyde',
    arylCarbonyl: true,
    name: 'quinoline-4-carbaldehyde',
    synonyms: ['quinoline-4-carboxaldehyde', '4-quinolinecarboxaldehyde', '4-quinolinecarbaldehyde', '4-formylquinoline'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'O=Cc1ccnc2ccccc12',
    formula: 'C10H7NO',
    mw: 157.17,
    state: 'solid',
    groups: { ...none, aldehyde: true },
    hazards: ['harmful if swallowed', 'skin, eye and respiratory irritant'],
    explanation:
      'An electron-poor aryl aldehyde, its C=O crowded by the peri hydrogen of the fused ring; the iminium forms readily ' +
      'with acid. The quinoline nitrogen is weakly basic and goes with the product into an acid wash.',
    advice: 'NaBH(OAc)3 with AcOH in DCE (guide: Q1).',
    source: src(MW_SMILES),
  },
  {
    id: '2-methoxyisonicotinaldehyde',
    arylCarbonyl: true,
    name: '2-methoxypyridine-4-carbaldehyde',
    synonyms: ['2-methoxypyridine-4-carboxaldehyde', '2-methoxyisonicotinaldehyde', '2-methoxy-4-pyridinecarboxaldehyde', '2-methoxy-4-formylpyridine'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'COc1cc(C=O)ccn1',
    formula: 'C7H7NO2',
    mw: 137.14,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['harmful if swallowed', 'skin, eye and respiratory irritant'],
    explanation:
      'A pyridine-4-carboxaldehyde with a 2-methoxy group that makes the ring nitrogen hardly basic: the aldehyde reacts ' +
      'like isonicotinaldehyde, and the product is basic only at the diazepane nitrogens.',
    advice: 'NaBH(OAc)3 with AcOH in DCE (guide: Q1).',
    source: src(MW_SMILES),
  },
  {
    id: '3-fluoroisonicotinaldehyde',
    arylCarbonyl: true,
    name: '3-fluoropyridine-4-carbaldehyde',
    synonyms: ['3-fluoropyridine-4-carboxaldehyde', '3-fluoroisonicotinaldehyde', '3-fluoro-4-pyridinecarboxaldehyde', '3-fluoro-4-formylpyridine'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'O=Cc1ccncc1F',
    formula: 'C6H4FNO',
    mw: 125.1,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['harmful if swallowed', 'skin, eye and respiratory irritant'],
    explanation:
      'A strongly electron-poor pyridine aldehyde: the fluorine beside the C=O makes it a good electrophile that forms the ' +
      'iminium quickly and hydrates readily; keep the solvent dry and reduce at room temperature.',
    advice: 'NaBH(OAc)3 with AcOH in DCE (guide: Q1).',
    source: src(MW_SMILES),
  },
  {
    id: '6-methylpicolinaldehyde',
    arylCarbonyl: true,
    name: '6-methylpyridine-2-carboxaldehyde',
    synonyms: ['6-methylpyridine-2-carbaldehyde', '6-methylpicolinaldehyde', '6-methyl-2-pyridinecarboxaldehyde', '6-methyl-2-formylpyridine'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'Cc1cccc(C=O)n1',
    formula: 'C7H7NO',
    mw: 121.14,
    state: 'solid',
    groups: { ...none, aldehyde: true },
    hazards: ['harmful if swallowed', 'skin, eye and respiratory irritant'],
    explanation:
      'A pyridine-2-carboxaldehyde with a 6-methyl group: as reactive as the parent, and the 2-pyridylmethyl product is a ' +
      'good chelator of metals. A low-melting solid (mp about 32 °C), weighed rather than measured.',
    advice: 'NaBH(OAc)3 with AcOH in DCE, or NaBH3CN in MeOH with AcOH (guide: Q1).',
    source: src(MW_SMILES),
  },
  {
    id: '1-methylimidazole-2-carbaldehyde',
    arylCarbonyl: true,
    name: '1-methyl-1H-imidazole-2-carbaldehyde',
    synonyms: ['1-methylimidazole-2-carbaldehyde', '1-methyl-1H-imidazole-2-carboxaldehyde', '1-methylimidazole-2-carboxaldehyde', '1-methyl-2-imidazolecarboxaldehyde', '2-formyl-1-methylimidazole'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'Cn1ccnc1C=O',
    formula: 'C5H6N2O',
    mw: 110.12,
    state: 'solid',
    groups: { ...none, aldehyde: true },
    hazards: ['harmful if swallowed', 'skin, eye and respiratory irritant'],
    explanation:
      'An imidazole aldehyde: the basic ring nitrogen (pKa about 7) takes up some of the acid, so a little more AcOH is ' +
      'needed for the iminium; its products are polar and partly water-soluble.',
    advice: 'NaBH(OAc)3 with 1.5–2 equiv AcOH in DCE; catch the product on SCX or extract from strongly basic water (guide: Q1, Q4).',
    source: src(MW_SMILES),
  },
  {
    id: 'isobutyraldehyde',
    name: 'isobutyraldehyde',
    synonyms: ['2-methylpropanal', 'isobutanal', '2-methylpropionaldehyde'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'CC(C)C=O',
    formula: 'C4H8O',
    mw: 72.11,
    density: 0.79,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['highly flammable liquid and vapour', 'eye irritant'],
    explanation:
      'A small, enolisable aliphatic aldehyde (bp about 63 °C). Aliphatic aldehydes form iminiums quickly but can also ' +
      'self-condense (aldol) and, with a secondary amine, form enamines; NaBH(OAc)3 reduces the iminium fast enough that ' +
      'this rarely matters at rt. Its volatility makes weighed amounts unreliable: dispense it by volume from a cool bottle.',
    advice: 'One-pot with NaBH(OAc)3 in DCE at rt; no heating (guide: Q2, FAQ temperature).',
    source: src(MW_SMILES + ' = ' + TABLE, 'density: ' + TABLE),
  },
  {
    id: 'acetaldehyde',
    name: 'acetaldehyde',
    synonyms: ['ethanal', 'MeCHO', 'CH3CHO'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'CC=O',
    formula: 'C2H4O',
    mw: 44.05,
    density: 0.785,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['extremely flammable (bp about 20 °C)', 'suspected carcinogen', 'eye and respiratory irritant'],
    explanation:
      'Used to put an ethyl group on nitrogen. It boils at about room temperature, so the real amount in the flask is ' +
      'uncertain unless it is measured cold (pre-chilled syringe) or added as a solution; it also trimerises and ' +
      'self-condenses on standing. Expect to need a small excess, which with a free diazepane means some bis-ethylation.',
    advice: 'Add it cold to the amine in DCE with AcOH, then NaBH(OAc)3; for mono-ethylation of a diazepane use the Boc-protected ring (guide: Q3).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: 'cyclopropanecarboxaldehyde',
    name: 'cyclopropanecarboxaldehyde',
    synonyms: ['cyclopropanecarbaldehyde', 'formylcyclopropane', 'cyclopropylcarboxaldehyde'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'O=CC1CC1',
    formula: 'C4H6O',
    mw: 70.09,
    density: 0.938,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['highly flammable liquid and vapour', 'skin and eye irritant'],
    explanation:
      'Installs a cyclopropylmethyl group, a common medicinal-chemistry substituent. It is a volatile, reactive aliphatic ' +
      'aldehyde; the cyclopropane ring is untouched by borohydride conditions.',
    advice: 'NaBH(OAc)3 / AcOH in DCE at rt, one-pot (guide: Q1, FAQ reducing agents).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: 'cyclohexanecarboxaldehyde',
    name: 'cyclohexanecarboxaldehyde',
    synonyms: ['cyclohexanecarbaldehyde', 'formylcyclohexane', 'cyclohexylcarboxaldehyde', 'hexahydrobenzaldehyde'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'O=CC1CCCCC1',
    formula: 'C7H12O',
    mw: 112.17,
    density: 0.926,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['flammable liquid and vapour', 'skin and eye irritant', 'may cause skin sensitisation'],
    explanation:
      'Puts a cyclohexylmethyl group on the nitrogen. An aliphatic aldehyde with an α-hydrogen: it forms the iminium ' +
      'quickly, but on standing it oxidises to the acid and can self-condense, so use a fresh or redistilled bottle.',
    advice: 'NaBH(OAc)3 / AcOH in DCE at rt, one-pot; 1.1–1.2 equiv (guide: Q1, FAQ reducing agents).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: 'phenylacetaldehyde',
    name: 'phenylacetaldehyde',
    synonyms: ['2-phenylacetaldehyde', 'benzeneacetaldehyde', 'phenylethanal', '2-phenylethanal'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'O=CCc1ccccc1',
    formula: 'C8H8O',
    mw: 120.15,
    density: 1.027,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['may cause an allergic skin reaction', 'skin and eye irritant'],
    explanation:
      'A very easily enolised aldehyde (the CH2 is both benzylic and next to the C=O). It polymerises and self-condenses ' +
      'on storage, and with secondary amines readily forms the enamine. Fresh material and a fast reduction give the ' +
      'best results; purity of commercial bottles varies, so check it before trusting the weighed equivalents.',
    advice: 'Add it last, to the amine and NaBH(OAc)3 already in DCE/AcOH, so the iminium is reduced as soon as it forms (guide: Q2).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: 'formaldehyde',
    name: 'formaldehyde',
    synonyms: ['methanal', 'HCHO', 'CH2O'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'C=O',
    formula: 'CH2O',
    mw: 30.03,
    state: 'gas',
    groups: { ...none, aldehyde: true },
    hazards: ['toxic if inhaled', 'may cause cancer', 'skin sensitiser'],
    explanation:
      'The simplest aldehyde, used for N-methylation. The monomer is a gas, so in practice it comes either as formalin ' +
      '(an aqueous solution, which brings water into the pot) or as solid paraformaldehyde. It is small and very ' +
      'reactive: with an unprotected diazepane both nitrogens are methylated readily.',
    advice:
      'Name the form you actually use, formalin or paraformaldehyde, so water and amounts are accounted for; for ' +
      'mono-methylation start from a protected diazepane (guide: Q1 water, Q3).',
    source: src(MW_SMILES),
  },
  {
    id: 'formalin',
    name: 'formalin',
    synonyms: [
      'formaldehyde solution',
      'aqueous formaldehyde',
      'aq. formaldehyde',
      '37% formaldehyde',
      '37% aq. formaldehyde',
      'formaldehyde 37% in water',
      'formaldehyde, 37% in water',
      'formaldehyde (37% in water)',
      'formaldehyde 37 wt% in water',
      '37% formalin',
    ],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde; aqueous solution)',
    // Per CH2O, as paraformaldehyde: with the strength, a mass of formalin is read as 37 % of it.
    mw: 30.03,
    state: 'solution',
    molarity: 13.4,
    strength: 0.37,
    groups: { ...none, aldehyde: true },
    hazards: ['toxic', 'may cause cancer', 'skin sensitiser', 'contains methanol'],
    explanation:
      'Formaldehyde as a 37 wt% solution in water, usually stabilised with 10–15% methanol: about 13.4 M, so 1 mmol of ' +
      'CH2O is roughly 75 µL. It brings a large amount of water into the pot, which pushes the imine equilibrium back ' +
      'and decomposes part of any NaBH(OAc)3; NaBH3CN in MeOH copes with it better.',
    advice:
      'With NaBH(OAc)3 use extra reductant (2–3 equiv) or switch to paraformaldehyde; dose formalin by volume (about 75 µL ' +
      'per mmol) rather than by mass (guide: Q1 water, FAQ reducing agents).',
    source: src('concentration: 37 wt% solution, density about 1.09 g/mL at 25 °C (supplier catalogue)'),
  },
  // Glyoxylic acid (OHC–CO2H): the aldehyde of N-carboxymethylation, and a carboxylic acid (pKa
  // about 3.3) itself, so it is the acid of its own imine step. Sold as the monohydrate (the gem-diol,
  // (HO)2CH–CO2H, one water per acid) or as a 50 wt% solution in water.
  {
    id: 'glyoxylic-acid',
    name: 'glyoxylic acid',
    synonyms: ['oxoacetic acid', 'oxaldehydic acid', 'formylformic acid', 'glyoxalic acid', 'OHC-CO2H', 'OHCCO2H', 'CHOCOOH'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde; a carboxylic acid itself)',
    smiles: 'O=CC(=O)O',
    formula: 'C2H2O3',
    mw: 74.04,
    state: 'solid',
    groups: { ...none, aldehyde: true },
    ownAcid: true,
    commonHydrate: 'glyoxylic-acid-h2o',
    hazards: ['causes severe skin burns and eye damage', 'may cause an allergic skin reaction'],
    explanation:
      'Glyoxylic acid, the smallest aldehyde acid: it puts a CH2CO2H group on the amine (N-carboxymethylation), giving an amino acid, ' +
      'often isolated as the zwitterion (by reverse phase or ion exchange rather than silica). Its carboxylic acid (pKa about 3.3) protonates the amine and catalyses the imine step, so no ' +
      'AcOH is needed. The anhydrous acid is rarely sold: bottles hold the monohydrate or a 50 wt% solution in water.',
    advice:
      'Use it as its own acid catalyst with NaBH3CN in MeOH or NaBH(OAc)3 in DCE; with the aqueous solution prefer NaBH3CN, as its water ' +
      'decomposes NaBH(OAc)3 (guide: Q1 water, FAQ reducing agents).',
    source: src(MW_SMILES),
  },
  {
    id: 'glyoxylic-acid-h2o',
    name: 'glyoxylic acid monohydrate',
    synonyms: ['glyoxylic acid hydrate', 'glyoxylic acid·H2O', 'glyoxylic acid.H2O', 'glyoxylic acid H2O', 'dihydroxyacetic acid', '2,2-dihydroxyacetic acid'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde, as its hydrate; a carboxylic acid itself)',
    // The solid is the gem-diol (HO)2CH–CO2H; written as the aldehyde and its water (same formula, C2H4O4).
    smiles: 'O=CC(=O)O.O',
    formula: 'C2H4O4',
    mw: 92.05,
    state: 'solid',
    groups: { ...none, aldehyde: true },
    ownAcid: true,
    hazards: ['causes severe skin burns and eye damage', 'may cause an allergic skin reaction'],
    explanation:
      'Glyoxylic acid as the crystalline monohydrate, in fact the gem-diol (HO)2CH–CO2H, which gives back the aldehyde in solution. ' +
      'Weigh it at 92.05 g/mol; its carboxylic acid is the acid catalyst of the imine step. The one equivalent of water it brings is ' +
      'too little to matter.',
    source: src(MW_SMILES),
  },
  {
    id: 'glyoxylic-acid-aq',
    name: 'glyoxylic acid solution',
    synonyms: [
      'aqueous glyoxylic acid',
      'aq. glyoxylic acid',
      'glyoxylic acid (50% in water)',
      'glyoxylic acid 50% in water',
      'glyoxylic acid, 50% in water',
      'glyoxylic acid 50 wt% in water',
      'glyoxylic acid solution, 50 wt% in water',
      'glyoxylic acid solution 50 wt% in h2o',
      '50% aq. glyoxylic acid',
      '50% glyoxylic acid',
    ],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde; aqueous solution; a carboxylic acid itself)',
    // Per OHC–CO2H, as formalin is per CH2O: with the strength, a mass of the solution is read as 50 % of it.
    mw: 74.04,
    state: 'solution',
    molarity: 9.06,
    strength: 0.5,
    density: 1.342,
    groups: { ...none, aldehyde: true },
    ownAcid: true,
    hazards: ['causes severe skin burns and eye damage', 'may cause an allergic skin reaction'],
    explanation:
      'Glyoxylic acid as a 50 wt% solution in water (density about 1.34 g/mL, so about 9.1 M: 1 mmol is about 110 µL). Its ' +
      'carboxylic acid is the acid catalyst of the imine step; its water is water in the pot, which NaBH(OAc)3 does not tolerate.',
    source: src('concentration: 50 wt% solution in water, density 1.342 g/mL at 20 °C (supplier catalogue); molarity = 1342 × 0.50 ÷ 74.04'),
  },
  // Trifluoroacetaldehyde (fluoral) is a gas that is kept as its ethyl hemiacetal, CF3CH(OH)OEt: in
  // solution it gives the aldehyde back (and one ethanol). It is the carbonyl of an N-2,2,2-trifluoroethylation.
  {
    id: 'fluoral-ethyl-hemiacetal',
    name: 'trifluoroacetaldehyde ethyl hemiacetal',
    synonyms: [
      '1-ethoxy-2,2,2-trifluoroethanol',
      '2,2,2-trifluoro-1-ethoxyethanol',
      'fluoral ethyl hemiacetal',
      'trifluoroacetaldehyde hemiacetal',
      'CF3CH(OH)OEt',
      'CF3CH(OEt)OH',
    ],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde, as its ethyl hemiacetal)',
    // The hemiacetal CF3CH(OH)OEt, written as the aldehyde and the ethanol it gives back (same formula, C4H7F3O2).
    smiles: 'O=CC(F)(F)F.CCO',
    formula: 'C4H7F3O2',
    mw: 144.09,
    density: 1.221,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['flammable liquid and vapour', 'skin, eye and respiratory irritant'],
    explanation:
      'Trifluoroacetaldehyde (fluoral) is a gas, so it is sold and weighed as this liquid hemiacetal (usually about 90 %, the rest ' +
      'mostly ethanol), which gives the aldehyde back in the pot: a masked aldehyde that puts a 2,2,2-trifluoroethyl group on ' +
      'nitrogen. The CF3 group makes the carbonyl very electrophilic but the iminium ion unstable: the amine adds at once to give a ' +
      'hemiaminal that loses water only slowly, so the imine step needs acid, time or warming before the hydride can do its work.',
    advice:
      'Use 1.5–2 equiv; stir it with the amine and AcOH (or with sieves) before the reductant, warm gently if slow, and use the ' +
      'reductant in excess (guide: Q1, FAQ temperature).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: 'paraformaldehyde',
    name: 'paraformaldehyde',
    synonyms: ['PFA', 'paraform', 'polyoxymethylene', '(CH2O)n'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde; polymer)',
    mw: 30.03,
    state: 'solid',
    groups: { ...none, aldehyde: true },
    hazards: ['flammable solid', 'releases formaldehyde', 'may cause cancer', 'skin sensitiser'],
    explanation:
      'Solid, polymeric formaldehyde, HO(CH2O)nH. It cracks back to formaldehyde in solution, faster with warming or ' +
      'acid, and so delivers formaldehyde without the water of formalin. Amounts are counted per CH2O unit (30.03 g/mol); ' +
      'it dissolves slowly, so give the depolymerisation time before adding the reductant.',
    advice: 'A water-free alternative to formalin for N-methylation with NaBH(OAc)3 in DCE; allow time (or gentle warming to 40 °C) for it to dissolve (guide: Q1, FAQ temperature).',
    source: src('MW: per CH2O repeat unit (formula weight)'),
  },

  // =====================================================================================
  // Carbonyls: ketones
  // =====================================================================================
  {
    id: 'cyclohexanone',
    name: 'cyclohexanone',
    synonyms: ['cyclohexan-1-one'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (ketone)',
    smiles: 'O=C1CCCCC1',
    formula: 'C6H10O',
    mw: 98.14,
    density: 0.947,
    state: 'liquid',
    groups: { ...none, ketone: true },
    hazards: ['flammable liquid', 'harmful if swallowed, inhaled or in contact with skin', 'eye irritant'],
    explanation:
      'An unhindered cyclic ketone. Ketones condense with amines more slowly than aldehydes, and with a secondary amine ' +
      'such as a diazepane N–H the iminium equilibrium is less favourable still, so reactions need acid catalysis and ' +
      'more time (often overnight). The gain is that the ketone itself is reduced only slowly by NaBH(OAc)3.',
    advice:
      'Add 1–2 equiv AcOH with NaBH(OAc)3, or pre-form the iminium (Ti(OiPr)4 or molecular sieves) before the reductant ' +
      'goes in (guide: Q1, FAQ acid).',
    source: src(MW_SMILES + ' = ' + TABLE, 'density: ' + TABLE),
  },
  {
    id: 'cyclopentanone',
    name: 'cyclopentanone',
    synonyms: ['cyclopentan-1-one'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (ketone)',
    smiles: 'O=C1CCCC1',
    formula: 'C5H8O',
    mw: 84.12,
    density: 0.951,
    state: 'liquid',
    groups: { ...none, ketone: true },
    hazards: ['flammable liquid', 'skin and eye irritant'],
    explanation:
      'A cyclic ketone that installs a cyclopentyl group. It adds nucleophiles somewhat more slowly than cyclohexanone, ' +
      'so iminium formation with a secondary amine is sluggish without acid.',
    advice: 'NaBH(OAc)3 with 1–2 equiv AcOH in DCE, overnight at rt; pre-form with Ti(OiPr)4 if conversion stays low (guide: Q1).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: '2-adamantanone',
    name: '2-adamantanone',
    synonyms: ['adamantanone', 'adamantan-2-one'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (ketone)',
    smiles: 'O=C1C2CC3CC(C2)CC1C3',
    formula: 'C10H14O',
    mw: 150.22,
    state: 'solid',
    groups: { ...none, ketone: true },
    hazards: ['skin, eye and respiratory irritant'],
    explanation:
      'A cage ketone (a solid that sublimes) whose carbonyl sits between two bridgehead CH groups: it is crowded, and ' +
      'with a secondary amine such as a diazepane N–H the iminium forms slowly and does not lie far on the product side. ' +
      'Expect a long reaction, acid catalysis, or a Lewis-acid or dehydrating agent to pre-form the iminium.',
    advice:
      'Add 1–2 equiv AcOH with NaBH(OAc)3, or pre-form the iminium with Ti(OiPr)4 before the reductant goes in; allow ' +
      'an overnight reaction (guide: Q1, FAQ acid).',
    source: src(MW_SMILES),
  },
  {
    id: 'mek',
    name: '2-butanone',
    synonyms: ['MEK', 'butan-2-one', 'methyl ethyl ketone', 'ethyl methyl ketone'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (ketone)',
    smiles: 'CCC(C)=O',
    formula: 'C4H8O',
    mw: 72.11,
    density: 0.805,
    state: 'liquid',
    groups: { ...none, ketone: true },
    hazards: ['highly flammable liquid and vapour', 'eye irritant', 'may cause drowsiness'],
    explanation:
      'A small, unhindered dialkyl ketone that gives the sec-butyl group (a new stereocentre, racemic). Like acetone it ' +
      'forms its iminium slowly compared with an aldehyde, and it is volatile (bp 80 °C), so an excess is usual.',
    advice: 'NaBH(OAc)3 with AcOH (1–2 equiv) in DCE, or NaBH3CN in MeOH at pH 5–6; allow overnight (guide: Q1).',
    source: src(MW_SMILES, 'density: CRC Handbook'),
  },
  {
    id: 'acetone',
    name: 'acetone',
    synonyms: ['propan-2-one', '2-propanone', 'dimethyl ketone'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (ketone)',
    smiles: 'CC(C)=O',
    formula: 'C3H6O',
    mw: 58.08,
    density: 0.784,
    state: 'liquid',
    groups: { ...none, ketone: true },
    hazards: ['highly flammable liquid and vapour', 'eye irritant', 'may cause drowsiness'],
    explanation:
      'The simplest ketone, used to put an isopropyl group on nitrogen. It is cheap and volatile (bp 56 °C), so it is ' +
      'often used in excess; with NaBH(OAc)3 it reacts more slowly than aldehydes, and NaBH4 reduces it to isopropanol. ' +
      'An excess will isopropylate both nitrogens of a free diazepane.',
    advice:
      'With NaBH(OAc)3 add AcOH (1–2 equiv); with NaBH4 let the iminium form first. For mono-isopropylation use the ' +
      'Boc-protected diazepane or an excess of the diazepane (guide: Q1, Q3).',
    source: src(MW_SMILES + ' = ' + TABLE, 'density: ' + TABLE),
  },
  {
    id: 'acetophenone',
    arylCarbonyl: true,
    name: 'acetophenone',
    // With its notebook formulae (`PhCOMe`, `PhC(O)Me`, `MeCOPh`).
    synonyms: ['methyl phenyl ketone', '1-phenylethanone', '1-phenylethan-1-one', 'PhCOMe', 'PhC(O)Me', 'PhCOCH3', 'PhC(O)CH3', 'MeCOPh', 'MeC(O)Ph', 'CH3COPh'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (ketone)',
    smiles: 'CC(=O)c1ccccc1',
    formula: 'C8H8O',
    mw: 120.15,
    density: 1.028,
    state: 'liquid',
    groups: { ...none, ketone: true },
    hazards: ['harmful if swallowed', 'eye irritant'],
    explanation:
      'An aryl methyl ketone: conjugation with the ring and the extra substituent make it a poor electrophile, and its ' +
      'iminium with a secondary amine forms very slowly. Direct one-pot conditions often give low conversion; the product ' +
      'has a new stereocentre (racemic).',
    advice: 'Pre-form the iminium with Ti(OiPr)4 (neat or in THF) and then reduce; a plain one-pot run is rarely enough (guide: Q1, pre-formation).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: 'boc-4-piperidone',
    name: '1-Boc-4-piperidone',
    synonyms: [
      'N-Boc-4-piperidone',
      'tert-butyl 4-oxopiperidine-1-carboxylate',
      'Boc-4-piperidone',
      '1-Boc-piperidin-4-one',
      'N-Boc-piperidin-4-one',
      '4-piperidone N-Boc',
      'N-Boc-piperidone',
      'N-(tert-butoxycarbonyl)-4-piperidone',
      '1-(tert-butoxycarbonyl)-4-piperidone',
      '4-oxo-piperidine-1-carboxylic acid tert-butyl ester',
      '4-oxopiperidine-1-carboxylic acid tert-butyl ester',
      // `…piperidinone`, and the catalogue's `tert-Butyl 4-oxo-1-piperidinecarboxylate`.
      'N-Boc-4-piperidinone',
      '1-Boc-4-piperidinone',
      'Boc-4-piperidinone',
      '1-(tert-butoxycarbonyl)-4-piperidinone',
      'N-(tert-butoxycarbonyl)-4-piperidinone',
      'tert-butyl 4-oxo-1-piperidinecarboxylate',
      // The ring named as 4-oxopiperidine, as suppliers and ELNs also write it.
      '1-Boc-4-oxopiperidine',
      'N-Boc-4-oxopiperidine',
      '4-oxo-1-Boc-piperidine',
      'Boc-piperidone',
    ],
    role: 'carbonyl',
    roleDetail: 'carbonyl (ketone)',
    smiles: 'CC(C)(C)OC(=O)N1CCC(=O)CC1',
    formula: 'C10H17NO3',
    mw: 199.25,
    state: 'solid',
    groups: { ...none, ketone: true },
    hazards: ['skin, eye and respiratory irritant'],
    explanation:
      'A widely used ketone for attaching a piperidin-4-yl group. Its nitrogen is a Boc carbamate, so it does not compete ' +
      'as an amine; the ketone is reactive for its class and gives good conversion with NaBH(OAc)3 and AcOH. The Boc ' +
      'group can be removed afterwards with TFA or HCl to reveal a new secondary amine.',
    advice: 'NaBH(OAc)3 (1.5 equiv) with AcOH (1 equiv) in DCE, overnight at rt; no strong acid, which would cleave the Boc (guide: Q1).',
    source: src(MW_SMILES),
  },
  {
    id: 'boc-3-azetidinone',
    name: '1-Boc-3-azetidinone',
    synonyms: [
      'tert-butyl 3-oxoazetidine-1-carboxylate',
      'N-Boc-3-azetidinone',
      'N-Boc-azetidin-3-one',
      '1-Boc-azetidin-3-one',
      '3-oxoazetidine-1-carboxylic acid tert-butyl ester',
    ],
    role: 'carbonyl',
    roleDetail: 'carbonyl (ketone)',
    smiles: 'CC(C)(C)OC(=O)N1CC(=O)C1',
    formula: 'C8H13NO3',
    mw: 171.19,
    state: 'solid',
    groups: { ...none, ketone: true },
    hazards: ['skin, eye and respiratory irritant'],
    explanation:
      'A strained four-membered ketone that installs an azetidin-3-yl group, a small polar ring popular in medicinal ' +
      'chemistry. The ring strain makes the ketone more reactive than cyclohexanone, so its iminium forms readily; the ' +
      'Boc carbamate does not compete as an amine and comes off later with TFA or HCl.',
    advice: 'NaBH(OAc)3 (1.5 equiv) with AcOH in DCE at rt; avoid strong acid and heat, which cleave the Boc group (guide: Q1).',
    source: src(MW_SMILES),
  },
  {
    id: 'tetrahydropyran-4-one',
    name: 'tetrahydro-4H-pyran-4-one',
    // As suppliers and CAS write it too: `Tetrahydro-2H-pyran-4-one`, `dihydro-2H-pyran-4(3H)-one`.
    synonyms: ['tetrahydropyran-4-one', 'oxan-4-one', 'tetrahydropyranone', 'THP-4-one', 'tetrahydro-2H-pyran-4-one', 'dihydro-2H-pyran-4(3H)-one', 'tetrahydro-pyran-4-one', 'tetrahydro-4-pyranone', '4-oxotetrahydropyran'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (ketone)',
    smiles: 'O=C1CCOCC1',
    formula: 'C5H8O2',
    mw: 100.12,
    density: 1.084,
    state: 'liquid',
    groups: { ...none, ketone: true },
    hazards: ['flammable liquid', 'eye irritant'],
    explanation:
      'A cyclic ketone that installs the polar, metabolically robust oxan-4-yl group. It behaves like cyclohexanone, a ' +
      'little more reactive because of the ring oxygen.',
    advice: 'NaBH(OAc)3 with AcOH (1–2 equiv) in DCE at rt overnight (guide: Q1, FAQ acid).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },

  // =====================================================================================
  // Carbonyls: more building blocks (substituted benzaldehydes, small aliphatic aldehydes,
  // small and N-substituted cyclic ketones)
  // =====================================================================================
  {
    id: '4-chlorobenzaldehyde',
    arylCarbonyl: true,
    name: '4-chlorobenzaldehyde',
    synonyms: ['p-chlorobenzaldehyde', '4-chlorobenzenecarboxaldehyde', '4-chlorobenzenecarbaldehyde'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'O=Cc1ccc(Cl)cc1',
    formula: 'C7H5ClO',
    mw: 140.57,
    state: 'solid',
    groups: { ...none, aldehyde: true },
    hazards: ['harmful if swallowed', 'skin and eye irritant', 'harmful to aquatic life'],
    explanation:
      'A crystalline aryl aldehyde, weighed rather than measured. The para-chlorine withdraws a little electron density, so ' +
      'the iminium forms at least as easily as with benzaldehyde. The aryl C–Cl bond is safe with borohydrides; under ' +
      'hydrogen over Pd/C, above all with an amine present, part of it can be hydrodechlorinated.',
    advice: 'NaBH(OAc)3 with AcOH in DCE at rt, one-pot; prefer it to H2 over Pd/C, which can take the chlorine off (guide: Q1, FAQ reducing agents).',
    source: src(MW_SMILES),
  },
  {
    id: '3-chlorobenzaldehyde',
    arylCarbonyl: true,
    name: '3-chlorobenzaldehyde',
    synonyms: ['m-chlorobenzaldehyde', '3-chlorobenzenecarboxaldehyde', '3-chlorobenzenecarbaldehyde'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'O=Cc1cccc(Cl)c1',
    formula: 'C7H5ClO',
    mw: 140.57,
    density: 1.241,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['harmful if swallowed', 'skin and eye irritant', 'air-sensitive (oxidises to the acid)'],
    explanation:
      'The meta isomer, a liquid at room temperature (mp about 10 °C), so it can be dosed by volume. The chlorine withdraws ' +
      'electron density by induction only, which leaves the carbonyl slightly more electrophilic than benzaldehyde. Like ' +
      'other benzaldehydes it slowly oxidises in air to the benzoic acid, which throws off the equivalents.',
    advice: 'NaBH(OAc)3 / AcOH in DCE at rt, one-pot; avoid H2 over Pd/C, which can remove aryl chlorine (guide: Q1, FAQ reducing agents).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: '2-chlorobenzaldehyde',
    arylCarbonyl: true,
    name: '2-chlorobenzaldehyde',
    synonyms: ['o-chlorobenzaldehyde', '2-chlorobenzenecarboxaldehyde', '2-chlorobenzenecarbaldehyde'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'O=Cc1ccccc1Cl',
    formula: 'C7H5ClO',
    mw: 140.57,
    density: 1.248,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['harmful if swallowed', 'causes burns to skin and eyes', 'air-sensitive (oxidises to the acid)'],
    explanation:
      'The ortho-chlorine sits beside the CHO: electronically it activates the carbonyl, but it also crowds it, so the ' +
      'iminium with a secondary amine such as a diazepane N–H forms more slowly than with the 4-isomer. A liquid at room ' +
      'temperature.',
    advice:
      'NaBH(OAc)3 with 1 equiv AcOH in DCE; give it longer (overnight) if conversion lags, and do not hydrogenate over Pd/C, ' +
      'which can remove the chlorine (guide: Q1, FAQ reducing agents).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: '4-bromobenzaldehyde',
    arylCarbonyl: true,
    name: '4-bromobenzaldehyde',
    synonyms: ['p-bromobenzaldehyde', '4-bromobenzenecarboxaldehyde', '4-bromobenzenecarbaldehyde'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'O=Cc1ccc(Br)cc1',
    formula: 'C7H5BrO',
    mw: 185.02,
    state: 'solid',
    groups: { ...none, aldehyde: true, arylBr: true },
    hazards: ['harmful if swallowed', 'skin, eye and respiratory irritant', 'may cause an allergic skin reaction'],
    explanation:
      'Condenses like 4-chlorobenzaldehyde. The aryl bromide is usually there as a handle for a later cross-coupling, and ' +
      'it is the halide most easily lost under hydrogen over Pd/C (hydrodebromination); borohydrides leave it alone.',
    advice: 'NaBH(OAc)3 / AcOH in DCE at rt; do not hydrogenate over Pd/C when the bromine has to survive (guide: FAQ reducing agents).',
    source: src(MW_SMILES),
  },
  {
    id: '3-nitrobenzaldehyde',
    arylCarbonyl: true,
    name: '3-nitrobenzaldehyde',
    synonyms: ['m-nitrobenzaldehyde'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde; nitro)',
    smiles: 'O=Cc1cccc(c1)[N+](=O)[O-]',
    formula: 'C7H5NO3',
    mw: 151.12,
    state: 'solid',
    groups: { ...none, aldehyde: true, nitro: true },
    hazards: ['harmful if swallowed', 'skin and eye irritant', 'harmful to aquatic life'],
    explanation:
      'Like the 4-isomer, a strongly activated aldehyde that forms the iminium quickly. Borohydrides at room temperature do ' +
      'not touch the nitro group; hydrogen over Pd/C reduces it to the aniline, which then competes with the diazepane for ' +
      'the aldehyde.',
    advice: 'Use NaBH(OAc)3 (or NaBH3CN), not H2 over Pd/C (guide: FAQ reducing agents).',
    source: src(MW_SMILES),
  },
  {
    id: '2-fluorobenzaldehyde',
    arylCarbonyl: true,
    name: '2-fluorobenzaldehyde',
    synonyms: ['o-fluorobenzaldehyde', '2-fluorobenzenecarboxaldehyde'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'O=Cc1ccccc1F',
    formula: 'C7H5FO',
    mw: 124.11,
    density: 1.178,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['flammable liquid', 'skin, eye and respiratory irritant'],
    explanation:
      'Fluorine is small, so unlike a 2-chloro group it barely hinders the carbonyl, which it activates slightly: the ' +
      'aldehyde reacts much like benzaldehyde. An amine can displace the activated ortho-fluorine only under forcing ' +
      'conditions (heat with base), not in a room-temperature reductive amination.',
    advice: 'NaBH(OAc)3 / AcOH in DCE at rt; keep it at room temperature (guide: FAQ temperature).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: '3-fluorobenzaldehyde',
    arylCarbonyl: true,
    name: '3-fluorobenzaldehyde',
    synonyms: ['m-fluorobenzaldehyde', '3-fluorobenzenecarboxaldehyde', '3-fluorobenzenecarbaldehyde'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'O=Cc1cccc(F)c1',
    formula: 'C7H5FO',
    mw: 124.11,
    density: 1.174,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['flammable liquid', 'skin, eye and respiratory irritant', 'air-sensitive (oxidises to the acid)'],
    explanation:
      'The meta isomer, a liquid measured by volume. A fluorine in the meta position withdraws electrons without ' +
      'donating any back into the ring, so the carbonyl is a little more electrophilic than that of benzaldehyde and the ' +
      'iminium forms readily; nothing about it calls for heat. Old bottles hold some 3-fluorobenzoic acid.',
    advice: 'NaBH(OAc)3 / AcOH in DCE at rt, one-pot (guide: Q1, FAQ temperature).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: 'salicylaldehyde',
    arylCarbonyl: true,
    name: 'salicylaldehyde',
    synonyms: ['2-hydroxybenzaldehyde', 'o-hydroxybenzaldehyde', 'salicylic aldehyde'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'O=Cc1ccccc1O',
    formula: 'C7H6O2',
    mw: 122.12,
    density: 1.146,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['harmful if swallowed', 'skin and eye irritant', 'toxic to aquatic life'],
    explanation:
      'The ortho-OH holds the carbonyl oxygen in an intramolecular hydrogen bond, and after condensation it holds the imine ' +
      'nitrogen the same way, so its (yellow) imines form readily and are unusually stable. The product is a ' +
      '2-hydroxybenzylamine, both a base and a weak acid: a strongly basic aqueous layer keeps it as the phenolate.',
    advice:
      'NaBH(OAc)3 in DCE, or form the imine first and reduce with NaBH4 in MeOH; quench with NaHCO3 rather than NaOH so the ' +
      'phenolic product extracts (guide: Q2, Q4).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: '4-hydroxybenzaldehyde',
    arylCarbonyl: true,
    name: '4-hydroxybenzaldehyde',
    synonyms: ['p-hydroxybenzaldehyde', '4-formylphenol', 'p-formylphenol'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'O=Cc1ccc(O)cc1',
    formula: 'C7H6O2',
    mw: 122.12,
    state: 'solid',
    groups: { ...none, aldehyde: true },
    hazards: ['skin, eye and respiratory irritant'],
    explanation:
      'The para-OH donates strongly into the ring (more so as the phenolate), which makes the carbonyl a poor electrophile: ' +
      'iminium formation is slow, and any base in the pot (Et3N freeing an amine salt) deprotonates part of the phenol and ' +
      'slows it further. It dissolves poorly in DCE. The product is amphoteric, like other hydroxybenzylamines.',
    advice:
      'Add 1–2 equiv AcOH and allow overnight, or pre-form the imine in MeOH and then reduce; work up with NaHCO3 rather ' +
      'than NaOH (guide: Q1, Q4).',
    source: src(MW_SMILES),
  },
  {
    id: '4-trifluoromethylbenzaldehyde',
    arylCarbonyl: true,
    name: '4-(trifluoromethyl)benzaldehyde',
    synonyms: [
      '4-trifluoromethylbenzaldehyde',
      'p-(trifluoromethyl)benzaldehyde',
      'p-trifluoromethylbenzaldehyde',
      '4-formylbenzotrifluoride',
      'α,α,α-trifluoro-p-tolualdehyde',
    ],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'O=Cc1ccc(cc1)C(F)(F)F',
    formula: 'C8H5F3O',
    mw: 174.12,
    density: 1.275,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['combustible liquid', 'skin, eye and respiratory irritant', 'air-sensitive'],
    explanation:
      'A strongly electron-poor aryl aldehyde: the CF3 group makes the carbonyl very electrophilic, so the iminium forms ' +
      'fast, but a strong hydride that meets the free aldehyde also turns it into the benzyl alcohol faster than most. ' +
      'The CF3 group is inert to all the usual reductants.',
    advice: 'One-pot NaBH(OAc)3 in DCE works well; with NaBH4, form the imine completely before adding it (guide: Q2).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: '4-cyanobenzaldehyde',
    arylCarbonyl: true,
    name: '4-cyanobenzaldehyde',
    synonyms: ['4-formylbenzonitrile', 'p-cyanobenzaldehyde', 'p-formylbenzonitrile'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde; nitrile)',
    smiles: 'O=Cc1ccc(cc1)C#N',
    formula: 'C8H5NO',
    mw: 131.13,
    state: 'solid',
    groups: { ...none, aldehyde: true, nitrile: true },
    hazards: ['harmful if swallowed, inhaled or in contact with skin', 'skin and eye irritant'],
    explanation:
      'An activated aryl aldehyde that condenses readily. NaBH(OAc)3 and NaBH3CN leave the nitrile alone; catalytic ' +
      'hydrogenation can take it on to a primary benzylamine, which is then alkylated in turn.',
    advice: 'NaBH(OAc)3 / AcOH in DCE at rt; avoid H2 over Pd/C, which can reduce the nitrile as well (guide: FAQ reducing agents).',
    source: src(MW_SMILES),
  },
  {
    id: '3-methoxybenzaldehyde',
    arylCarbonyl: true,
    name: '3-methoxybenzaldehyde',
    synonyms: ['m-anisaldehyde', '3-anisaldehyde', 'm-methoxybenzaldehyde'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'COc1cccc(C=O)c1',
    formula: 'C8H8O2',
    mw: 136.15,
    density: 1.119,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['harmful if swallowed', 'skin and eye irritant'],
    explanation:
      'Unlike the para isomer, a meta-methoxy group cannot donate into the carbonyl through the ring and pulls slightly by ' +
      'induction, so m-anisaldehyde reacts at least as fast as benzaldehyde. A liquid, convenient to dose by volume.',
    advice: 'NaBH(OAc)3 / AcOH in DCE at rt, one-pot (guide: Q1).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: '2-methoxybenzaldehyde',
    arylCarbonyl: true,
    name: '2-methoxybenzaldehyde',
    synonyms: ['o-anisaldehyde', '2-anisaldehyde', 'o-methoxybenzaldehyde'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'COc1ccccc1C=O',
    formula: 'C8H8O2',
    mw: 136.15,
    state: 'solid',
    groups: { ...none, aldehyde: true },
    hazards: ['harmful if swallowed', 'skin and eye irritant'],
    explanation:
      'The ortho-methoxy group both donates into the ring and crowds the carbonyl, so iminium formation is slower than with ' +
      'benzaldehyde. It melts just above room temperature (about 35–38 °C), so a bottle may be solid or partly liquid: ' +
      'weigh it rather than measuring a volume.',
    advice: 'NaBH(OAc)3 with 1–2 equiv AcOH in DCE, overnight at rt (guide: Q1, FAQ acid).',
    source: src(MW_SMILES),
  },
  {
    id: '4-methylbenzaldehyde',
    arylCarbonyl: true,
    name: '4-methylbenzaldehyde',
    synonyms: ['p-tolualdehyde', '4-tolualdehyde', 'p-methylbenzaldehyde', 'p-toluylaldehyde'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'Cc1ccc(C=O)cc1',
    formula: 'C8H8O',
    mw: 120.15,
    density: 1.019,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['harmful if swallowed', 'skin and eye irritant', 'air-sensitive (oxidises to the acid)'],
    explanation:
      'The para-methyl group donates only weakly, so p-tolualdehyde is a touch slower than benzaldehyde but behaves the ' +
      'same. Like benzaldehyde it oxidises in air to the acid (p-toluic acid), which upsets the equivalents of an old bottle.',
    advice: 'NaBH(OAc)3 / AcOH in DCE at rt, one-pot (guide: Q1).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: '4-dimethylaminobenzaldehyde',
    arylCarbonyl: true,
    name: '4-(dimethylamino)benzaldehyde',
    synonyms: ['4-dimethylaminobenzaldehyde', 'p-(dimethylamino)benzaldehyde', 'p-dimethylaminobenzaldehyde'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'CN(C)c1ccc(C=O)cc1',
    formula: 'C9H11NO',
    mw: 149.19,
    state: 'solid',
    groups: { ...none, aldehyde: true },
    hazards: ['skin and eye irritant', 'harmful to aquatic life'],
    explanation:
      'The least reactive of the common benzaldehydes: the para-NMe2 group pushes its lone pair through the ring onto the ' +
      'carbonyl (in effect a vinylogous amide), so the iminium with a secondary amine forms slowly and incompletely at rt, ' +
      'and one-pot NaBH(OAc)3 runs often stall. Its aniline nitrogen is weakly basic and takes up part of the acid.',
    advice: 'Pre-form the iminium (Ti(OiPr)4, or AcOH with molecular sieves) before the reductant goes in, and expect a long reaction (guide: Q1).',
    source: src(MW_SMILES),
  },
  {
    id: 'veratraldehyde',
    arylCarbonyl: true,
    name: '3,4-dimethoxybenzaldehyde',
    synonyms: ['veratraldehyde', 'veratric aldehyde', 'methylvanillin'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'COc1ccc(C=O)cc1OC',
    formula: 'C9H10O3',
    mw: 166.18,
    state: 'solid',
    groups: { ...none, aldehyde: true },
    hazards: ['harmful if swallowed', 'skin and eye irritant'],
    explanation:
      'An electron-rich aldehyde: the para-methoxy group donates into the carbonyl, so it behaves like ' +
      '4-methoxybenzaldehyde, with slower iminium formation than benzaldehyde that acid and time make up for. Low-melting ' +
      '(about 40–43 °C); weigh it.',
    advice: 'NaBH(OAc)3 with 1–2 equiv AcOH in DCE, overnight at rt (guide: Q1, FAQ acid).',
    source: src(MW_SMILES),
  },
  {
    id: 'piperonal',
    arylCarbonyl: true,
    name: 'piperonal',
    synonyms: [
      'heliotropin',
      '3,4-methylenedioxybenzaldehyde',
      '1,3-benzodioxole-5-carbaldehyde',
      '1,3-benzodioxole-5-carboxaldehyde',
      'benzo[d][1,3]dioxole-5-carbaldehyde',
    ],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'O=Cc1ccc2OCOc2c1',
    formula: 'C8H6O3',
    mw: 150.13,
    state: 'solid',
    groups: { ...none, aldehyde: true },
    hazards: ['may cause an allergic skin reaction', 'eye irritant'],
    explanation:
      'The methylenedioxy ring makes it electron-rich, much like 3,4-dimethoxybenzaldehyde, so the iminium forms more ' +
      'slowly than with benzaldehyde. The O–CH2–O acetal survives AcOH and the usual hydride or hydrogenation conditions. ' +
      'Low-melting (about 35–37 °C).',
    advice: 'NaBH(OAc)3 with 1–2 equiv AcOH in DCE, overnight at rt (guide: Q1, FAQ acid).',
    source: src(MW_SMILES),
  },
  {
    id: '2-naphthaldehyde',
    arylCarbonyl: true,
    name: '2-naphthaldehyde',
    synonyms: ['naphthalene-2-carbaldehyde', 'naphthalene-2-carboxaldehyde', '2-naphthalenecarboxaldehyde', 'β-naphthaldehyde'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'O=Cc1ccc2ccccc2c1',
    formula: 'C11H8O',
    mw: 156.18,
    state: 'solid',
    groups: { ...none, aldehyde: true },
    hazards: ['skin, eye and respiratory irritant'],
    explanation:
      'Reacts much like benzaldehyde: the 2-position is unhindered (the 1-isomer is the crowded one, next to the ' +
      'peri-hydrogen). The extra ring makes the aldehyde and its product greasier, so they dissolve better in DCE than in MeOH.',
    advice: 'NaBH(OAc)3 / AcOH in DCE at rt, one-pot (guide: Q1, FAQ reducing agents).',
    source: src(MW_SMILES),
  },
  {
    id: 'indole-3-carboxaldehyde',
    arylCarbonyl: true,
    name: 'indole-3-carboxaldehyde',
    synonyms: ['indole-3-carbaldehyde', '1H-indole-3-carbaldehyde', '1H-indole-3-carboxaldehyde', '3-formylindole', '3-indolecarboxaldehyde'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'O=Cc1c[nH]c2ccccc12',
    formula: 'C9H7NO',
    mw: 145.16,
    state: 'solid',
    groups: { ...none, aldehyde: true },
    hazards: ['skin, eye and respiratory irritant'],
    explanation:
      'A sluggish aldehyde: the indole nitrogen lone pair is conjugated through C2=C3 into the carbonyl, which therefore ' +
      'behaves like a vinylogous amide and is a poor electrophile. Imine formation needs acid, water removal and time, and ' +
      'the high-melting solid dissolves poorly in DCE. The indole N–H is not basic and is not alkylated under these conditions.',
    advice:
      'Pre-form the imine (AcOH with sieves, or Ti(OiPr)4) before the reductant; if it stays undissolved or slow, gentle ' +
      'warming to 40–50 °C helps (guide: Q1, FAQ temperature).',
    source: src(MW_SMILES),
  },
  {
    id: '1-methylpyrazole-4-carbaldehyde',
    arylCarbonyl: true,
    name: '1-methyl-1H-pyrazole-4-carbaldehyde',
    synonyms: ['1-methylpyrazole-4-carbaldehyde', '1-methyl-1H-pyrazole-4-carboxaldehyde', '1-methylpyrazole-4-carboxaldehyde', '1-methyl-4-pyrazolecarboxaldehyde', '1-methyl-4-formylpyrazole', '4-formyl-1-methylpyrazole', '4-formyl-1-methyl-1H-pyrazole'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'Cn1cc(C=O)cn1',
    formula: 'C5H6N2O',
    mw: 110.12,
    state: 'solid',
    groups: { ...none, aldehyde: true },
    hazards: ['harmful if swallowed', 'skin, eye and respiratory irritant'],
    explanation:
      'A five-membered heteroaryl aldehyde common in kinase programmes. The electron-rich pyrazole makes the carbonyl a ' +
      'weaker electrophile than benzaldehyde, so the iminium forms more slowly; the N-methyl leaves no pyrazole N–H to react, ' +
      'and the ring nitrogen is only weakly basic. A low-melting solid, weighed rather than measured by volume. Its small, ' +
      'polar product is quite water-soluble.',
    advice:
      'NaBH(OAc)3 with AcOH in DCE, the iminium given 30–60 min first (or 2-picoline borane in MeOH/AcOH); extract the polar ' +
      'product from a strongly basic aqueous layer, or catch it on SCX (guide: Q1, Q4).',
    source: src(MW_SMILES),
  },
  {
    id: 'butyraldehyde',
    name: 'butyraldehyde',
    synonyms: ['butanal', 'n-butyraldehyde', 'n-butanal', 'butyric aldehyde'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'CCCC=O',
    formula: 'C4H8O',
    mw: 72.11,
    density: 0.802,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['highly flammable liquid and vapour', 'eye irritant'],
    explanation:
      'A small, enolisable straight-chain aldehyde (bp about 75 °C) that puts an n-butyl group on nitrogen. It forms the ' +
      'iminium quickly but also aldolises under acid or base, and with a secondary amine it can give the enamine; a fast ' +
      'hydride reduces the iminium before either matters. Volatile: dose it by volume from a cool bottle.',
    advice: 'One-pot NaBH(OAc)3 in DCE at rt with the aldehyde added last; keep it near 1.0 equiv with a free diazepane to limit dialkylation (guide: Q2, Q3).',
    source: src(MW_SMILES, 'density: CRC Handbook value at 20 °C'),
  },
  {
    id: 'propionaldehyde',
    name: 'propionaldehyde',
    synonyms: ['propanal', 'propionic aldehyde', 'propaldehyde', 'n-propanal'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'CCC=O',
    formula: 'C3H6O',
    mw: 58.08,
    density: 0.81,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['highly flammable liquid and vapour (bp about 48 °C)', 'skin, eye and respiratory irritant'],
    explanation:
      'Installs an n-propyl group. Very volatile and easily enolised: it aldolises on standing and under the reaction ' +
      'conditions, so old bottles hold condensation products and deliver fewer equivalents than written. Measure it cold, ' +
      'by volume.',
    advice: 'Add it last, to the amine and NaBH(OAc)3 in DCE at rt, so each iminium is reduced as it forms; for mono-alkylation use the Boc-protected diazepane (guide: Q2, Q3).',
    source: src(MW_SMILES, 'density: handbook value at 20 °C'),
  },
  {
    id: '3-phenylpropanal',
    name: '3-phenylpropanal',
    synonyms: ['hydrocinnamaldehyde', '3-phenylpropionaldehyde', 'dihydrocinnamaldehyde', 'benzenepropanal', '3-phenylpropan-1-al'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'O=CCCc1ccccc1',
    formula: 'C9H10O',
    mw: 134.18,
    density: 1.019,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['skin and eye irritant', 'air-sensitive'],
    explanation:
      'The saturated relative of cinnamaldehyde: an enolisable aliphatic aldehyde that puts a 3-phenylpropyl group on ' +
      'nitrogen. It condenses fast, but it aldolises and air-oxidises in storage, so older bottles are often well below ' +
      'their label purity. With no C=C it is safe under hydrogenation.',
    advice: 'NaBH(OAc)3 in DCE with the aldehyde added to the amine and reductant together; check an old bottle by NMR first (guide: Q2).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: 'pivalaldehyde',
    name: 'pivalaldehyde',
    synonyms: ['trimethylacetaldehyde', 'pivaldehyde', '2,2-dimethylpropanal', '2,2-dimethylpropionaldehyde', 'neopentanal'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'CC(C)(C)C=O',
    formula: 'C5H10O',
    mw: 86.13,
    density: 0.793,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['highly flammable liquid and vapour', 'skin and respiratory irritant'],
    explanation:
      'A hindered aldehyde: the tert-butyl group slows attack at the carbonyl, but with no α-hydrogen it cannot enolise, ' +
      'aldolise or give an enamine, so it is cleaner than other small aliphatic aldehydes. Volatile (bp about 75 °C). The ' +
      'neopentyl group it leaves on nitrogen is itself bulky.',
    advice: 'NaBH(OAc)3 with AcOH in DCE, overnight; pre-form the iminium if conversion stays low (guide: Q1, pre-formation).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: 'isovaleraldehyde',
    name: 'isovaleraldehyde',
    synonyms: ['3-methylbutanal', '3-methylbutyraldehyde', '3-methylbutyranal', 'isovaleric aldehyde', 'isopentanal', 'isoamyl aldehyde'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'CC(C)CC=O',
    formula: 'C5H10O',
    mw: 86.13,
    density: 0.785,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['highly flammable liquid and vapour', 'eye and respiratory irritant'],
    explanation:
      'An unhindered, enolisable aliphatic aldehyde (bp about 92 °C) that puts an isopentyl (3-methylbutyl) group on nitrogen. ' +
      'The branch is one carbon away from the carbonyl, so it forms the iminium about as fast as butanal, and like it can aldolise ' +
      'or give the enamine if the hydride is slow to follow. The bottle oxidises to isovaleric acid (a strong smell) on standing.',
    advice: 'One-pot NaBH(OAc)3 with AcOH in DCE or DCM at rt; near 1.0 equiv with a free diazepane to limit dialkylation (guide: Q2, Q3).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: '2-ethylbutanal',
    name: '2-ethylbutanal',
    synonyms: ['2-ethylbutyraldehyde', '2-ethylbutyric aldehyde', 'diethylacetaldehyde', '2-ethylbutan-1-al'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (aldehyde)',
    smiles: 'CCC(CC)C=O',
    formula: 'C6H12O',
    mw: 100.16,
    density: 0.814,
    state: 'liquid',
    groups: { ...none, aldehyde: true },
    hazards: ['flammable liquid and vapour', 'skin and eye irritant'],
    explanation:
      'An α-branched aliphatic aldehyde (bp about 117 °C): the two ethyl groups on the α-carbon slow the attack of a secondary ' +
      'amine, and the one α-hydrogen left lets it form the enamine. It gives the 2-ethylbutyl group, bulky next to nitrogen, so ' +
      'a second alkylation of a free diazepane is slower than with a straight-chain aldehyde.',
    advice: 'NaBH(OAc)3 with 1–2 equiv AcOH in DCE or THF; give the iminium 30–60 min before the hydride, or overnight reaction (guide: Q1).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: '3-pentanone',
    name: '3-pentanone',
    synonyms: ['pentan-3-one', 'diethyl ketone', 'DEK'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (ketone)',
    smiles: 'CCC(=O)CC',
    formula: 'C5H10O',
    mw: 86.13,
    density: 0.814,
    state: 'liquid',
    groups: { ...none, ketone: true },
    hazards: ['highly flammable liquid and vapour', 'respiratory irritant', 'may cause drowsiness'],
    explanation:
      'A symmetrical dialkyl ketone that gives the pentan-3-yl group (no new stereocentre). Its two ethyl groups crowd the ' +
      'carbonyl more than in acetone or 2-butanone, so the iminium with a secondary amine forms slowly. Volatile (bp 102 °C).',
    advice: 'NaBH(OAc)3 with 1–2 equiv AcOH in DCE, overnight; pre-form the iminium with Ti(OiPr)4 if conversion is poor (guide: Q1, FAQ acid).',
    source: src(MW_SMILES, 'density: CRC Handbook value at 20 °C'),
  },
  {
    id: 'cyclobutanone',
    name: 'cyclobutanone',
    synonyms: ['cyclobutan-1-one'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (ketone)',
    smiles: 'O=C1CCC1',
    formula: 'C4H6O',
    mw: 70.09,
    density: 0.938,
    state: 'liquid',
    groups: { ...none, ketone: true },
    hazards: ['highly flammable liquid and vapour', 'skin and eye irritant'],
    explanation:
      'A strained four-membered ketone and a reactive one: going from sp2 to sp3 at the carbonyl relieves angle strain, so ' +
      'the amine adds more easily than to cyclopentanone or cyclohexanone and the cyclobutylamine forms under ordinary ' +
      'one-pot conditions. Volatile (bp 99 °C) and costly; measure it cold.',
    advice: 'NaBH(OAc)3 with AcOH in DCE at rt, one-pot (guide: Q1).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: '4-4-difluorocyclohexanone',
    name: '4,4-difluorocyclohexanone',
    synonyms: ['4,4-difluorocyclohexan-1-one', '4,4-difluorocyclohexone'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (ketone)',
    smiles: 'O=C1CCC(F)(F)CC1',
    formula: 'C6H8F2O',
    mw: 134.12,
    state: 'solid',
    groups: { ...none, ketone: true },
    hazards: ['flammable solid', 'skin, eye and respiratory irritant'],
    explanation:
      'A cyclohexanone whose remote CF2 group leaves the carbonyl about as reactive as the parent; it gives the ' +
      '4,4-difluorocyclohexyl group, a common lipophilic, metabolically stable amine substituent. A low-melting solid (mp about 36 °C).',
    advice: 'NaBH(OAc)3 with 1–2 equiv AcOH in DCE, overnight; for a poor conversion pre-form the iminium with Ti(OiPr)4, then reduce (guide: Q1, FAQ acid).',
    source: src(MW_SMILES),
  },
  {
    id: '4-tert-butylcyclohexanone',
    name: '4-tert-butylcyclohexanone',
    synonyms: ['4-(tert-butyl)cyclohexanone', '4-tert-butylcyclohexan-1-one', '4-t-butylcyclohexanone', '4-tBu-cyclohexanone'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (ketone)',
    smiles: 'CC(C)(C)C1CCC(=O)CC1',
    formula: 'C10H18O',
    mw: 154.25,
    state: 'solid',
    groups: { ...none, ketone: true },
    hazards: ['skin and eye irritant', 'toxic to aquatic life'],
    explanation:
      'A conformationally locked cyclohexanone: the tert-butyl group holds the ring, so the hydride comes in from one face ' +
      'or the other and the product is a cis/trans mixture whose ratio depends on the reductant. As reactive as ' +
      'cyclohexanone at the carbonyl, but a bulky secondary amine such as a diazepane condenses with it slowly.',
    advice: 'NaBH(OAc)3 with 1–2 equiv AcOH in DCE, overnight; for a poor conversion pre-form the iminium with Ti(OiPr)4, then reduce (guide: Q1, FAQ acid).',
    source: src(MW_SMILES),
  },
  {
    id: 'cyclopropyl-methyl-ketone',
    name: 'cyclopropyl methyl ketone',
    synonyms: ['1-cyclopropylethanone', '1-cyclopropylethan-1-one', 'acetylcyclopropane', 'methyl cyclopropyl ketone', 'cyclopropylmethylketone'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (ketone)',
    smiles: 'CC(=O)C1CC1',
    formula: 'C5H8O',
    mw: 84.12,
    density: 0.849,
    state: 'liquid',
    groups: { ...none, ketone: true },
    hazards: ['highly flammable liquid and vapour', 'skin and eye irritant'],
    explanation:
      'A methyl ketone next to a cyclopropane ring, which conjugates with the C=O and makes it a weaker electrophile than ' +
      'acetone: the iminium with a secondary amine forms slowly and the product carries a new stereocentre (racemic). ' +
      'Volatile (bp 114 °C).',
    advice: 'NaBH(OAc)3 with 1–2 equiv AcOH in DCE, overnight; for a poor conversion pre-form the iminium with Ti(OiPr)4, then reduce (guide: Q1, FAQ acid).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: 'pinacolone',
    name: 'pinacolone',
    synonyms: ['3,3-dimethylbutan-2-one', '3,3-dimethyl-2-butanone', 'tert-butyl methyl ketone', 'methyl tert-butyl ketone', 'tBuCOMe'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (ketone)',
    smiles: 'CC(=O)C(C)(C)C',
    formula: 'C6H12O',
    mw: 100.16,
    density: 0.801,
    state: 'liquid',
    groups: { ...none, ketone: true },
    hazards: ['highly flammable liquid and vapour', 'harmful if swallowed'],
    explanation:
      'A methyl ketone beside a tert-butyl group, one of the most hindered simple ketones: with a secondary amine such as a ' +
      'diazepane N–H the iminium hardly forms under ordinary conditions, and NaBH(OAc)3 alone gives little product.',
    advice: 'Pre-form the iminium with neat Ti(OiPr)4 (overnight), then reduce with NaBH4 or NaBH3CN in EtOH; warm to 40 °C at most (guide: Q1, FAQ temperature).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: 'tetrahydrothiopyran-4-one',
    name: 'tetrahydro-4H-thiopyran-4-one',
    synonyms: ['tetrahydrothiopyran-4-one', 'thian-4-one', 'tetrahydro-2H-thiopyran-4-one', '4-oxothiane'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (ketone)',
    smiles: 'O=C1CCSCC1',
    formula: 'C5H8OS',
    mw: 116.18,
    state: 'solid',
    groups: { ...none, ketone: true },
    hazards: ['harmful if swallowed', 'skin and eye irritant'],
    explanation:
      'The sulfur analogue of tetrahydropyran-4-one, as reactive as cyclohexanone. Its thioether poisons palladium, so ' +
      'catalytic hydrogenation is not an option, and it is oxidised easily (to the sulfoxide) in the work-up if peroxides are about.',
    advice: 'NaBH(OAc)3 with AcOH in DCE, or NaBH3CN in MeOH with AcOH; not H2 over Pd/C (guide: Q1, FAQ reducing agents).',
    source: src(MW_SMILES),
  },
  {
    id: 'boc-3-pyrrolidinone',
    name: '1-Boc-3-pyrrolidinone',
    synonyms: ['tert-butyl 3-oxopyrrolidine-1-carboxylate', 'N-Boc-3-pyrrolidinone', '1-Boc-pyrrolidin-3-one', 'N-Boc-pyrrolidin-3-one', 'Boc-3-pyrrolidinone', '1-Boc-3-oxopyrrolidine', 'N-Boc-3-oxopyrrolidine', 'tert-butyl 3-oxo-1-pyrrolidinecarboxylate'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (ketone)',
    smiles: 'CC(C)(C)OC(=O)N1CCC(=O)C1',
    formula: 'C9H15NO3',
    mw: 185.22,
    state: 'solid',
    groups: { ...none, ketone: true },
    hazards: ['skin, eye and respiratory irritant'],
    explanation:
      'A five-membered N-Boc ketone that gives the pyrrolidin-3-yl group with a new stereocentre (racemic). Strained and ' +
      'fairly reactive for a ketone; its nitrogen is a carbamate and does not compete as an amine. The Boc group comes off ' +
      'later with TFA or HCl.',
    advice: 'NaBH(OAc)3 (1.5 equiv) with AcOH in DCE, overnight at rt; no strong acid before the work-up (guide: Q1).',
    source: src(MW_SMILES),
  },
  {
    id: 'boc-3-piperidone',
    name: '1-Boc-3-piperidone',
    synonyms: ['tert-butyl 3-oxopiperidine-1-carboxylate', 'N-Boc-3-piperidone', '1-Boc-piperidin-3-one', 'N-Boc-piperidin-3-one', 'Boc-3-piperidone', '1-Boc-3-oxopiperidine', 'N-Boc-3-oxopiperidine', 'tert-butyl 3-oxo-1-piperidinecarboxylate'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (ketone)',
    smiles: 'CC(C)(C)OC(=O)N1CCCC(=O)C1',
    formula: 'C10H17NO3',
    mw: 199.25,
    state: 'solid',
    groups: { ...none, ketone: true },
    hazards: ['skin, eye and respiratory irritant'],
    explanation:
      'The 3-isomer of 1-Boc-4-piperidone: the carbamate nitrogen beside the CH2 makes the C=O a little more hindered and ' +
      'the product a racemate at the new stereocentre. Slower than the 4-piperidone; acid and time help.',
    advice: 'NaBH(OAc)3 with 1–2 equiv AcOH in DCE, overnight; for a poor conversion pre-form the iminium with Ti(OiPr)4, then reduce (guide: Q1, FAQ acid).',
    source: src(MW_SMILES),
  },
  {
    id: 'cyclohexanedione-monoketal',
    name: '1,4-dioxaspiro[4.5]decan-8-one',
    synonyms: ['1,4-cyclohexanedione monoethylene ketal', '1,4-cyclohexanedione mono-ethylene ketal', 'cyclohexane-1,4-dione monoethylene ketal', '1,4-cyclohexanedione monoethylene acetal', '4,4-(ethylenedioxy)cyclohexanone', '4-oxocyclohexanone ethylene ketal'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (ketone)',
    smiles: 'O=C1CCC2(CC1)OCCO2',
    formula: 'C8H12O3',
    mw: 156.18,
    state: 'solid',
    groups: { ...none, ketone: true },
    hazards: ['skin and eye irritant'],
    explanation:
      'Cyclohexane-1,4-dione with one carbonyl masked as its ethylene ketal: a cyclohexanone for the reductive amination, ' +
      'with the second ketone released afterwards by aqueous acid. The ketal stands AcOH and NaBH(OAc)3 but not a strong ' +
      'aqueous acid wash.',
    advice: 'NaBH(OAc)3 with AcOH in DCE; keep the work-up basic (no 1 M HCl wash) while the ketal is wanted (guide: Q1, Q4).',
    source: src(MW_SMILES),
  },
  {
    id: '1-tetralone',
    arylCarbonyl: true,
    name: '1-tetralone',
    synonyms: ['α-tetralone', 'alpha-tetralone', '3,4-dihydronaphthalen-1(2H)-one', '3,4-dihydro-1(2H)-naphthalenone', '1-oxotetralin'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (ketone)',
    smiles: 'O=C1CCCc2ccccc12',
    formula: 'C10H10O',
    mw: 146.19,
    density: 1.099,
    state: 'liquid',
    groups: { ...none, ketone: true },
    hazards: ['harmful if swallowed'],
    explanation:
      'A cyclic aryl ketone: conjugation with the ring makes the C=O a weak electrophile, and with a secondary amine such ' +
      'as a diazepane N–H the iminium barely forms without help. The benzylic amine product can lose the amine over ' +
      'palladium.',
    advice: 'Pre-form the iminium with Ti(OiPr)4 (neat or in THF, overnight), then reduce with NaBH4 or NaBH3CN in EtOH (guide: Q1).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: 'oxetan-3-one',
    name: 'oxetan-3-one',
    synonyms: ['3-oxetanone'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (ketone)',
    smiles: 'O=C1COC1',
    formula: 'C3H4O2',
    mw: 72.06,
    state: 'liquid',
    groups: { ...none, ketone: true },
    hazards: ['flammable liquid and vapour', 'skin and eye irritant'],
    explanation:
      'A strained, very reactive ketone that installs an oxetan-3-yl group, a small polar substituent that also makes the ' +
      'nitrogen it sits on markedly less basic. The iminium forms easily, but the compound is volatile, degrades on storage ' +
      '(keep it cold) and its ring opens with strong acid, so AcOH is the only acid to use.',
    advice: 'NaBH(OAc)3 with AcOH, never TFA or HCl, in DCE at rt; use a fresh bottle and a small excess (guide: Q1, FAQ acid).',
    source: src(MW_SMILES),
  },
  {
    id: 'tetrahydrofuran-3-one',
    name: 'tetrahydrofuran-3-one',
    synonyms: ['dihydrofuran-3(2H)-one', 'dihydro-3(2H)-furanone', 'oxolan-3-one', '3-oxotetrahydrofuran', 'tetrahydro-3-furanone'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (ketone)',
    smiles: 'O=C1CCOC1',
    formula: 'C4H6O2',
    mw: 86.09,
    state: 'liquid',
    groups: { ...none, ketone: true },
    hazards: ['flammable liquid', 'skin and eye irritant'],
    explanation:
      'A five-membered cyclic ketone that installs the polar oxolan-3-yl group, with a new stereocentre (racemic). The ' +
      'CH2 between the carbonyl and the ring oxygen is easily enolised, so the ketone darkens and self-condenses on ' +
      'storage: use a fresh, pale sample.',
    advice: 'NaBH(OAc)3 with 1–2 equiv AcOH in DCE at rt, overnight (guide: Q1, FAQ acid).',
    source: src(MW_SMILES),
  },
  {
    id: 'methyl-4-piperidone',
    name: '1-methyl-4-piperidone',
    synonyms: ['N-methyl-4-piperidone', '1-methylpiperidin-4-one', 'N-methylpiperidin-4-one', '1-methyl-piperidin-4-one'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (ketone; tertiary amine)',
    smiles: 'CN1CCC(=O)CC1',
    formula: 'C6H11NO',
    mw: 113.16,
    density: 0.92,
    state: 'liquid',
    groups: { ...none, ketone: true },
    hazards: ['flammable liquid', 'harmful if swallowed', 'skin and eye irritant'],
    explanation:
      'A reactive 4-piperidone that carries its own basic tertiary amine: that nitrogen takes up roughly one equivalent of ' +
      'any added acid before the acid can catalyse iminium formation. The product is a polar diamine that stays in the ' +
      'water unless the aqueous layer is strongly basic.',
    advice:
      'Use NaBH(OAc)3 with about 1 equiv more AcOH than usual; extract from a strongly basified aqueous layer and run ' +
      'columns with an amine modifier (guide: FAQ acid, Q4).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: 'benzyl-4-piperidone',
    name: '1-benzyl-4-piperidone',
    synonyms: ['N-benzyl-4-piperidone', '1-benzylpiperidin-4-one', 'N-benzylpiperidin-4-one', '1-benzyl-piperidin-4-one', 'N-benzylpiperidone'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (ketone; N-benzyl)',
    smiles: 'O=C1CCN(Cc2ccccc2)CC1',
    formula: 'C12H15NO',
    mw: 189.26,
    density: 1.021,
    state: 'liquid',
    groups: { ...none, ketone: true, nBenzyl: true },
    hazards: ['harmful if swallowed', 'skin and eye irritant'],
    explanation:
      'Installs a 1-benzylpiperidin-4-yl group. The ring nitrogen is a basic tertiary benzylamine: it takes up part of the ' +
      'acid catalyst, and hydrogen over Pd/C cleaves its benzyl group (hydrogenolysis), so an H2/Pd-C reductive amination ' +
      'also frees a secondary amine that can react again. Hydride reductants leave the benzyl group in place, to be removed ' +
      'deliberately later.',
    advice: 'Use NaBH(OAc)3 with AcOH in DCE, not H2 over Pd/C, which takes the benzyl group off the piperidine nitrogen (guide: FAQ reducing agents).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: 'acetyl-4-piperidone',
    name: '1-acetylpiperidin-4-one',
    synonyms: ['1-acetyl-4-piperidone', 'N-acetyl-4-piperidone', 'N-acetylpiperidin-4-one', '1-acetyl-4-piperidinone'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (ketone)',
    smiles: 'CC(=O)N1CCC(=O)CC1',
    formula: 'C7H11NO2',
    mw: 141.17,
    density: 1.146,
    state: 'liquid',
    groups: { ...none, ketone: true },
    hazards: ['skin and eye irritant'],
    explanation:
      'A 4-piperidone whose nitrogen is an acetamide: not basic, so it uses up none of the acid, and unlike a Boc group it ' +
      'survives TFA (removing it needs hot acid or base). The ketone is about as reactive as in 1-Boc-4-piperidone. The ' +
      'amide makes the product polar and fairly water-soluble.',
    advice: 'NaBH(OAc)3 (1.5 equiv) with AcOH in DCE, overnight at rt; extract the product from the basified aqueous layer several times (guide: Q1, Q4).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: '4-acetylpyridine',
    arylCarbonyl: true,
    name: '4-acetylpyridine',
    synonyms: ['1-(pyridin-4-yl)ethanone', '1-(pyridin-4-yl)ethan-1-one', 'methyl 4-pyridyl ketone', '4-pyridyl methyl ketone'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (ketone)',
    smiles: 'CC(=O)c1ccncc1',
    formula: 'C7H7NO',
    mw: 121.14,
    density: 1.095,
    state: 'liquid',
    groups: { ...none, ketone: true },
    hazards: ['harmful if swallowed', 'skin and eye irritant'],
    explanation:
      'An aryl methyl ketone like acetophenone; the pyridine ring makes its carbonyl more electrophilic, but the iminium ' +
      'with a secondary amine still forms slowly. The ring nitrogen is weakly basic and takes up some of the acid. The ' +
      'product has a new stereocentre (racemic) and a pyridine that makes it more water-soluble.',
    advice: 'Pre-form the iminium with Ti(OiPr)4, then reduce; a plain one-pot run is usually slow (guide: Q1, pre-formation).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  // Para-substituted acetophenones, the aryl ketones of SAR tables: the same slow iminium as acetophenone.
  {
    id: '4-chloroacetophenone',
    arylCarbonyl: true,
    name: "4'-chloroacetophenone",
    synonyms: ['4-chloroacetophenone', 'p-chloroacetophenone', "p'-chloroacetophenone", '1-(4-chlorophenyl)ethanone', '1-(4-chlorophenyl)ethan-1-one', '4-chlorophenyl methyl ketone', 'methyl 4-chlorophenyl ketone'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (ketone)',
    smiles: 'CC(=O)c1ccc(Cl)cc1',
    formula: 'C8H7ClO',
    mw: 154.6,
    density: 1.192,
    state: 'liquid',
    groups: { ...none, ketone: true },
    hazards: ['harmful if swallowed', 'skin and eye irritant'],
    explanation:
      'Acetophenone with a chlorine para to the acetyl: the ring chlorine makes the carbonyl a little more electrophilic, but ' +
      'it is still an aryl methyl ketone whose iminium with a secondary amine forms slowly. It melts near 20 °C, so it is ' +
      'dosed as a liquid on most days. The aryl chloride survives borohydrides (not always hydrogenation over Pd/C); the ' +
      'product has a new stereocentre (racemic).',
    advice: 'Pre-form the iminium with Ti(OiPr)4 (neat or in THF), then reduce with NaBH4 or NaBH3CN; one-pot NaBH(OAc)3 needs AcOH and a long time (guide: Q1, pre-formation).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C', 'mp: supplier catalogue'),
  },
  {
    id: '4-fluoroacetophenone',
    arylCarbonyl: true,
    name: "4'-fluoroacetophenone",
    synonyms: ['4-fluoroacetophenone', 'p-fluoroacetophenone', '1-(4-fluorophenyl)ethanone', '1-(4-fluorophenyl)ethan-1-one', '4-fluorophenyl methyl ketone', 'methyl 4-fluorophenyl ketone'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (ketone)',
    smiles: 'CC(=O)c1ccc(F)cc1',
    formula: 'C8H7FO',
    mw: 138.14,
    density: 1.138,
    state: 'liquid',
    groups: { ...none, ketone: true },
    hazards: ['combustible liquid', 'skin and eye irritant'],
    explanation:
      'Acetophenone with a para fluorine: as unreactive an electrophile as acetophenone itself, so the iminium with a ' +
      'secondary amine forms slowly. The product has a new stereocentre (racemic).',
    advice: 'Pre-form the iminium with Ti(OiPr)4, then reduce; a plain one-pot run is rarely enough (guide: Q1, pre-formation).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: '4-methoxyacetophenone',
    arylCarbonyl: true,
    name: "4'-methoxyacetophenone",
    synonyms: ['4-methoxyacetophenone', 'p-methoxyacetophenone', '4-acetylanisole', 'p-acetylanisole', '1-(4-methoxyphenyl)ethanone', '1-(4-methoxyphenyl)ethan-1-one'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (ketone)',
    smiles: 'COc1ccc(C(C)=O)cc1',
    formula: 'C9H10O2',
    mw: 150.18,
    state: 'solid',
    groups: { ...none, ketone: true },
    hazards: ['harmful if swallowed'],
    explanation:
      'Acetophenone with a para methoxy group, a solid (mp about 37 °C). The electron-rich ring makes the carbonyl even less ' +
      'electrophilic than acetophenone\'s: of the common aryl ketones it is among the slowest to form an iminium. The ' +
      'product has a new stereocentre (racemic).',
    advice: 'Pre-form the iminium with Ti(OiPr)4 (neat, overnight), then reduce with NaBH4 or NaBH3CN (guide: Q1, pre-formation).',
    source: src(MW_SMILES, 'mp: supplier catalogue'),
  },
  {
    id: '3-chloroacetophenone',
    arylCarbonyl: true,
    name: "3'-chloroacetophenone",
    synonyms: ['3′-chloroacetophenone', '3-chloroacetophenone', 'm-chloroacetophenone', '1-(3-chlorophenyl)ethanone', '1-(3-chlorophenyl)ethan-1-one', '3-chlorophenyl methyl ketone', 'methyl 3-chlorophenyl ketone', '3-acetylchlorobenzene'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (ketone)',
    smiles: 'CC(=O)c1cccc(Cl)c1',
    formula: 'C8H7ClO',
    mw: 154.6,
    density: 1.191,
    state: 'liquid',
    groups: { ...none, ketone: true },
    hazards: ['harmful if swallowed', 'skin and eye irritant'],
    explanation:
      'Acetophenone with a chlorine meta to the acetyl, a liquid: the chlorine pulls a little electron density from the ' +
      'carbonyl, but it remains an aryl methyl ketone whose iminium with a secondary amine forms slowly. The aryl chloride ' +
      'survives borohydrides (not always hydrogenation over Pd/C); the product has a new stereocentre (racemic).',
    advice: 'Pre-form the iminium with Ti(OiPr)4 (neat or in THF), then reduce with NaBH4 or NaBH3CN; one-pot NaBH(OAc)3 needs AcOH and a long time (guide: Q1, pre-formation).',
    source: src(MW_SMILES, 'density: Sigma-Aldrich catalogue, 1.191 g/mL at 25 °C'),
  },
  {
    id: 'propiophenone',
    arylCarbonyl: true,
    name: 'propiophenone',
    synonyms: ['ethyl phenyl ketone', 'phenyl ethyl ketone', '1-phenylpropan-1-one', '1-phenyl-1-propanone', '1-phenylpropanone', 'propionylbenzene', 'PhCOEt'],
    role: 'carbonyl',
    roleDetail: 'carbonyl (ketone)',
    smiles: 'CCC(=O)c1ccccc1',
    formula: 'C9H10O',
    mw: 134.18,
    density: 1.009,
    state: 'liquid',
    groups: { ...none, ketone: true },
    hazards: ['harmful if swallowed', 'eye irritant'],
    explanation:
      'The ethyl homologue of acetophenone, a liquid: an aryl ketone whose conjugated carbonyl is a poor electrophile, and ' +
      'the ethyl group crowds it more than a methyl does, so its iminium with a secondary amine forms even more slowly than ' +
      'acetophenone\'s. The product has a new stereocentre (racemic).',
    advice: 'Pre-form the iminium with Ti(OiPr)4 (neat or in THF), then reduce with NaBH4 or NaBH3CN; a plain one-pot run is rarely enough (guide: Q1, pre-formation).',
    source: src(MW_SMILES, 'density: Sigma-Aldrich catalogue, 1.009 g/mL at 25 °C'),
  },

  // =====================================================================================
  // Reductants
  // =====================================================================================
  {
    id: 'stab',
    name: 'NaBH(OAc)3',
    synonyms: [
      'STAB',
      'sodium triacetoxyborohydride',
      'NaBH(OAc)₃',
      'NaHB(OAc)3',
      'sodium triacetoxyhydroborate',
      'sodium triacetoxy borohydride',
      // The anion alone, as notebooks and papers say it ("reduced with triacetoxyborohydride"):
      // the sodium salt, not the resin that was the only entry close to it.
      'triacetoxyborohydride',
      'Na(AcO)3BH',
      'Na(OAc)3BH',
      'STAB-H',
    ],
    role: 'reductant',
    roleDetail: 'reductant (mild, iminium-selective)',
    smiles: '[Na+].CC(=O)O[BH-](OC(C)=O)OC(C)=O',
    formula: 'C6H10BNaO6',
    mw: 211.94,
    state: 'solid',
    recommendedSolvents: ['dce', 'dcm', 'thf'],
    hazards: ['releases flammable hydrogen with water', 'moisture-sensitive', 'causes serious eye damage'],
    explanation:
      'Sodium triacetoxyborohydride: the three acetate groups draw electron density from boron and make it a gentle hydride ' +
      'donor. It reduces iminium ions quickly but aldehydes and most ketones only slowly, so amine, carbonyl and reductant ' +
      'can all go into one pot. It is destroyed by water and reacts with methanol, so it is used in dry aprotic solvents, ' +
      'typically 1.3–1.6 equiv with AcOH as catalyst. A bottle that has stood open in humid air loses much of its activity.',
    advice:
      'The default for diazepanes: one-pot in DCE (or DCM, THF) with 1–2 equiv AcOH at rt, added in portions; quench with ' +
      'aqueous NaHCO3 (guide: Q1, Q2, FAQ reducing agents).',
    source: src(MW_SMILES + ' = ' + TABLE, 'recommended solvents: guide FAQ table'),
  },
  {
    // The tetramethylammonium salt of the same anion (Evans–Saksena): milder still, and as easily
    // destroyed by water and methanol, so stab-protic-solvent reports it in them as well.
    id: 'me4n-stab',
    name: 'Me4NBH(OAc)3',
    actsAs: 'NaBH(OAc)3',
    synonyms: [
      'tetramethylammonium triacetoxyborohydride',
      'Me4N·BH(OAc)3',
      'Me4N BH(OAc)3',
      'Me4N+ BH(OAc)3-',
      'Me4NHB(OAc)3',
      'NMe4BH(OAc)3',
      'Me4N(OAc)3BH',
      'TMATB',
      'tetramethylammonium triacetoxyhydroborate',
    ],
    role: 'reductant',
    roleDetail: 'reductant (mild, iminium-selective)',
    smiles: 'C[N+](C)(C)C.CC(=O)O[BH-](OC(C)=O)OC(C)=O',
    formula: 'C10H22BNO6',
    mw: 263.1,
    state: 'solid',
    recommendedSolvents: ['dce', 'dcm', 'thf', 'mecn'],
    hazards: ['releases flammable hydrogen with water', 'moisture-sensitive', 'skin and eye irritant'],
    explanation:
      'Tetramethylammonium triacetoxyborohydride: the hydride of NaBH(OAc)3 with a tetramethylammonium counter-ion, ' +
      'a little milder and better soluble in MeCN and chlorinated solvents. It reduces iminium ions but leaves most ' +
      'aldehydes and ketones alone; like the sodium salt, water destroys it and methanol solvolyses it, so it is run dry ' +
      'with AcOH in an aprotic solvent. Its molar mass is higher (263 against 212 g/mol), so the same equivalents weigh more.',
    advice:
      'Use it as NaBH(OAc)3: 1.3–2 equiv with AcOH in DCE, DCM, THF or MeCN at rt, weighed from its own MW; quench with ' +
      'aqueous NaHCO3 (guide: FAQ reducing agents).',
    source: src(MW_SMILES, SDS),
  },
  {
    id: 'nabh3cn',
    name: 'NaBH3CN',
    // `cyanoborohydride` alone is the sodium salt as it is spoken of, not the MP- resin.
    synonyms: ['sodium cyanoborohydride', 'cyanoborohydride', 'NaCNBH3', 'NaBH₃CN', 'sodium cyanotrihydroborate', 'NaBH3(CN)'],
    role: 'reductant',
    roleDetail: 'reductant (iminium-selective, toxic)',
    smiles: '[Na+].[BH3-]C#N',
    formula: 'CH3BNNa',
    mw: 62.84,
    state: 'solid',
    recommendedSolvents: ['meoh', 'etoh'],
    hazards: [
      'fatal if swallowed, inhaled or in contact with skin',
      'contact with acids sets free very toxic HCN gas (strong acids at once)',
      'releases flammable hydrogen with water',
    ],
    explanation:
      'Sodium cyanoborohydride: the electron-withdrawing cyano group makes it a weak hydride donor that survives alcohols ' +
      'and mildly acidic water (about pH 4–7), where it reduces iminium ions much faster than carbonyls (the Borch ' +
      'conditions). It is run in MeOH or EtOH with AcOH. The reagent is highly toxic, strong acid sets free hydrogen ' +
      'cyanide, and the aqueous waste contains cyanide.',
    advice:
      'Only in MeOH or EtOH buffered with AcOH, in a fume hood, never with HCl, TFA or other strong acids. Quench and work up ' +
      'at pH above 10 (1 M NaOH): HCN has a pKa of about 9.2, so at the pH of NaHCO3 (about 8.3) most cyanide is still HCN. ' +
      'Keep the aqueous waste basic and dispose of it as cyanide waste (bleach destroys it). Prefer NaBH(OAc)3 whenever it ' +
      'works (guide: Q2, FAQ reducing agents).',
    source: src(MW_SMILES + ' = ' + TABLE, 'recommended solvents: guide FAQ table'),
  },
  {
    id: 'nabh4',
    name: 'NaBH4',
    synonyms: ['sodium borohydride', 'NaBH₄', 'sodium tetrahydroborate'],
    role: 'reductant',
    roleDetail: 'reductant (strong; reduces aldehydes and ketones)',
    smiles: '[Na+].[BH4-]',
    formula: 'BH4Na',
    mw: 37.83,
    state: 'solid',
    recommendedSolvents: ['meoh', 'etoh'],
    hazards: ['releases flammable hydrogen with water and acids', 'toxic if swallowed', 'causes severe skin burns and eye damage', 'may damage fertility'],
    explanation:
      'Sodium borohydride: cheap and strong enough to reduce aldehydes and ketones directly. If it meets the carbonyl ' +
      'before the imine has formed, the main product is the alcohol of the carbonyl. It is used in MeOH or EtOH (it ' +
      'reacts slowly with them, faster in the presence of acid, giving off hydrogen), after the imine has been formed, ' +
      'usually added in portions at 0 °C.',
    advice:
      'Stir the amine and carbonyl first (often 1 h or more in MeOH) and only then add NaBH4 in portions; never add it ' +
      'together with the carbonyl (guide: Q2, FAQ reducing agents).',
    source: src(MW_SMILES + ' = ' + TABLE, 'recommended solvents: guide FAQ table'),
  },
  {
    id: 'h2-pdc',
    name: 'H2, Pd/C',
    synonyms: [
      'H2/Pd-C',
      'hydrogen with palladium on carbon',
      'H2/Pd/C',
      'H2, Pd-C',
      'Pd/C, H2',
      'Pd/C',
      'Pd-C',
      'palladium on carbon',
      'palladium on charcoal',
      'H2 (Pd/C)',
      'hydrogen, Pd/C',
      'catalytic hydrogenation',
      'H2',
      'hydrogen',
      'H2 (balloon)',
      'H2 (1 atm)',
      'Pd(OH)2/C',
      'Pd(OH)2',
      'H2, Pd(OH)2/C',
      'H2/Pd(OH)2',
      "Pearlman's catalyst",
      'Pearlman catalyst',
      'palladium hydroxide on carbon',
    ],
    role: 'reductant',
    roleDetail: 'reductant (catalytic hydrogenation)',
    state: 'gas',
    recommendedSolvents: ['meoh', 'etoh', 'etoac'],
    hazards: [
      'hydrogen: extremely flammable gas',
      'Pd/C is pyrophoric when dry or loaded with hydrogen: add it under inert gas and keep the filter cake wet',
    ],
    explanation:
      'Catalytic hydrogenation: hydrogen over palladium on carbon reduces the imine or iminium as it forms, and water is the ' +
      'only by-product, which makes it attractive on scale. It needs a hydrogenation set-up (balloon or pressure vessel) ' +
      'and it is not selective: C=C and C≡C bonds, nitro groups, Cbz groups and benzyl ethers are reduced or cleaved too ' +
      '(and an N-benzyl product can lose the benzyl group it has just gained, so a benzylation under H2 can undo itself), ' +
      'aryl bromides and iodides can lose the halogen, and sulfur-containing substrates poison the catalyst. ' +
      "Pearlman's catalyst (Pd(OH)2 on carbon) is read as the same reductant: it is, if anything, quicker at cleaving " +
      'N-benzyl and Cbz groups.',
    advice:
      'Run it in MeOH, EtOH or EtOAc; when a reagent carries a C=C, C≡C, nitro, Cbz, benzyl ether or N-benzyl group, use NaBH(OAc)3 in DCE ' +
      'instead (guide: FAQ reducing agents).',
    source: src('no single molecule (gas + heterogeneous catalyst)', 'recommended solvents: guide FAQ table'),
  },
  {
    id: 'h2-ptc',
    name: 'H2, Pt/C',
    synonyms: [
      'H2/Pt-C',
      'H2/Pt/C',
      'H2, Pt-C',
      'Pt/C, H2',
      'Pt/C',
      'Pt-C',
      'platinum on carbon',
      'platinum on charcoal',
      'H2 (Pt/C)',
      'hydrogen, Pt/C',
      'hydrogen with platinum on carbon',
    ],
    role: 'reductant',
    roleDetail: 'reductant (catalytic hydrogenation)',
    state: 'gas',
    recommendedSolvents: ['meoh', 'etoh', 'etoac'],
    hazards: [
      'hydrogen: extremely flammable gas',
      'Pt/C loaded with hydrogen can ignite solvent vapour and is pyrophoric when dry: add it under inert gas and keep the filter cake wet',
    ],
    explanation:
      'Catalytic hydrogenation over platinum on carbon: the imine or iminium is reduced as it forms, the catalyst is ' +
      'filtered off, and water is the only by-product. Platinum saturates C=C and C≡C bonds and reduces nitro groups ' +
      'just as palladium does, but it is far slower at cutting benzylic C–O and C–N bonds, so benzyl ethers and ' +
      'N-benzyl groups usually survive it (Cbz groups mostly do), and it strips aryl halides less readily. ' +
      'Sulfur-containing substrates poison it. The percentage on the bottle is its platinum loading by weight.',
    advice:
      'Run it in MeOH, EtOH or EtOAc; when a reagent carries a C=C, C≡C or nitro group, use NaBH(OAc)3 in DCE instead ' +
      '(guide: FAQ reducing agents).',
    source: src('no single molecule (gas + heterogeneous catalyst)', 'recommended solvents: guide FAQ table (H2 with a metal catalyst)'),
  },
  {
    id: 'h2-pto2',
    name: 'H2, PtO2',
    synonyms: [
      'PtO2',
      'H2/PtO2',
      'PtO2, H2',
      'H2 (PtO2)',
      'hydrogen, PtO2',
      "Adams' catalyst",
      'Adams catalyst',
      "H2, Adams' catalyst",
      'platinum dioxide',
      'platinum(IV) oxide',
      'platinum oxide',
    ],
    role: 'reductant',
    roleDetail: 'reductant (catalytic hydrogenation)',
    formula: 'O2Pt',
    mw: 227.08,
    state: 'solid',
    recommendedSolvents: ['meoh', 'etoh', 'etoac'],
    hazards: [
      'hydrogen: extremely flammable gas',
      'the platinum black it turns into under hydrogen ignites solvent vapour and is pyrophoric when dry: keep the filter cake wet',
      'PtO2 is an oxidiser',
    ],
    explanation:
      "Adams' catalyst: platinum dioxide, a brown powder that hydrogen reduces to finely divided platinum (platinum " +
      'black) in the flask, which then hydrogenates the imine. It is weighed as PtO2 (227.08 g/mol, one Pt per formula), ' +
      'so a mass gives its mol %. Like Pt/C it reduces C=C, C≡C and nitro groups, and is much slower than palladium at ' +
      'cutting benzyl ethers and N-benzyl groups; in acid (AcOH) it can go on to saturate aromatic rings.',
    advice:
      'Run it in MeOH, EtOH or EtOAc; when a reagent carries a C=C, C≡C or nitro group, use NaBH(OAc)3 in DCE instead ' +
      '(guide: FAQ reducing agents).',
    source: src('MW: PtO2 from standard atomic weights (Pt 195.08, O 16.00)', 'recommended solvents: guide FAQ table (H2 with a metal catalyst)'),
  },
  {
    id: 'picoline-borane',
    name: '2-picoline borane',
    // The catalogue names (`Borane-2-methylpyridine complex`, `α-picoline-borane`) as well.
    synonyms: ['2-picoline-borane', 'pic-BH3', '2-pic-BH3', '2-methylpyridine borane', '2-methylpyridine-borane complex', 'picoline borane', '2-methylpyridine borane complex', 'borane-2-methylpyridine complex', 'borane 2-methylpyridine complex', '2-picoline-borane complex', '2-picoline borane complex', 'borane-2-picoline complex', 'α-picoline-borane', 'α-picoline borane', 'alpha-picoline-borane', 'alpha-picoline borane'],
    role: 'reductant',
    roleDetail: 'reductant (amine–borane, mild)',
    smiles: 'Cc1cccc[n+]1[BH3-]',
    formula: 'C6H10BN',
    mw: 106.96,
    state: 'solid',
    recommendedSolvents: ['meoh'],
    hazards: ['releases hydrogen with strong acid', 'harmful if swallowed', 'skin and eye irritant'],
    explanation:
      'A bench-stable amine–borane complex used as a cyanide-free alternative to NaBH3CN. It tolerates protic solvents ' +
      '(MeOH, even water) and AcOH and reduces iminium ions selectively, so it suits one-pot reactions where NaBH(OAc)3 ' +
      'cannot be used because of the solvent. Boron residues need a basic aqueous work-up.',
    advice: 'Use in MeOH with AcOH when a protic solvent is unavoidable; quench basic and stir until gas evolution stops (guide: FAQ reducing agents, Q4).',
    source: src(MW_SMILES),
  },

  {
    // Modelled as 2-picoline borane: an amine–borane that tolerates MeOH and AcOH.
    id: 'pemb',
    name: '5-ethyl-2-methylpyridine borane',
    synonyms: ['PEMB', '5-ethyl-2-methylpyridine-borane', '5-ethyl-2-methylpyridine borane complex', '5-ethyl-2-methylpyridine-borane complex', 'borane-5-ethyl-2-methylpyridine complex', 'borane 5-ethyl-2-methylpyridine complex', '5-ethyl-2-picoline borane', '5-ethyl-2-picoline-borane', 'PEMB complex'],
    role: 'reductant',
    roleDetail: 'reductant (amine–borane, mild)',
    smiles: 'CCc1ccc(C)[n+]([BH3-])c1',
    formula: 'C8H14BN',
    mw: 135.02,
    state: 'liquid',
    recommendedSolvents: ['meoh'],
    hazards: ['releases hydrogen with acid', 'harmful if swallowed', 'skin and eye irritant'],
    explanation:
      'A liquid amine–borane, the 5-ethyl homologue of 2-picoline borane, made for large-scale work: it pours and pumps, ' +
      'keeps at room temperature and carries more hydride per gram than the solid picoline complex. Like it, it reduces ' +
      'iminium ions in MeOH (or without solvent) with AcOH, tolerates protic solvents and avoids the cyanide of NaBH3CN. ' +
      'Boron residues need a basic aqueous work-up.',
    advice: 'Use it as 2-picoline borane: in MeOH with AcOH, weighed (or measured by a density from the label); quench basic and stir until gas evolution stops (guide: FAQ reducing agents, Q4).',
    source: src(MW_SMILES),
  },
  {
    // An amine–borane like 2-picoline borane. Not `DMAB`: that is as often 4-(dimethylamino)benzaldehyde (Ehrlich's reagent), so the abbreviation alone stays unknown.
    id: 'dmab',
    name: 'dimethylamine borane',
    synonyms: ['borane dimethylamine complex', 'borane-dimethylamine complex', 'borane–dimethylamine complex', 'dimethylamine-borane', 'dimethylamine borane complex', 'dimethylamine-borane complex', 'Me2NH·BH3', 'Me2NH-BH3', 'Me2NHBH3', 'BH3·NHMe2', 'BH3-NHMe2', 'Me2NH BH3', 'dimethylaminoborane'],
    role: 'reductant',
    roleDetail: 'reductant (amine–borane, mild)',
    smiles: 'C[NH+](C)[BH3-]',
    formula: 'C2H10BN',
    mw: 58.92,
    state: 'solid',
    recommendedSolvents: ['meoh'],
    hazards: ['flammable solid', 'releases flammable hydrogen with acid or water', 'toxic if swallowed or in contact with skin'],
    explanation:
      'Dimethylamine borane: a small, air-stable solid amine–borane (it melts near 36 °C) with three hydrides on a light ' +
      'carrier. With AcOH in MeOH it reduces iminium ions, a cyanide-free alternative to NaBH3CN in the same protic ' +
      'solvents, as 2-picoline borane is. It is more toxic than the pyridine boranes and gives off hydrogen with acid, so ' +
      'the flask is vented.',
    advice: 'Use in MeOH with AcOH at room temperature; quench basic and stir until gas evolution stops, and handle it with gloves (guide: FAQ reducing agents, Q4).',
    source: src(MW_SMILES, SDS),
  },

  {
    id: 'pyridine-borane',
    name: 'pyridine borane',
    synonyms: ['borane pyridine', 'borane-pyridine', 'borane–pyridine', 'borane-pyridine complex', 'borane pyridine complex', 'pyridine-borane', 'Py·BH3', 'Py-BH3', 'pyBH3', 'BH3·py', 'BH3-pyridine', 'PYB', 'pyridine-borane complex', 'pyridine borane complex', 'BH3·pyridine', 'pyridine·BH3', 'BH3-py'],
    role: 'reductant',
    roleDetail: 'reductant (amine–borane, mild)',
    smiles: '[BH3-][n+]1ccccc1',
    formula: 'C5H8BN',
    mw: 92.94,
    density: 0.92,
    state: 'liquid',
    recommendedSolvents: ['meoh', 'etoh'],
    hazards: ['releases hydrogen with acid, and slowly with water or moist air', 'toxic if swallowed or inhaled', 'can decompose vigorously when heated: keep it cold and the reaction at room temperature'],
    explanation:
      'The older, liquid relative of 2-picoline borane: an amine–borane that reduces iminium ions in MeOH or EtOH with ' +
      'AcOH and avoids the cyanide of NaBH3CN. It is less stable than the picoline complex (store it cold, never heat the ' +
      'reaction) and loses hydrogen slowly, so titrated or fresh material gives reproducible amounts.',
    advice: 'Use in MeOH or EtOH with AcOH at room temperature; quench basic and stir until gas evolution stops (guide: FAQ reducing agents, Q4).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: 'phsih3',
    name: 'PhSiH3',
    synonyms: ['phenylsilane', 'phenyl silane', 'silylbenzene'],
    role: 'reductant',
    roleDetail: 'reductant (silane; needs a catalyst such as Bu2SnCl2)',
    smiles: '[SiH3]c1ccccc1',
    formula: 'C6H8Si',
    mw: 108.22,
    density: 0.877,
    state: 'liquid',
    recommendedSolvents: ['thf'],
    hazards: ['highly flammable liquid', 'releases flammable hydrogen with water, alcohols, acids and bases', 'skin and eye irritant'],
    explanation:
      'A liquid silane whose three Si–H bonds reduce iminium ions once a catalyst activates it; with dibutyltin ' +
      'dichloride (a few mol %) in THF it turns an aldehyde or a ketone and a secondary amine into the tertiary amine ' +
      'in one pot, without boron or cyanide. On its own it barely touches the imine, and with water or alcohols it gives off ' +
      'hydrogen, so the flask needs venting.',
    advice: 'About 1.1 equiv with 2–5 mol % Bu2SnCl2 in dry THF at room temperature; destroy the excess (MeOH, then aqueous base) with venting before the work-up (guide: FAQ reducing agents, Q4).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: 'bu2sncl2',
    name: 'Bu2SnCl2',
    synonyms: ['dibutyltin dichloride', 'di-n-butyltin dichloride', 'dibutyldichlorostannane', 'DBTC', 'nBu2SnCl2', 'n-Bu2SnCl2'],
    role: 'catalyst',
    roleDetail: 'catalyst (Lewis acid, for silane reductions)',
    smiles: 'CCCC[Sn](Cl)(Cl)CCCC',
    formula: 'C8H18Cl2Sn',
    mw: 303.85,
    state: 'solid',
    hazards: ['toxic organotin: harmful or fatal if swallowed or inhaled', 'causes severe skin burns and eye damage', 'may damage fertility or the unborn child', 'very toxic to aquatic life'],
    explanation:
      'An organotin Lewis acid: a few mol % activate phenylsilane so that it hands its hydride to the iminium. Tin ' +
      'residues are toxic and hard to remove completely, which matters for a compound going into biology: an SCX ' +
      'catch-and-release or a careful chromatography is part of the method.',
    advice: 'Use 2–5 mol % with PhSiH3 in THF; plan the work-up to remove tin (SCX cartridge, or a KF wash) (guide: Q4).',
    source: src(MW_SMILES),
  },
  {
    id: 'hantzsch-ester',
    name: 'Hantzsch ester',
    synonyms: [
      'diethyl 1,4-dihydro-2,6-dimethyl-3,5-pyridinedicarboxylate',
      'diethyl 2,6-dimethyl-1,4-dihydropyridine-3,5-dicarboxylate',
      'Hantzsch dihydropyridine',
      'HEH',
    ],
    role: 'reductant',
    roleDetail: 'reductant (organic hydride donor)',
    smiles: 'CCOC(=O)C1=C(C)NC(C)=C(C(=O)OCC)C1',
    formula: 'C13H19NO4',
    mw: 253.3,
    state: 'solid',
    // (The ring N–H is a vinylogous carbamate, not an amine that is alkylated.)
    groups: { ...none, alkene: true, freeNH: 1 },
    hazards: ['skin and eye irritant'],
    explanation:
      'A 1,4-dihydropyridine that hands one hydride from its ring CH2 to an iminium ion and ends as the aromatic ' +
      'pyridine. It needs a Brønsted acid catalyst (a phosphoric acid, a thiourea or simply an acid additive) and is a ' +
      'metal- and boron-free, mild reductant for organocatalytic reductive aminations; the pyridine by-product is ' +
      'removed by chromatography or an acid wash.',
    advice: '1.2–1.5 equiv with a catalytic acid in an aprotic solvent (toluene, DCE), often with sieves; expect slower reactions than with NaBH(OAc)3 (guide: FAQ acid, FAQ reducing agents).',
    source: src(MW_SMILES),
  },

  // =====================================================================================
  // Acids
  // =====================================================================================
  {
    id: 'acoh',
    name: 'AcOH',
    synonyms: ['acetic acid', 'glacial acetic acid', 'HOAc', 'CH3COOH', 'CH3CO2H', 'ethanoic acid'],
    role: 'acid',
    roleDetail: 'acid (weak)',
    smiles: 'CC(=O)O',
    formula: 'C2H4O2',
    mw: 60.05,
    density: 1.049,
    state: 'liquid',
    acidStrength: 'weak',
    boilingPointC: 118,
    hazards: ['flammable liquid', 'causes severe skin burns and eye damage'],
    explanation:
      'Acetic acid (pKa 4.76) is the usual catalyst: it speeds up condensation and protonates the imine to the iminium that ' +
      'the hydride actually reduces, while being too weak to tie up all of the amine as its salt, so the mixture stays in ' +
      'the productive range of roughly pH 4–7. One to two equivalents is typical; it can also be part of the solvent ' +
      '(for example DCE/AcOH).',
    advice: 'Add 1–2 equiv with NaBH(OAc)3 or NaBH3CN, before or together with the reductant; more rarely helps (guide: Q1, FAQ acid).',
    source: src(MW_SMILES + ' = ' + TABLE, 'density: ' + TABLE, 'bp: CRC Handbook'),
  },
  {
    id: 'formic-acid',
    name: 'formic acid',
    synonyms: ['HCOOH', 'HCO2H', 'methanoic acid'],
    role: 'acid',
    roleDetail: 'acid (weak)',
    smiles: 'OC=O',
    formula: 'CH2O2',
    mw: 46.03,
    density: 1.22,
    state: 'liquid',
    acidStrength: 'weak',
    boilingPointC: 101,
    hazards: ['flammable liquid', 'causes severe skin burns and eye damage', 'toxic if inhaled'],
    explanation:
      'Formic acid (pKa 3.75) is a carboxylic acid about ten times stronger than acetic acid, still weak enough to leave ' +
      'most of the diazepane free: in catalytic or stoichiometric amounts it can stand in for AcOH in the imine step. ' +
      'Hot, with formaldehyde, it is also the hydride donor of the Eschweiler–Clarke methylation (and of the Leuckart ' +
      'reaction), where it reduces the iminium itself and leaves as CO2: there it is the reductant, not a catalyst.',
    advice: 'As the acid of a borohydride reduction, 1–2 equiv as for AcOH; as the reductant of an Eschweiler–Clarke methylation, declare it with `role reductant` (guide: Q1, FAQ acid).',
    source: src(MW_SMILES, 'density, bp: CRC Handbook'),
  },
  {
    id: 'tfa',
    name: 'TFA',
    synonyms: ['trifluoroacetic acid', 'CF3COOH', 'CF3CO2H'],
    role: 'acid',
    roleDetail: 'acid (strong)',
    smiles: 'OC(=O)C(F)(F)F',
    formula: 'C2HF3O2',
    mw: 114.02,
    density: 1.489,
    state: 'liquid',
    acidStrength: 'strong',
    hazards: ['causes severe skin burns and eye damage', 'harmful if inhaled', 'volatile'],
    explanation:
      'Trifluoroacetic acid is a strong carboxylic acid (pKa about 0.3). One equivalent turns the diazepane into its ' +
      'ammonium salt (one of its nitrogens takes the proton), two protonate both nitrogens; a protonated nitrogen ' +
      'cannot attack the carbonyl, so conversion stalls. It also removes Boc groups and, with NaBH3CN, liberates HCN.',
    advice: 'Use AcOH instead; if TFA is really needed, keep it well below 1 equiv relative to the amine and never combine it with NaBH3CN (guide: Q1, FAQ reducing agents).',
    source: src(MW_SMILES + ' = ' + TABLE, 'density: ' + TABLE),
  },
  {
    id: 'hcl',
    name: 'HCl',
    synonyms: [
      'hydrochloric acid',
      'HCl in dioxane',
      'hydrogen chloride',
      '4 M HCl in dioxane',
      'HCl (4 M in dioxane)',
      'HCl/dioxane',
      'HCl in ether',
      'HCl in Et2O',
      'HCl in diethyl ether',
      'HCl in MeOH',
      'conc. HCl',
      'concentrated HCl',
      'aq. HCl',
      'aqueous HCl',
    ],
    role: 'acid',
    roleDetail: 'acid (strong)',
    mw: 36.46,
    state: 'solution',
    acidStrength: 'strong',
    hazards: ['causes severe skin burns and eye damage', 'corrosive, irritating fumes', 'dioxane solutions: flammable, suspected carcinogen'],
    explanation:
      'Hydrogen chloride, handled as hydrochloric acid (aqueous) or as a solution in dioxane, ether or MeOH. In the reaction ' +
      'it converts the amine fully into its hydrochloride, which cannot condense with the carbonyl, and with NaBH3CN it ' +
      'liberates HCN. Its place is the work-up: a dilute HCl wash pulls the basic product into water, and HCl in dioxane ' +
      'or ether turns the purified amine into its hydrochloride salt. Amine hydrochlorides bought as such need a base ' +
      '(Et3N, DIPEA) to release the free amine before the reaction.',
    advice:
      'Keep strong acids out of the pot before the reduction and use AcOH as catalyst; after an HCl wash in the work-up, ' +
      'basify the aqueous layer and extract again, or the product is lost (guide: Q1, Q4).',
    source: src('MW: ' + TABLE + ' (HCl, 36.46 g/mol)'),
  },
  {
    id: 'h2so4',
    name: 'H2SO4',
    synonyms: ['sulfuric acid', 'sulphuric acid', 'conc. H2SO4', 'concentrated sulfuric acid'],
    role: 'acid',
    roleDetail: 'acid (strong)',
    smiles: 'OS(=O)(=O)O',
    formula: 'H2O4S',
    mw: 98.08,
    density: 1.84,
    state: 'liquid',
    acidStrength: 'strong',
    hazards: ['causes severe skin burns and eye damage', 'violent heat release on dilution (add acid to water)'],
    explanation:
      'A strong, dehydrating mineral acid. In a reductive amination it protonates the amine completely, decomposes ' +
      'borohydrides, and with NaBH3CN releases HCN; it has no useful catalytic role here.',
    advice: 'Replace it with AcOH (1–2 equiv) (guide: Q1).',
    source: src(MW_SMILES, 'density: 95–98% acid, supplier catalogue value at 25 °C'),
  },
  {
    id: 'zncl2',
    name: 'ZnCl2',
    synonyms: ['zinc chloride', 'zinc(II) chloride', 'anhydrous ZnCl2'],
    role: 'acid',
    roleDetail: 'acid (Lewis, mild)',
    smiles: 'Cl[Zn]Cl',
    formula: 'Cl2Zn',
    mw: 136.3,
    state: 'solid',
    acidStrength: 'weak',
    hazards: ['causes severe skin burns and eye damage', 'very hygroscopic: weigh it quickly or use a solution'],
    explanation:
      'Zinc chloride is a mild Lewis acid: it coordinates the carbonyl oxygen and speeds up iminium formation without ' +
      'protonating the amine. With NaBH3CN in MeOH (about 0.5 equiv ZnCl2 per NaBH3CN) it replaces the acetic acid of ' +
      'Borch conditions. Unlike HCl or TFA it does not bring the pot to the low pH at which NaBH3CN gives off HCN.',
    advice: 'Use 0.5–1 equiv with NaBH3CN in MeOH as the catalyst, in place of AcOH; quench with 1 M NaOH (guide: Q1, FAQ acid).',
    source: src(MW_SMILES),
  },
  {
    id: 'tsoh',
    name: 'TsOH',
    synonyms: ['p-toluenesulfonic acid', 'p-TsOH', 'PTSA', 'pTSA', '4-toluenesulfonic acid', 'tosic acid', 'PTSA anhydrous'],
    role: 'acid',
    roleDetail: 'acid (strong)',
    smiles: 'Cc1ccc(cc1)S(=O)(=O)O',
    formula: 'C7H8O3S',
    mw: 172.2,
    state: 'solid',
    acidStrength: 'strong',
    commonHydrate: 'tsoh-h2o',
    hazards: ['causes skin and serious eye irritation or burns', 'respiratory irritant'],
    explanation:
      'p-Toluenesulfonic acid: a strong organic acid that is easy to weigh. A catalytic amount (5–10 mol%) is used for imine ' +
      'formation with azeotropic water removal (Dean–Stark in toluene); an equivalent or more ties the amine up as its ' +
      'ammonium salt (two protonate both nitrogens of a diazepane) and stalls the reaction. Most commercial material is ' +
      'the monohydrate (see TsOH·H2O, MW 190.22).',
    advice: 'Only catalytic amounts, for pre-forming the imine by azeotropic distillation; with borohydrides use AcOH (guide: Q1).',
    source: src(MW_SMILES),
  },
  {
    id: 'tsoh-h2o',
    name: 'TsOH·H2O',
    synonyms: [
      'p-toluenesulfonic acid monohydrate',
      'p-TsOH·H2O',
      'TsOH.H2O',
      'p-TsOH.H2O',
      'PTSA monohydrate',
      'pTSA·H2O',
      'TsOH monohydrate',
    ],
    role: 'acid',
    roleDetail: 'acid (strong; monohydrate)',
    smiles: 'Cc1ccc(cc1)S(=O)(=O)O.O',
    formula: 'C7H10O4S',
    mw: 190.22,
    state: 'solid',
    acidStrength: 'strong',
    hazards: ['causes skin and serious eye irritation or burns', 'respiratory irritant'],
    explanation:
      'The usual commercial form of p-toluenesulfonic acid, carrying one water of crystallisation (MW 190.22 rather than ' +
      '172.20). It behaves as a strong acid; the water it brings is irrelevant in catalytic amounts but counts against ' +
      'water-sensitive NaBH(OAc)3 at larger loadings.',
    advice: 'Catalytic amounts only (5–10 mol%), for azeotropic imine formation; AcOH is the acid to use with borohydrides (guide: Q1).',
    source: src(MW_SMILES + ' (monohydrate)'),
  },
  {
    id: 'msoh',
    name: 'MsOH',
    synonyms: ['methanesulfonic acid', 'CH3SO3H', 'MeSO3H'],
    role: 'acid',
    roleDetail: 'acid (strong)',
    smiles: 'CS(=O)(=O)O',
    formula: 'CH4O3S',
    mw: 96.11,
    density: 1.481,
    state: 'liquid',
    acidStrength: 'strong',
    hazards: ['causes severe skin burns and eye damage', 'corrosive to metals'],
    explanation:
      'Methanesulfonic acid: a strong, non-oxidising liquid acid, mostly met here for making mesylate salts of the final ' +
      'amine. In the reaction it fully protonates the amine and, with NaBH3CN, releases HCN.',
    advice: 'Keep it for salt formation after purification; use AcOH as the reaction catalyst (guide: Q1, Q4 salt formation).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  // Diphenyl phosphate, (PhO)2P(O)OH: the achiral phosphoric acid of organocatalytic reductive
  // aminations with a Hantzsch ester (the chiral ones are BINOL phosphoric acids such as TRIP). About
  // as acidic as TFA, so strong to the rules: a catalytic amount is the acid of the imine step
  // (missing-acid), an equivalent protonates the amine (acid-too-strong), and it frees HCN from NaBH3CN.
  {
    id: 'diphenyl-phosphate',
    name: 'diphenyl phosphate',
    synonyms: ['diphenyl hydrogen phosphate', 'diphenyl phosphoric acid', 'diphenylphosphoric acid', 'phosphoric acid diphenyl ester', '(PhO)2P(O)OH', '(PhO)2PO2H', '(PhO)2PO(OH)'],
    role: 'acid',
    roleDetail: 'acid (strong; a phosphoric acid catalyst)',
    smiles: 'OP(=O)(Oc1ccccc1)Oc1ccccc1',
    formula: 'C12H11O4P',
    mw: 250.19,
    state: 'solid',
    acidStrength: 'strong',
    hazards: ['causes severe skin burns and eye damage'],
    explanation:
      'Diphenyl phosphate is a phosphoric acid diester with one acidic OH, about as strong an acid as TFA. In catalytic amounts ' +
      '(5–20 mol%) it is the Brønsted acid of the organocatalytic reductive amination: it protonates the imine, and its anion pairs ' +
      'with the iminium ion while a Hantzsch ester delivers the hydride. It is the achiral relative of the BINOL-derived phosphoric ' +
      'acids used for enantioselective versions. An equivalent or more turns the amine into its salt and stops the reaction.',
    advice:
      'Use 5–20 mol% with 1.2–1.5 equiv of Hantzsch ester in toluene or DCE, with molecular sieves, at rt to 50 °C; not with NaBH3CN ' +
      '(a strong acid frees HCN from it) (guide: FAQ acid, FAQ reducing agents).',
    source: src(MW_SMILES, 'acidity: comparable to TFA (literature pKa values)'),
  },

  // =====================================================================================
  // Dehydrating agents and Lewis acids
  // =====================================================================================
  {
    id: 'ti-oipr4',
    name: 'Ti(OiPr)4',
    synonyms: [
      'titanium isopropoxide',
      'titanium(IV) isopropoxide',
      'titanium tetraisopropoxide',
      'Ti(O-iPr)4',
      'Ti(Oi-Pr)4',
      'Ti(O-i-Pr)4',
      'Ti(OPr-i)4',
      'TTIP',
      'titanium(IV) isopropylate',
      'tetraisopropyl orthotitanate',
      'tetraisopropyl titanate',
      'titanium(IV) tetraisopropoxide',
    ],
    role: 'dehydrating',
    roleDetail: 'dehydrating (Lewis acid)',
    smiles: 'CC(C)O[Ti](OC(C)C)(OC(C)C)OC(C)C',
    formula: 'C12H28O4Ti',
    mw: 284.22,
    density: 0.96,
    state: 'liquid',
    hazards: ['flammable liquid', 'moisture-sensitive (hydrolyses to TiO2 and isopropanol)', 'eye irritant'],
    explanation:
      'Titanium(IV) isopropoxide: a Lewis acid that activates the carbonyl and consumes the water released on ' +
      'condensation, which drives iminium formation with hindered ketones and weakly nucleophilic amines. Amine, ' +
      'carbonyl and 1.2–2 equiv Ti(OiPr)4 are stirred neat or in THF/DCE, then the reductant is added (NaBH4 in EtOH, ' +
      'NaBH3CN or NaBH(OAc)3). The work-up forms a gelatinous TiO2 precipitate; add water or aqueous ammonia and filter ' +
      'through Celite.',
    advice: 'Use it for sluggish ketones or hindered diazepanes to pre-form the iminium before adding the reductant (guide: Q1, pre-formation).',
    source: src(MW_SMILES + ' = ' + TABLE, 'density: ' + TABLE),
  },
  {
    id: 'ti-oet4',
    name: 'Ti(OEt)4',
    synonyms: ['titanium ethoxide', 'titanium(IV) ethoxide', 'titanium tetraethoxide', 'tetraethyl orthotitanate'],
    role: 'dehydrating',
    roleDetail: 'dehydrating (Lewis acid)',
    smiles: 'CCO[Ti](OCC)(OCC)OCC',
    formula: 'C8H20O4Ti',
    mw: 228.11,
    density: 1.088,
    state: 'liquid',
    hazards: ['flammable liquid', 'moisture-sensitive', 'eye irritant'],
    explanation:
      'Titanium(IV) ethoxide does the same job as the isopropoxide: Lewis-acid activation of the carbonyl plus water ' +
      'scavenging during imine formation. It is a little more reactive and hydrolyses to TiO2 and ethanol, with the same ' +
      'filtration step in the work-up.',
    advice: 'An alternative to Ti(OiPr)4 for pre-forming difficult iminiums (guide: Q1, pre-formation).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: 'ms4a',
    name: '4Å molecular sieves',
    synonyms: [
      'MS 4A',
      'sieves',
      'molecular sieves, 4 Å',
      'molecular sieves 4 Å',
      'molecular sieves 4A',
      '4A molecular sieves',
      '4 Å molecular sieves',
      'molecular sieves 4Å',
      'molecular sieves 4A',
      'molecular sieves',
      'mol sieves',
      '4Å MS',
      '4A MS',
      'MS 4Å',
      '4Å sieves',
      '4A sieves',
    ],
    role: 'dehydrating',
    roleDetail: 'dehydrating',
    state: 'solid',
    hazards: ['dust irritates eyes and airways', 'heat is released when dry sieves take up water'],
    explanation:
      'Activated 4Å molecular sieves trap the water released when the imine forms, pulling the equilibrium towards the ' +
      'imine; they are especially useful with ketones and with reagents that may be wet. They only work when freshly ' +
      'activated (heated under vacuum) and are filtered off before the work-up. 4Å pores also take up methanol; for ' +
      'alcohol solvents 3Å sieves are the better choice.',
    advice: 'Add freshly activated sieves during imine pre-formation, then filter them off before work-up (guide: Q1).',
    source: src('no molecular weight (porous solid)'),
  },
  {
    id: 'ms3a',
    name: '3Å molecular sieves',
    synonyms: ['MS 3A', '3A molecular sieves', '3 Å molecular sieves', 'molecular sieves 3Å', 'molecular sieves 3A', '3Å MS', '3A MS', 'MS 3Å', '3Å sieves', '3A sieves'],
    role: 'dehydrating',
    roleDetail: 'dehydrating',
    state: 'solid',
    hazards: ['dust irritates eyes and airways', 'heat is released when dry sieves take up water'],
    explanation:
      'Molecular sieves with smaller pores: they take up water but exclude methanol and ethanol, which makes them the ' +
      'sieves for imine formation in alcohol solvents (for example before a NaBH4 reduction in MeOH). Activate them before use.',
    advice: 'Use during imine pre-formation in MeOH or EtOH; filter off before the reductant if it is added as a separate step (guide: Q1, Q2).',
    source: src('no molecular weight (porous solid)'),
  },
  {
    id: 'ms5a',
    name: '5Å molecular sieves',
    synonyms: ['MS 5A', '5A molecular sieves', '5 Å molecular sieves', 'molecular sieves 5Å', 'molecular sieves 5A', '5Å MS', '5A MS', 'MS 5Å', '5Å sieves', '5A sieves'],
    role: 'dehydrating',
    roleDetail: 'dehydrating',
    state: 'solid',
    hazards: ['dust irritates eyes and airways', 'heat is released when dry sieves take up water'],
    explanation:
      'Calcium-exchanged sieves with wider pores than 4Å: they hold water as well and are used the same way to pull an ' +
      'imine or enamine equilibrium forward (often in organocatalytic reductions with a Hantzsch ester). Their pores also ' +
      'admit small alcohols and linear molecules, so they are no better than 3Å sieves in MeOH. Activate before use.',
    advice: 'Add freshly activated sieves during imine formation and filter them off before the work-up (guide: Q1).',
    source: src('no molecular weight (porous solid)'),
  },
  {
    id: 'mgso4',
    name: 'MgSO4',
    synonyms: ['magnesium sulfate', 'magnesium sulphate', 'anhydrous MgSO4'],
    role: 'dehydrating',
    roleDetail: 'dehydrating (drying agent)',
    state: 'solid',
    hazards: ['low hazard; dust irritant'],
    explanation:
      'Anhydrous magnesium sulfate: a fast, high-capacity drying agent that is slightly Lewis-acidic. Stirred with the ' +
      'amine and carbonyl it mops up the water of imine formation; in the work-up it dries organic extracts in minutes.',
    advice: 'Can serve as an in-pot water scavenger during imine formation; in the work-up, dry the extract and filter (guide: Q1, Q4).',
    source: src('no molecular weight given (used as a drying agent, not by stoichiometry)'),
  },
  {
    id: 'na2so4',
    name: 'Na2SO4',
    synonyms: ['sodium sulfate', 'sodium sulphate', 'anhydrous Na2SO4'],
    role: 'dehydrating',
    roleDetail: 'dehydrating (drying agent)',
    state: 'solid',
    hazards: ['low hazard'],
    explanation:
      'Anhydrous sodium sulfate: a neutral, gentle drying agent with high capacity but slow action, the standard for ' +
      'drying extracts of basic amines. It is too slow to be an effective water scavenger inside the reaction.',
    advice: 'Use it to dry the organic extracts in the work-up; for in-pot water removal prefer molecular sieves or MgSO4 (guide: Q1, Q4).',
    source: src('no molecular weight given (used as a drying agent, not by stoichiometry)'),
  },

  // =====================================================================================
  // Bases
  // =====================================================================================
  {
    id: 'et3n',
    name: 'Et3N',
    synonyms: ['triethylamine', 'TEA', 'NEt3', 'Et₃N'],
    role: 'base',
    roleDetail: 'base (tertiary amine)',
    smiles: 'CCN(CC)CC',
    formula: 'C6H15N',
    mw: 101.19,
    density: 0.726,
    state: 'liquid',
    groups: { ...none },
    hazards: ['highly flammable liquid and vapour', 'causes severe skin burns and eye damage', 'toxic if inhaled'],
    explanation:
      'Triethylamine: a tertiary amine (no N–H, so it is never alkylated). In the reaction it is used to free an amine ' +
      'that is supplied as a hydrochloride salt; extra base beyond that raises the pH and can slow iminium formation. In ' +
      'purification, 1–2% in the eluent blocks the acidic sites of silica so that basic products do not streak.',
    advice:
      'Add one equivalent per HCl when the diazepane is a hydrochloride salt; add about 1% to the chromatography eluent ' +
      '(guide: Q4).',
    source: src(MW_SMILES + ' = ' + TABLE, 'density: ' + TABLE),
  },
  {
    // The hydrogen source of a transfer hydrogenation (Pd/C, MeOH at reflux): a Cbz removal or debenzylation
    // without a hydrogen cylinder. An additive to the rules: it reduces nothing without the palladium.
    id: 'ammonium-formate',
    name: 'ammonium formate',
    synonyms: ['HCO2NH4', 'HCOONH4', 'NH4HCO2', 'NH4OOCH', 'formic acid ammonium salt', 'ammonium methanoate'],
    role: 'additive',
    roleDetail: 'additive (hydrogen donor for a Pd-catalysed transfer hydrogenation)',
    smiles: '[NH4+].[O-]C=O',
    formula: 'CH5NO2',
    mw: 63.06,
    state: 'solid',
    // (The ammonium ion's N–H, as the SMILES reads: no amine to the rules, whose roles come from `role`.)
    groups: { ...none, freeNH: 1 },
    hazards: ['skin and eye irritant', 'hygroscopic', 'gives off CO2 and NH3 over Pd: do not seal the vessel'],
    explanation:
      'A salt that gives up hydrogen on palladium (as CO2 and ammonia): with Pd/C in refluxing MeOH or EtOH it takes a Cbz ' +
      'group or an N-benzyl group off as H2 gas would, without a balloon or a hydrogenation vessel. What H2 over Pd/C ' +
      'reduces, it reduces too.',
    advice: 'Use 3–5 equiv with 10 wt% of Pd/C in MeOH at reflux; filter the catalyst off through Celite (kept wet) once gas evolution stops (guide: Q3, protecting groups; the transfer hydrogenation itself is common practice, not in the guide).',
    source: src(MW_SMILES),
  },
  {
    id: 'boc2o',
    name: 'Boc2O',
    synonyms: ['di-tert-butyl dicarbonate', 'Boc anhydride', 'di-tert-butyl pyrocarbonate', '(Boc)2O', 'BOC2O', 'Boc₂O', 'di-t-butyl dicarbonate'],
    role: 'additive',
    roleDetail: 'additive (Boc-protecting agent: caps N–H amines)',
    smiles: 'CC(C)(C)OC(=O)OC(=O)OC(C)(C)C',
    formula: 'C10H18O5',
    mw: 218.25,
    state: 'solid',
    hazards: ['fatal if inhaled', 'flammable (melts at about 23 °C)', 'skin sensitiser', 'eye irritant', 'gives off CO2: do not seal the vessel'],
    explanation:
      'The reagent that puts a Boc group on an N–H amine (giving off CO2 and tert-butanol). In a reductive amination it is ' +
      'used after the reduction, to cap what is left of an excess of diazepane (or to protect the remaining N–H of the ' +
      'mono product) so that the products separate on silica; it does not react with the carbonyl or the hydride.',
    advice: 'Add it (with Et3N) only once the reduction is complete; the Boc-capped products run on plain silica, but a free tertiary amine still wants an amine modifier (guide: Q3, Q4).',
    source: src(MW_SMILES, 'mp: supplier catalogue'),
  },
  {
    id: 'dipea',
    name: 'DIPEA',
    synonyms: [
      "Hünig's base",
      "Hunig's base",
      'Hünig base',
      'Hunig base',
      "Huenig's base",
      'N,N-diisopropylethylamine',
      'diisopropylethylamine',
      'iPr2NEt',
      'i-Pr2NEt',
      'DIEA',
      'EtN(iPr)2',
    ],
    role: 'base',
    roleDetail: 'base (hindered tertiary amine)',
    smiles: 'CCN(C(C)C)C(C)C',
    formula: 'C8H19N',
    mw: 129.25,
    density: 0.742,
    state: 'liquid',
    groups: { ...none },
    hazards: ['highly flammable liquid and vapour', 'causes severe skin burns and eye damage', 'toxic if swallowed'],
    explanation:
      "Hünig's base: a hindered, non-nucleophilic tertiary amine. Like Et3N it is used to release an amine from its " +
      'hydrochloride or TFA salt before the reductive amination; its higher boiling point (127 °C) makes it harder to ' +
      'remove by evaporation.',
    advice: 'One equivalent per acid equivalent of the amine salt; keep the AcOH catalyst in addition (guide: Q1 pH).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: 'nmm',
    name: 'N-methylmorpholine',
    synonyms: ['NMM', '4-methylmorpholine', 'N-methyl morpholine', 'MeN(CH2CH2)2O'],
    role: 'base',
    roleDetail: 'base (tertiary amine)',
    smiles: 'CN1CCOCC1',
    formula: 'C5H11NO',
    mw: 101.15,
    density: 0.92,
    state: 'liquid',
    groups: { ...none },
    hazards: ['highly flammable liquid and vapour', 'causes severe skin burns and eye damage', 'harmful if swallowed or inhaled'],
    explanation:
      'N-Methylmorpholine: a tertiary amine with no N–H, so it is never alkylated. Its conjugate acid (pKa about 7.4) is ' +
      'far weaker than that of Et3N, yet it takes up the HCl of a diazepane hydrochloride and leaves the pot near the ' +
      'pH the iminium likes; water-soluble, it washes out in the aqueous work-up.',
    advice: 'One equivalent per HCl of the amine salt, AcOH as the catalyst beside it (guide: Q1 pH).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: 'k2co3',
    name: 'K2CO3',
    synonyms: ['potassium carbonate', 'K₂CO₃', 'potassium carbonate anhydrous', 'anhydrous K2CO3'],
    role: 'base',
    roleDetail: 'base (inorganic, carbonate)',
    smiles: 'C(=O)([O-])[O-].[K+].[K+]',
    formula: 'CK2O3',
    mw: 138.21,
    state: 'solid',
    groups: { ...none },
    hazards: ['causes skin irritation', 'causes serious eye irritation', 'may cause respiratory irritation'],
    explanation:
      'Potassium carbonate: an inorganic base, insoluble in DCE, DCM and THF, where it works as a suspension. It is ' +
      'used to free an amine supplied as a TFA or HCl salt (after a Boc removal, for instance) before the carbonyl goes ' +
      'in, and it leaves no amine of its own in the pot. It takes up the water it meets, and gives off CO2 with acid.',
    advice:
      'Stir the salt with 2–3 equiv of powdered K2CO3 before the carbonyl; filter it off before an acidic work-up. Et3N or ' +
      'DIPEA dissolve and act faster (guide: Q1 pH).',
    source: src(MW_SMILES),
  },
  {
    id: 'naoac',
    name: 'NaOAc',
    synonyms: ['sodium acetate', 'AcONa', 'CH3CO2Na', 'CH3COONa', 'sodium acetate anhydrous', 'anhydrous NaOAc'],
    role: 'base',
    roleDetail: 'base (weak, carboxylate)',
    smiles: 'CC(=O)[O-].[Na+]',
    formula: 'C2H3NaO2',
    mw: 82.03,
    state: 'solid',
    weakAcidSalt: true,
    groups: { ...none },
    commonHydrate: 'naoac-3h2o',
    hazards: ['not classified as hazardous; dust irritates the eyes'],
    explanation:
      'Sodium acetate: a weak base that takes a proton from a strong acid and leaves acetic acid behind. With a diazepane ' +
      'supplied as its hydrochloride it makes an AcOH/acetate buffer in the pot, so the amine is set free while the ' +
      'mixture stays weakly acidic, as imine formation wants; unlike Et3N it does not push the pH above what the ' +
      'iminium needs. It is poorly soluble in DCE and THF and works there as a suspension.',
    advice:
      'One equivalent per HCl of an amine salt buffers it with the AcOH it forms; with a free diazepane it brings no acid, ' +
      'so keep the AcOH catalyst (guide: Q1 pH).',
    source: src(MW_SMILES),
  },
  {
    id: 'naoac-3h2o',
    name: 'NaOAc·3H2O',
    synonyms: ['sodium acetate trihydrate', 'NaOAc.3H2O', 'NaOAc trihydrate', 'CH3COONa·3H2O', 'AcONa·3H2O'],
    role: 'base',
    roleDetail: 'base (weak, carboxylate; trihydrate)',
    smiles: 'CC(=O)[O-].[Na+].O.O.O',
    formula: 'C2H9NaO5',
    mw: 136.08,
    state: 'solid',
    weakAcidSalt: true,
    groups: { ...none },
    hazards: ['not classified as hazardous; dust irritates the eyes'],
    explanation:
      'Sodium acetate as the trihydrate (MW 136.08 rather than 82.03 for the anhydrous salt), the cheaper and more common ' +
      'bottle. It buffers an amine hydrochloride exactly as the anhydrous salt does; its three waters count against ' +
      'NaBH(OAc)3 only when a lot of it is used.',
    advice: 'Weigh it by this MW: one equivalent per HCl of the amine salt (guide: Q1 pH).',
    source: src(MW_SMILES + ' (trihydrate)'),
  },
  {
    id: 'pyridine',
    name: 'pyridine',
    synonyms: ['py', 'C5H5N'],
    role: 'base',
    roleDetail: 'base (weak, aromatic)',
    smiles: 'c1ccncc1',
    formula: 'C5H5N',
    mw: 79.1,
    density: 0.978,
    state: 'liquid',
    boilingPointC: 115,
    groups: { ...none },
    hazards: ['highly flammable liquid and vapour', 'harmful if swallowed, inhaled or in contact with skin', 'strong unpleasant odour'],
    explanation:
      'A weak aromatic base (pyridinium pKa about 5.2) with no N–H, so it is never alkylated. It buffers acid rather than ' +
      'neutralising it fully, and it is rarely needed in a borohydride reductive amination; it is hard to remove except ' +
      'by acidic washes, which would also take the amine product into water.',
    advice: 'Usually unnecessary; if an amine salt must be freed, Et3N or DIPEA is easier to handle (guide: Q1 pH, Q4).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C', 'bp: CRC Handbook'),
  },

  // =====================================================================================
  // Solvents
  // =====================================================================================
  {
    id: 'dce',
    name: 'DCE',
    synonyms: ['1,2-dichloroethane', 'ethylene dichloride', 'dichloroethane', 'ClCH2CH2Cl', '1,2-DCE'],
    role: 'solvent',
    roleDetail: 'solvent, aprotic',
    smiles: 'ClCCCl',
    formula: 'C2H4Cl2',
    mw: 98.96,
    density: 1.253,
    state: 'liquid',
    protic: false,
    boilingPointC: 84,
    hazards: ['highly flammable liquid and vapour', 'toxic', 'may cause cancer'],
    explanation:
      '1,2-Dichloroethane: the reference solvent for NaBH(OAc)3 reductive aminations. It is aprotic, dissolves the ' +
      'reagents and the acetoxyborohydride intermediates well, and reactions in it are generally faster than in THF. ' +
      'It is toxic and a carcinogen, so many groups substitute DCM or THF. Boils at 84 °C.',
    advice: 'First choice with NaBH(OAc)3; use it dry (guide: Q1, FAQ reducing agents).',
    source: src(MW_SMILES + ' = ' + TABLE, 'density: ' + TABLE, 'bp: CRC Handbook'),
  },
  {
    id: 'dcm',
    name: 'DCM',
    synonyms: ['dichloromethane', 'CH2Cl2', 'methylene chloride', 'methylene dichloride'],
    role: 'solvent',
    roleDetail: 'solvent, aprotic',
    smiles: 'ClCCl',
    formula: 'CH2Cl2',
    mw: 84.93,
    density: 1.325,
    state: 'liquid',
    protic: false,
    boilingPointC: 40,
    hazards: ['suspected carcinogen', 'volatile; narcotic at high vapour concentrations', 'skin and eye irritant'],
    explanation:
      'Dichloromethane: aprotic and volatile (bp 40 °C), a common replacement for DCE with NaBH(OAc)3 at room temperature ' +
      'and the usual solvent for extracting amine products. Because it boils at 40 °C, "reflux" in DCM is only gentle ' +
      'warming. Strongly nucleophilic amines slowly react with DCM on long standing, so do not store amine solutions in it.',
    advice: 'A good alternative to DCE for NaBH(OAc)3 at rt; the standard extraction solvent in the work-up (guide: Q1, Q4).',
    source: src(MW_SMILES + ' = ' + TABLE, 'density: ' + TABLE, 'bp: CRC Handbook'),
  },
  {
    id: 'chcl3',
    name: 'CHCl3',
    synonyms: ['chloroform', 'trichloromethane'],
    role: 'solvent',
    roleDetail: 'solvent, aprotic',
    smiles: 'ClC(Cl)Cl',
    formula: 'CHCl3',
    mw: 119.38,
    density: 1.489,
    state: 'liquid',
    protic: false,
    boilingPointC: 61,
    hazards: ['suspected carcinogen', 'toxic if inhaled, harmful if swallowed; damages the liver and kidneys on repeated exposure', 'skin and eye irritant'],
    explanation:
      'Chloroform: a dense aprotic chlorinated solvent (bp 61 °C), used much like DCM for extractions and chromatography ' +
      'of amines. Commercial chloroform is stabilised with a little ethanol (or amylene) against slow oxidation to phosgene, ' +
      'so a bottle stabilised with ethanol brings a trace of protic solvent with it.',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C', 'bp: CRC Handbook'),
  },
  {
    id: 'et2o',
    name: 'Et2O',
    synonyms: ['diethyl ether', 'ether', 'ethyl ether', 'Et₂O'],
    role: 'solvent',
    roleDetail: 'solvent, aprotic',
    smiles: 'CCOCC',
    formula: 'C4H10O',
    mw: 74.12,
    density: 0.713,
    state: 'liquid',
    protic: false,
    boilingPointC: 35,
    hazards: ['extremely flammable liquid and vapour', 'forms explosive peroxides on storage', 'may cause drowsiness or dizziness'],
    explanation:
      'Diethyl ether: a very volatile aprotic solvent (bp 35 °C). Amines dissolve in it but their salts do not, which is ' +
      'why it is used to precipitate hydrochlorides (HCl in ether) and for extractions; borohydrides hardly dissolve in it, ' +
      'so it is rarely the solvent of the reduction itself. Old bottles accumulate peroxides.',
    source: src(MW_SMILES, 'density: supplier catalogue value at 20 °C', 'bp: CRC Handbook'),
  },
  {
    id: 'mtbe',
    name: 'MTBE',
    synonyms: ['methyl tert-butyl ether', 'tert-butyl methyl ether', 'TBME', 't-BuOMe'],
    role: 'solvent',
    roleDetail: 'solvent, aprotic',
    smiles: 'COC(C)(C)C',
    formula: 'C5H12O',
    mw: 88.15,
    density: 0.74,
    state: 'liquid',
    protic: false,
    boilingPointC: 55,
    hazards: ['highly flammable liquid and vapour', 'skin irritant'],
    explanation:
      'Methyl tert-butyl ether: an aprotic ether (bp 55 °C) that forms peroxides far less readily than diethyl ether. It ' +
      'is used for extractions and to precipitate or crystallise amine salts rather than as the reaction solvent.',
    source: src(MW_SMILES, 'density: supplier catalogue value at 20 °C', 'bp: CRC Handbook'),
  },
  {
    id: 'hexane',
    name: 'hexane',
    synonyms: ['n-hexane', 'hexanes', 'isohexane'],
    role: 'solvent',
    roleDetail: 'solvent, aprotic, non-polar',
    smiles: 'CCCCCC',
    formula: 'C6H14',
    mw: 86.18,
    density: 0.659,
    state: 'liquid',
    protic: false,
    boilingPointC: 69,
    hazards: ['highly flammable liquid and vapour', 'damages the peripheral nerves on repeated exposure', 'aspiration hazard'],
    explanation:
      'A non-polar alkane (bp 69 °C). Neither the borohydrides nor amine salts dissolve in it; it appears in the ' +
      'purification (as the weak part of a chromatography eluent, or to triturate a product) rather than in the reaction.',
    source: src(MW_SMILES, 'density: supplier catalogue value at 20 °C', 'bp: CRC Handbook'),
  },
  {
    id: 'heptane',
    name: 'heptane',
    synonyms: ['n-heptane', 'heptanes'],
    role: 'solvent',
    roleDetail: 'solvent, aprotic, non-polar',
    smiles: 'CCCCCCC',
    formula: 'C7H16',
    mw: 100.2,
    density: 0.684,
    state: 'liquid',
    protic: false,
    boilingPointC: 98,
    hazards: ['highly flammable liquid and vapour', 'aspiration hazard', 'may cause drowsiness or dizziness'],
    explanation:
      'A non-polar alkane (bp 98 °C), the less toxic replacement for hexane in chromatography eluents and trituration. ' +
      'Like hexane it dissolves neither the reducing agents nor amine salts.',
    source: src(MW_SMILES, 'density: supplier catalogue value at 20 °C', 'bp: CRC Handbook'),
  },
  {
    id: 'dmso',
    name: 'DMSO',
    synonyms: ['dimethyl sulfoxide', 'dimethyl sulphoxide', 'methyl sulfoxide'],
    role: 'solvent',
    roleDetail: 'solvent, polar aprotic',
    smiles: 'CS(C)=O',
    formula: 'C2H6OS',
    mw: 78.13,
    density: 1.1,
    state: 'liquid',
    protic: false,
    boilingPointC: 189,
    hazards: ['combustible liquid', 'carries dissolved substances through the skin'],
    explanation:
      'Dimethyl sulfoxide: a polar aprotic solvent (bp 189 °C) that dissolves almost everything, including polar amines ' +
      'and their salts. Its high boiling point means it is removed by an aqueous work-up, not by evaporation, and it is ' +
      'hygroscopic, so it brings water unless dried.',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C', 'bp: CRC Handbook'),
  },
  {
    id: 'thf',
    name: 'THF',
    synonyms: ['tetrahydrofuran', 'oxolane'],
    role: 'solvent',
    roleDetail: 'solvent, aprotic',
    smiles: 'C1CCOC1',
    formula: 'C4H8O',
    mw: 72.11,
    density: 0.889,
    state: 'liquid',
    protic: false,
    boilingPointC: 66,
    hazards: ['highly flammable liquid and vapour', 'may form explosive peroxides', 'suspected carcinogen', 'eye irritant'],
    explanation:
      'Tetrahydrofuran: an aprotic ether (bp 66 °C) that works with NaBH(OAc)3, somewhat more slowly than DCE, and is a ' +
      'good solvent for Ti(OiPr)4-mediated imine formation. Use dry, inhibitor-stabilised THF; old opened bottles collect ' +
      'peroxides. It is miscible with water, so remove most of it before an aqueous extraction.',
    advice: 'A suitable aprotic solvent for NaBH(OAc)3 (guide: Q1, FAQ reducing agents).',
    source: src(MW_SMILES + ' = ' + TABLE, 'density: ' + TABLE, 'bp: CRC Handbook'),
  },
  {
    id: 'toluene',
    name: 'toluene',
    synonyms: ['methylbenzene', 'PhMe', 'PhCH3'],
    role: 'solvent',
    roleDetail: 'solvent, aprotic',
    smiles: 'Cc1ccccc1',
    formula: 'C7H8',
    mw: 92.14,
    density: 0.867,
    state: 'liquid',
    protic: false,
    boilingPointC: 111,
    hazards: ['highly flammable liquid and vapour', 'suspected of damaging the unborn child', 'aspiration hazard'],
    explanation:
      'An aprotic aromatic solvent (bp 111 °C) that forms an azeotrope with water, which makes it the solvent for forcing ' +
      'imine formation with a Dean–Stark trap before the reduction. Borohydride salts are poorly soluble in it, so the ' +
      'reduction is usually done after a solvent change.',
    advice: 'Use it for azeotropic imine pre-formation (Dean–Stark at reflux), then concentrate and reduce in a suitable solvent at rt (guide: Q1, FAQ temperature).',
    source: src(MW_SMILES + ' = ' + TABLE, 'density: ' + TABLE, 'bp: CRC Handbook'),
  },
  {
    id: 'etoac',
    name: 'EtOAc',
    synonyms: ['ethyl acetate', 'AcOEt', 'EA'],
    role: 'solvent',
    roleDetail: 'solvent, aprotic',
    smiles: 'CCOC(C)=O',
    formula: 'C4H8O2',
    mw: 88.11,
    density: 0.902,
    state: 'liquid',
    protic: false,
    boilingPointC: 77,
    hazards: ['highly flammable liquid and vapour', 'eye irritant', 'may cause drowsiness'],
    explanation:
      'Ethyl acetate: aprotic (bp 77 °C), an extraction and chromatography solvent, a good medium for catalytic ' +
      'hydrogenation, and a greener stand-in for DCE with NaBH(OAc)3, with which it does about as well for most ' +
      'aldehydes. Very nucleophilic amines are slowly acetylated by it when heated, so such runs stay at room temperature.',
    advice: 'Suitable for H2, Pd/C reductions, for NaBH(OAc)3 at room temperature in place of DCE, and for extraction (guide: FAQ reducing agents, Q4).',
    source: src(MW_SMILES + ' = ' + TABLE, 'density: ' + TABLE, 'bp: CRC Handbook', 'with NaBH(OAc)3: McGonagle et al., Green Chem. 2013, 15, 1159'),
  },
  {
    id: 'iproac',
    name: 'iPrOAc',
    synonyms: ['isopropyl acetate', 'IPAc', 'i-PrOAc', 'propan-2-yl acetate', '2-propyl acetate'],
    role: 'solvent',
    roleDetail: 'solvent, aprotic',
    smiles: 'CC(C)OC(C)=O',
    formula: 'C5H10O2',
    mw: 102.13,
    density: 0.872,
    state: 'liquid',
    protic: false,
    boilingPointC: 89,
    hazards: ['highly flammable liquid and vapour', 'eye irritant', 'may cause drowsiness'],
    explanation:
      'Isopropyl acetate: an aprotic ester (bp 89 °C) that plants use in place of chlorinated solvents. It dissolves less ' +
      'water than ethyl acetate and is acylated by amines more slowly, so it serves as the reaction solvent for ' +
      'NaBH(OAc)3 and, after a basic quench, directly as the extraction layer.',
    advice: 'NaBH(OAc)3 with AcOH at room temperature; quench with aqueous base and separate the layers (guide: Q1, Q4).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C'),
  },
  {
    id: 'meoh',
    name: 'MeOH',
    synonyms: ['methanol', 'methyl alcohol', 'CH3OH'],
    role: 'solvent',
    roleDetail: 'solvent, protic',
    smiles: 'CO',
    formula: 'CH4O',
    mw: 32.04,
    density: 0.792,
    state: 'liquid',
    protic: true,
    boilingPointC: 65,
    hazards: ['highly flammable liquid and vapour', 'toxic if swallowed, inhaled or in contact with skin (optic nerve damage)'],
    explanation:
      'Methanol: a protic solvent (bp 65 °C) that speeds up imine formation and is the usual medium for NaBH4 and NaBH3CN ' +
      'reductions and for hydrogenation. NaBH(OAc)3 reacts with it and loses its hydride, so the two do not go together.',
    advice: 'Use with NaBH4 (after pre-forming the imine), NaBH3CN or H2, Pd/C; not with NaBH(OAc)3 (guide: Q1, FAQ reducing agents).',
    source: src(MW_SMILES + ' = ' + TABLE, 'density: ' + TABLE, 'bp: CRC Handbook'),
  },
  {
    id: 'etoh',
    name: 'EtOH',
    synonyms: ['ethanol', 'ethyl alcohol', 'absolute ethanol', 'EtOH abs.', 'C2H5OH'],
    role: 'solvent',
    roleDetail: 'solvent, protic',
    smiles: 'CCO',
    formula: 'C2H6O',
    mw: 46.07,
    density: 0.789,
    state: 'liquid',
    protic: true,
    boilingPointC: 78,
    hazards: ['highly flammable liquid and vapour', 'eye irritant'],
    explanation:
      'Ethanol: a protic solvent (bp 78 °C) that behaves like methanol in reductive aminations but reacts a little more ' +
      'slowly with NaBH4. Suitable for NaBH4, NaBH3CN and hydrogenation; it decomposes NaBH(OAc)3.',
    advice: 'Use with NaBH4, NaBH3CN or H2, Pd/C; not with NaBH(OAc)3 (guide: Q1, FAQ reducing agents).',
    source: src(MW_SMILES + ' = ' + TABLE, 'density: ' + TABLE, 'bp: CRC Handbook'),
  },
  {
    id: 'tfe',
    name: 'TFE',
    synonyms: ['2,2,2-trifluoroethanol', 'trifluoroethanol', 'CF3CH2OH'],
    role: 'solvent',
    roleDetail: 'solvent, protic (weakly nucleophilic)',
    smiles: 'OCC(F)(F)F',
    formula: 'C2H3F3O',
    mw: 100.04,
    density: 1.383,
    state: 'liquid',
    protic: true,
    boilingPointC: 74,
    hazards: ['flammable liquid and vapour', 'toxic if swallowed or inhaled', 'causes serious eye damage', 'may damage fertility'],
    explanation:
      '2,2,2-Trifluoroethanol: a protic, strongly hydrogen-bond-donating solvent (bp 74 °C) that activates the carbonyl and ' +
      'speeds up imine formation; NaBH4 reduces the imine in it without a catalyst. Like any alcohol it destroys NaBH(OAc)3.',
    advice: 'A solvent for NaBH4 reductive aminations (one-pot is tolerated better than in MeOH); not with NaBH(OAc)3 (guide: Q1).',
    source: src(MW_SMILES, 'density and bp: supplier catalogue, NaBH4 use: Tajbakhsh et al., Synthesis 2011'),
  },
  {
    id: 'hfip',
    name: 'HFIP',
    synonyms: ['1,1,1,3,3,3-hexafluoro-2-propanol', 'hexafluoroisopropanol', 'hexafluoro-2-propanol'],
    role: 'solvent',
    roleDetail: 'solvent, protic (weakly nucleophilic)',
    smiles: 'OC(C(F)(F)F)C(F)(F)F',
    formula: 'C3H2F6O',
    mw: 168.04,
    density: 1.596,
    state: 'liquid',
    protic: true,
    boilingPointC: 59,
    hazards: ['causes severe skin burns and eye damage', 'harmful if swallowed or inhaled', 'may damage fertility'],
    explanation:
      'Hexafluoro-2-propanol: a very strongly hydrogen-bond-donating, weakly nucleophilic alcohol (bp 59 °C) that ' +
      'activates carbonyls and imines; it is acidic for an alcohol (pKa about 9.3). It destroys NaBH(OAc)3 as other ' +
      'alcohols do.',
    advice: 'Usable with NaBH4 or borane complexes; not with NaBH(OAc)3 (guide: Q1).',
    source: src(MW_SMILES, 'density and bp: supplier catalogue'),
  },
  {
    id: 'iproh',
    name: 'iPrOH',
    synonyms: ['isopropanol', '2-propanol', 'propan-2-ol', 'isopropyl alcohol', 'IPA', 'i-PrOH'],
    role: 'solvent',
    roleDetail: 'solvent, protic',
    smiles: 'CC(C)O',
    formula: 'C3H8O',
    mw: 60.1,
    density: 0.785,
    state: 'liquid',
    protic: true,
    boilingPointC: 82,
    hazards: ['highly flammable liquid and vapour', 'eye irritant', 'may cause drowsiness'],
    explanation:
      'Isopropanol: a protic secondary alcohol (bp 82 °C). It reacts with NaBH4 more slowly than methanol does and is ' +
      'sometimes chosen for that reason; like the other alcohols it destroys NaBH(OAc)3.',
    advice: 'Acceptable for NaBH4 or NaBH3CN reductions; never with NaBH(OAc)3 (guide: Q1, FAQ reducing agents).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C', 'bp: CRC Handbook'),
  },
  {
    id: 'water',
    name: 'water',
    synonyms: ['H2O', 'H₂O', 'deionised water', 'deionized water', 'DI water', 'distilled water'],
    role: 'solvent',
    roleDetail: 'solvent, protic',
    smiles: 'O',
    formula: 'H2O',
    mw: 18.02,
    density: 0.997,
    state: 'liquid',
    protic: true,
    boilingPointC: 100,
    hazards: [],
    explanation:
      'Water is the by-product of imine formation, so any water added on purpose shifts the equilibrium back towards ' +
      'the amine and carbonyl; it also hydrolyses NaBH(OAc)3 and slowly NaBH4. NaBH3CN and 2-picoline borane tolerate ' +
      'it. In the work-up it is the aqueous phase that takes up salts and boron residues.',
    advice: 'Keep it out of NaBH(OAc)3 reactions (dry solvents, no aqueous reagents); use it freely in the work-up (guide: Q1, Q4).',
    source: src(MW_SMILES + ' = ' + TABLE, 'density: ' + TABLE),
  },
  {
    id: 'mecn',
    name: 'MeCN',
    synonyms: ['acetonitrile', 'CH3CN', 'ACN', 'methyl cyanide'],
    role: 'solvent',
    roleDetail: 'solvent, aprotic',
    smiles: 'CC#N',
    formula: 'C2H3N',
    mw: 41.05,
    density: 0.786,
    state: 'liquid',
    groups: { ...none, nitrile: true },
    protic: false,
    boilingPointC: 82,
    hazards: ['highly flammable liquid and vapour', 'harmful if swallowed, inhaled or in contact with skin', 'eye irritant'],
    explanation:
      'Acetonitrile: a polar aprotic solvent (bp 82 °C) that dissolves polar amines and their salts better than DCE. ' +
      'NaBH(OAc)3 can be used in it, usually somewhat more slowly than in DCE. It mixes with water, so it has to be ' +
      'removed or diluted before an aqueous extraction.',
    advice: 'An option for NaBH(OAc)3 when the substrates do not dissolve in DCE or THF (guide: Q1).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C', 'bp: CRC Handbook'),
  },
  {
    id: 'dioxane',
    name: '1,4-dioxane',
    synonyms: ['dioxane', 'p-dioxane', '1,4-diethylene dioxide'],
    role: 'solvent',
    roleDetail: 'solvent, aprotic',
    smiles: 'C1COCCO1',
    formula: 'C4H8O2',
    mw: 88.11,
    density: 1.034,
    state: 'liquid',
    protic: false,
    boilingPointC: 101,
    hazards: ['highly flammable liquid and vapour', 'may form explosive peroxides', 'may cause cancer', 'eye irritant'],
    explanation:
      'An aprotic cyclic ether (bp 101 °C, freezes at 12 °C) that is best known here as the carrier of HCl solutions. It ' +
      'can serve as a solvent for NaBH(OAc)3 but has no advantage over THF or DCE and is harder to remove.',
    advice: 'Prefer DCE, DCM or THF for the reduction; meet it mostly as HCl in dioxane for Boc removal or salt formation (guide: Q3, Q4).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C', 'bp: CRC Handbook'),
  },
  {
    id: '2-methf',
    name: '2-MeTHF',
    synonyms: ['2-methyltetrahydrofuran', 'MeTHF', '2-Me-THF', '2-methyloxolane', '2-methyl-THF', '2-methyl THF', 'Me-THF'],
    role: 'solvent',
    roleDetail: 'solvent, aprotic',
    smiles: 'CC1CCCO1',
    formula: 'C5H10O',
    mw: 86.13,
    density: 0.854,
    state: 'liquid',
    protic: false,
    boilingPointC: 80,
    hazards: ['highly flammable liquid and vapour', 'may form explosive peroxides', 'eye irritant'],
    explanation:
      '2-Methyltetrahydrofuran: a greener alternative to THF and the chlorinated solvents (bp 80 °C). It works with ' +
      'NaBH(OAc)3 and, unlike THF, separates from water, so the quench and extraction can be done in the reaction solvent.',
    advice: 'A good aprotic replacement for DCE/DCM with NaBH(OAc)3 (guide: Q1).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C', 'bp: CRC Handbook'),
  },
  {
    id: 'cpme',
    name: 'CPME',
    synonyms: ['cyclopentyl methyl ether', 'methoxycyclopentane', 'cyclopentylmethyl ether'],
    role: 'solvent',
    roleDetail: 'solvent, aprotic',
    smiles: 'COC1CCCC1',
    formula: 'C6H12O',
    mw: 100.16,
    density: 0.86,
    state: 'liquid',
    protic: false,
    boilingPointC: 106,
    hazards: ['highly flammable liquid and vapour', 'harmful if swallowed', 'skin and eye irritant', 'may form peroxides (slowly)'],
    explanation:
      'Cyclopentyl methyl ether: an aprotic ether (bp 106 °C) chosen on scale as a replacement for THF and the ' +
      'chlorinated solvents. It is hydrophobic, so a quench and extraction can be done in it directly, and it forms ' +
      'peroxides more slowly than THF.',
    advice: 'An aprotic solvent, so NaBH(OAc)3 can be used in it, as in 2-MeTHF or THF (guide: Q1).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C', 'bp: supplier data sheet'),
  },
  {
    id: 'dmf',
    name: 'DMF',
    synonyms: ['N,N-dimethylformamide', 'dimethylformamide'],
    role: 'solvent',
    roleDetail: 'solvent, aprotic (polar)',
    smiles: 'CN(C)C=O',
    formula: 'C3H7NO',
    mw: 73.09,
    density: 0.944,
    state: 'liquid',
    protic: false,
    boilingPointC: 153,
    hazards: ['may damage the unborn child', 'harmful in contact with skin or if inhaled', 'flammable liquid'],
    explanation:
      'A polar aprotic solvent (bp 153 °C) for substrates that dissolve nowhere else. NaBH(OAc)3 can be used in it, but ' +
      'DMF is hard to remove: it follows the product into the organic phase and needs repeated water or LiCl washes, ' +
      'which can cost a polar amine product.',
    advice: 'Use only when solubility demands it; otherwise DCE, DCM or THF (guide: Q1, Q4).',
    source: src(MW_SMILES, 'density: supplier catalogue value at 25 °C', 'bp: CRC Handbook'),
  },
];

// ---------------------------------------------------------------------------------------
// Deuterium-labelled forms: the same chemistry as the unlabelled entry (same id, so every rule
// that asks for NaBH4 or MeOH gets them too), with their own name, SMILES, formula and MW
// (openchemlib counts [2H] as deuterium, 2.014; test/unit/kb.test.ts checks them as the others).
// Densities are not carried over: a deuterated liquid is denser than its parent (about in the ratio
// of the MWs, the molar volume hardly changing), so each liquid gives its own (supplier catalogue, 25 °C).

interface Label {
  of: string;
  name: string;
  synonyms: string[];
  smiles?: string;
  formula?: string;
  mw: number;
  /** g/mL at 25 °C, for a liquid (the parent's does not apply). */
  density?: number;
  /** Where the density comes from, when not from a supplier catalogue. */
  densitySource?: string;
  /** For a solution or polymer without SMILES: the SMILES its MW is per (CD2O). */
  mwPer?: string;
}

function labelled(l: Label): KbEntry {
  const parent = KB.find((e) => e.id === l.of);
  if (!parent) throw new Error(`knowledge base: no entry ${l.of} to label`);
  return {
    ...parent,
    name: l.name,
    synonyms: l.synonyms,
    smiles: l.smiles,
    formula: l.formula,
    mw: l.mw,
    density: l.density,
    molarity: undefined,
    strength: undefined,
    labelOf: parent.name,
    explanation: `The deuterium-labelled form of ${parent.name}: it reacts the same way and puts deuterium where ${parent.name} puts hydrogen. ` + parent.explanation,
    source: src(l.smiles ? MW_SMILES : `MW: per ${l.mwPer} unit (formula weight)`, ...(l.density !== undefined ? [`density: ${l.densitySource ?? 'supplier catalogue value at 25 °C'}`] : [])),
  };
}

export const LABELLED: KbEntry[] = [
  labelled({ of: 'nabh4', name: 'NaBD4', synonyms: ['sodium borodeuteride', 'sodium borohydride-d4', 'sodium tetradeuteroborate', 'sodium tetradeuterioborate'], smiles: '[Na+].[2H][B-]([2H])([2H])[2H]', formula: 'BD4Na', mw: 41.86 }),
  labelled({ of: 'nabh3cn', name: 'NaBD3CN', synonyms: ['sodium cyanoborodeuteride', 'sodium cyanoborohydride-d3', 'sodium cyanotrideuteroborate', 'sodium cyanotrideuterioborate'], smiles: '[Na+].[2H][B-]([2H])([2H])C#N', formula: 'CBD3NNa', mw: 65.86 }),
  labelled({ of: 'meoh', name: 'CD3OD', synonyms: ['methanol-d4', 'MeOD-d4', 'MeOH-d4', 'CD3OD (methanol-d4)'], smiles: '[2H]OC([2H])([2H])[2H]', formula: 'CD4O', mw: 36.07, density: 0.888 }),
  labelled({ of: 'meoh', name: 'MeOD', synonyms: ['methanol-d', 'methanol-d1', 'methanol-OD', 'CH3OD'], smiles: '[2H]OC', formula: 'CH3DO', mw: 33.05, density: 0.813 }),
  labelled({ of: 'water', name: 'D2O', synonyms: ['deuterium oxide', 'heavy water', 'water-d2'], smiles: '[2H]O[2H]', formula: 'D2O', mw: 20.03, density: 1.107 }),
  labelled({ of: 'acoh', name: 'AcOD', synonyms: ['acetic acid-d', 'acetic acid-d1', 'acetic acid-OD', 'CH3COOD', 'CH3CO2D'], smiles: 'CC(=O)O[2H]', formula: 'C2H3DO2', mw: 61.06, density: 1.067, densitySource: 'AcOH\'s 1.049 g/mL × 61.06 ÷ 60.05 (the same molar volume)' }),
  labelled({ of: 'acoh', name: 'AcOD-d4', synonyms: ['acetic acid-d4', 'CD3COOD', 'CD3CO2D', 'AcOH-d4'], smiles: '[2H]C([2H])([2H])C(=O)O[2H]', formula: 'C2D4O2', mw: 64.08, density: 1.119 }),
  labelled({ of: 'formaldehyde', name: 'formaldehyde-d2', synonyms: ['CD2O', 'formaldehyde-d₂', 'dideuterioformaldehyde'], smiles: '[2H]C([2H])=O', formula: 'CD2O', mw: 32.04 }),
  labelled({ of: 'paraformaldehyde', name: 'paraformaldehyde-d2', synonyms: ['(CD2O)n', 'paraformaldehyde-d₂', 'PFA-d2'], mw: 32.04, mwPer: 'CD2O' }),
  // The solution (`formaldehyde-d2 (20 wt% in D2O)`): formalin's chemistry, but the strength is the one written, not 37 %.
  labelled({ of: 'formalin', name: 'formaldehyde-d2 solution', synonyms: ['formalin-d2'], mw: 32.04, mwPer: 'CD2O' }),
];

// ---------------------------------------------------------------------------------------
// Polymer-supported reductants (scavenger-resin libraries, plates): the hydride on a resin
// (macroporous polystyrene, MP-; gel polystyrene, PS-; silica, Si-) as a quaternary ammonium
// salt. Chemically the same hydride as the parent entry (same id: every rule that asks for
// NaBH(OAc)3 or NaBH3CN gets them), filtered off instead of quenched. No SMILES or MW: what is
// weighed is resin, dosed by its loading (mmol of hydride per g, on the label, batch to batch),
// which the name gives (`MP-triacetoxyborohydride (2.2 mmol/g)`; see `lookup`).

interface Support {
  of: string;
  name: string;
  synonyms: string[];
  /** Where it differs from the parent's: the resin swells and works in other solvents. */
  recommendedSolvents?: string[];
  explanation: string;
  /** Its own advice (the parent's would name the parent and its aqueous quench). */
  advice: string;
}

function supported(s: Support): KbEntry {
  const parent = KB.find((e) => e.id === s.of);
  if (!parent) throw new Error(`knowledge base: no entry ${s.of} to support`);
  return {
    ...parent,
    name: s.name,
    synonyms: s.synonyms,
    roleDetail: `${parent.roleDetail ?? parent.role}, on a resin: dosed by its loading (mmol/g)`,
    smiles: undefined,
    formula: undefined,
    mw: undefined,
    density: undefined,
    molarity: undefined,
    strength: undefined,
    state: 'solid',
    recommendedSolvents: s.recommendedSolvents ?? parent.recommendedSolvents,
    supportOf: parent.name,
    explanation: s.explanation,
    advice: s.advice,
    source: 'loading: the supplier\'s label (per batch); chemistry: as the parent reagent',
  };
}

export const SUPPORTED: KbEntry[] = [
  supported({
    of: 'stab',
    name: 'MP-triacetoxyborohydride',
    synonyms: ['MP-STAB', 'MP-BH(OAc)3', 'PS-triacetoxyborohydride', 'PS-BH(OAc)3', 'PS-STAB', 'polymer-supported triacetoxyborohydride', 'resin-bound triacetoxyborohydride', 'MP-triacetoxyborohydride resin'],
    explanation:
      'Triacetoxyborohydride held as a quaternary ammonium salt on macroporous polystyrene: NaBH(OAc)3\'s chemistry (iminium-selective, ' +
      'destroyed by water, solvolysed by methanol, used in DCE, DCM or THF with AcOH), but the spent reagent and its boron salts are ' +
      'filtered off with the resin, so plates and libraries skip the aqueous quench. Usually 2–3 equiv, as the resin reacts more slowly; ' +
      'dosed by the loading on the label (mmol of hydride per gram).',
    advice:
      'Weigh 2–3 equiv by the loading on the label and run it in DCE, DCM or THF with 1–2 equiv AcOH, shaken or stirred gently (a stirrer bar ' +
      'grinds the beads). Filter the resin off and rinse it: nothing is left to quench, but an acid in the filtrate still holds the amine as ' +
      'its salt, so make it basic before an extraction, or catch the amine on an SCX cartridge (guide: Q2, Q4).',
  }),
  supported({
    of: 'nabh3cn',
    name: 'MP-cyanoborohydride',
    synonyms: ['MP-BH3CN', 'MP-CNBH3', 'PS-BH3CN', 'PS-CNBH3', 'PS-cyanoborohydride', 'polymer-supported cyanoborohydride', 'resin-bound cyanoborohydride', 'Si-cyanoborohydride', 'Si-CBH', 'MP-cyanoborohydride resin'],
    // The resin swells in THF and chlorinated solvents and is run there as often as in MeOH.
    recommendedSolvents: ['meoh', 'etoh', 'thf', 'dcm', 'dce'],
    explanation:
      'Cyanoborohydride held as a quaternary ammonium salt on a resin: NaBH3CN\'s chemistry (iminium-selective at pH 4–7 with AcOH), ' +
      'and it swells and works in THF, DCM and DCE as well as MeOH. Filtering the resin off keeps most of the boron and cyanide out of the ' +
      'product, but acid still sets HCN free from it and the spent resin is cyanide waste. Dosed by the loading on the label (mmol/g).',
    advice:
      'Run it with AcOH (pH 4–7) in MeOH, THF or DCM, in a fume hood, never with HCl, TFA or another strong acid. Filter the resin off and ' +
      'keep it and its washings as cyanide waste; make an acid filtrate basic before an extraction. Where the carbonyl allows, ' +
      'MP-triacetoxyborohydride does the same without cyanide (guide: Q2, Q4).',
  }),
  supported({
    of: 'nabh4',
    name: 'MP-borohydride',
    synonyms: ['MP-BH4', 'PS-BH4', 'PS-borohydride', 'polymer-supported borohydride', 'resin-bound borohydride', 'borohydride exchange resin'],
    explanation:
      'Borohydride held as a quaternary ammonium salt on a resin: NaBH4\'s chemistry (it reduces aldehydes and ketones, so the imine is ' +
      'formed first), filtered off at the end. Dosed by the loading on the label (mmol/g).',
    advice:
      'Let the amine and the carbonyl form the imine first (an hour or more, often in MeOH), then add the resin; filter it off at the end ' +
      '(guide: Q2).',
  }),
];
