/**
 * Short explanations of the language's words (keywords, attributes, units, fixed values),
 * shown by hover and used as completion documentation. Written for chemists, in the
 * project's own words.
 */
import type { KbRole } from '../kb/types';

/** Statement keywords (canonical spelling). */
export const KEYWORD_DOCS: Readonly<Record<string, string>> = {
  protocol: 'Gives the protocol its title. The title is the root of the outline.',
  target:
    'How many nitrogens of the diazepane you want to alkylate: `mono`, `di`, or `tri` (only possible for DAZA, which has a third amine). ' +
    'The stoichiometry checks compare your equivalents against this goal.',
  scale:
    'The number of mmol that 1.0 equiv stands for, usually the amount of the limiting reagent. ' +
    'Every equiv in the reagent table is turned into mmol, mass and volume with it.',
  mode:
    'What you intend: `one-pot` (the reductant meets the carbonyl straight away) or `two-step` (time is given to form the imine before the reductant goes in). ' +
    'rxn works out what the procedure actually does from the timeline and warns when the two disagree.',
  reagent:
    'Adds a row to the reagent table: `reagent ALIAS = NAME`, then optional quantities (`3.0 equiv`, `15 mmol`, `1.50 g`) and attributes ' +
    '(`role`, `smiles`, `mw`, `density`, `limiting`). The alias is the short name `add` lines use.',
  solvent:
    'Sets the solvent. Before the first step it is the solvent of the whole run; inside a step it applies from that line on. ' +
    'A concentration (`0.2 M`) gives the volume to use at this scale; mixtures are written `DCE/AcOH 9:1`.',
  step:
    'Starts a stage of the procedure, with an optional title; it lasts until the next `step` or `workup`. ' +
    'Steps only organise the page: whether the run is one-pot is read from when time passes, not from the step boundaries.',
  workup: 'Starts the work-up: what happens to the mixture once the reduction is over (quench, extraction, drying, purification).',
  add:
    'Puts the listed reagents into the flask at this point of the timeline. ' +
    'Say how with `portionwise`, `dropwise` or `in N portions`, and at what temperature with `at TEMP`.',
  stir:
    'Lets time pass while the mixture stirs, at room temperature unless `at TEMP` says otherwise. ' +
    'Stirring after the amine and the carbonyl have met, and before the reductant goes in, is what pre-forms the imine.',
  wait: 'Lets time pass without any other change.',
  heat: 'Brings the mixture to a temperature: `heat to 40 °C`, optionally `for 2 h`.',
  cool: 'Brings the mixture down to a temperature, for example `cool to 0 °C` before a reactive reductant goes in.',
  reflux:
    'Heats the mixture at the boiling point of its solvent, optionally for a time. ' +
    'It counts as hotter than 50 °C unless the solvent boils below that (DCM).',
  monitor: 'Records an analytical check (TLC, LCMS, NMR, IR…), for instance that the imine has formed before the reductant is added.',
  concentrate: 'Removes the solvent under reduced pressure (rotary evaporator).',
  filter: 'Filters the mixture, for example to remove molecular sieves, a drying agent or a catalyst.',
  isolate: 'Isolates an intermediate (named here) before the next stage.',
  note: 'Free text for the reader; rxn does not interpret it.',
  quench:
    'Destroys what is left of the reductant at the start of the work-up. A basic aqueous quench (sat. NaHCO3) also sets the amine product free as its base.',
  basify: 'Makes the aqueous layer basic so the amine product returns to its free base and can be extracted into an organic solvent.',
  acidify: 'Makes the aqueous layer acidic: the amine product becomes a salt and stays in the water.',
  extract: 'Extracts the product into an organic solvent; `x3` means three extractions.',
  wash: 'Washes the organic layer with an aqueous solution (brine, water, NaHCO3…). An acidic wash pulls the amine product into the water.',
  dry: 'Removes dissolved water from the organic layer with a drying agent such as Na2SO4 or MgSO4.',
  purify:
    'Purifies the crude product: a method (`silica`, `column`, `alumina`, `C18`…), an optional eluent, and an optional `+ N% MODIFIER`. ' +
    'Basic amines stick to and streak on plain silica; a little Et3N or NH3 in the eluent prevents it.',
  crystallize: 'Crystallises the product from the named solvent.',
  salt: 'Converts the product into a salt (for example `salt HCl`), which is often easier to handle and store than the free amine.',
};

/** Attribute keywords and fixed words of statements. */
export const WORD_DOCS: Readonly<Record<string, string>> = {
  role: 'Sets the reagent\'s role explicitly (`amine`, `carbonyl`, `reductant`, `acid`, `base`, `dehydrating`, `catalyst`, `additive`). Needed for a reagent the knowledge base does not know, when the name does not reveal it.',
  smiles: 'The structure of the reagent as a SMILES string. rxn derives the molecular weight and the functional groups (aldehyde, ketone, N–H, nitro, C=C) from it.',
  mw: 'Molecular weight in g/mol; overrides the knowledge base and the SMILES. Used to turn mmol into a mass.',
  density: 'Density of the neat liquid in g/mL; with the molecular weight it turns a mass into a volume to measure with a syringe.',
  limiting: 'Marks the limiting reagent: the one `scale` refers to, at 1.0 equiv.',
  portionwise: 'The reagent goes in a little at a time, in several portions, to keep gas evolution and heat under control.',
  dropwise: 'The reagent (or its solution) goes in drop by drop.',
  portions: 'With `in N portions`: the reagent is split into N portions added one after the other.',
  at: 'Introduces the temperature of the statement (`at rt`, `at 0 °C`).',
  to: 'Introduces the temperature the mixture is brought to.',
  for: 'Introduces a duration (`heat to 40 °C for 2 h`) or, after `monitor`, what is being checked (`for imine`).',
  over: 'How long the addition takes, e.g. `over 30 min`: the time passes after the reagents are in.',
  under: 'The atmosphere the mixture is kept under (`under N2`, `under argon`): recorded, and read past by the checks. Hydrogen is a reagent, not an atmosphere: declare it and `add` it.',
  mono: 'Target: one nitrogen of the diazepane alkylated. Needs the diazepane in excess, or a protected diazepane.',
  di: 'Target: two nitrogens alkylated. Needs the carbonyl and the reductant in excess (at least 2 equiv each per diazepane).',
  tri: 'Target: three nitrogens alkylated, which only DAZA (1,4-diazepan-6-amine) offers. Best done by adding carbonyl and reductant in portions.',
  'one-pot': 'Direct reductive amination: the reductant is present as soon as the amine and the carbonyl meet.',
  'two-step': 'Indirect reductive amination: the imine is allowed to form first, then the reductant is added.',
  tlc: 'Thin-layer chromatography: a quick check of what is in the mixture.',
  lcms: 'Liquid chromatography with mass detection: shows the imine, product and starting materials by mass.',
  nmr: 'NMR of an aliquot: the aldehyde C–H (around 10 ppm) disappearing shows the carbonyl is used up; with a primary amine (the NH2 of DAZA) an imine C–H appears around 8 ppm, while a ring N–H gives an iminium or aminal instead.',
  ir: 'Infrared spectroscopy: the carbonyl band disappears and a C=N band appears as the imine forms.',
  hplc: 'High-performance liquid chromatography of an aliquot.',
  gcms: 'Gas chromatography with mass detection of an aliquot.',
};

/** Units (canonical spelling) and duration/temperature words. */
export const UNIT_DOCS: Readonly<Record<string, string>> = {
  equiv: 'Equivalents: multiples of the `scale` amount. 1.0 equiv = the scale in mmol.',
  mmol: 'Millimoles (10⁻³ mol).',
  mol: 'Moles.',
  µmol: 'Micromoles (10⁻⁶ mol).',
  mg: 'Milligrams.',
  g: 'Grams.',
  kg: 'Kilograms.',
  µL: 'Microlitres (10⁻³ mL).',
  mL: 'Millilitres.',
  L: 'Litres.',
  M: 'Molar: mol per litre. For the solvent line, the concentration of the limiting reagent; the volume is scale ÷ concentration.',
  mM: 'Millimolar: mmol per litre.',
  '%': 'Percent (for an eluent modifier, by volume).',
  s: 'Seconds.',
  min: 'Minutes.',
  h: 'Hours.',
  d: 'Days.',
  '°C': 'Degrees Celsius.',
  K: 'Kelvin (0 °C = 273.15 K).',
  '°F': 'Degrees Fahrenheit (rxn converts to °C).',
  rt: 'Room temperature, taken as 20–25 °C.',
  'room temperature': 'Room temperature, taken as 20–25 °C.',
  overnight: 'Overnight, counted as 16 h.',
  reflux: 'The boiling point of the solvent in use (DCE 84 °C, THF 66 °C, MeOH 65 °C, DCM 40 °C).',
};

export const ROLE_DOCS: Readonly<Record<KbRole, string>> = {
  amine: 'The nucleophile: its N–H adds to the carbonyl, and the C–N bond is made on this nitrogen.',
  carbonyl: 'The aldehyde or ketone that becomes the new N-alkyl group.',
  reductant: 'The hydride source that reduces the imine or iminium ion to the amine.',
  acid: 'Catalyses imine formation and turns the imine into the more reactive iminium ion.',
  base: 'Frees an amine from its salt or neutralises acid.',
  dehydrating: 'Removes the water released when the imine forms, pushing the equilibrium towards the imine.',
  catalyst: 'Speeds up a step without being consumed (e.g. the metal of a hydrogenation).',
  additive: 'Anything else the reaction needs.',
  solvent: 'The medium of the reaction.',
};

/** How the engine found a reagent's role, in words. */
export const ROLE_SOURCE_DOCS: Readonly<Record<string, string>> = {
  kb: 'from the knowledge base',
  attribute: 'from the `role` attribute on this line',
  smiles: 'from the functional groups of its SMILES',
  name: 'from the ending of its name',
};
