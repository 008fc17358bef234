/** Types of the reagent knowledge base. */
import type { Role } from '../syntax/ast';

export type KbRole = Role | 'solvent';

export interface FunctionalGroups {
  aldehyde: boolean;
  ketone: boolean;
  nitro: boolean;
  /** A non-aromatic C=C. */
  alkene: boolean;
  alkyne: boolean;
  /**
   * An O-benzyl group: a benzyl (or other arylmethyl, e.g. PMB) ether or ester, O–CH2–aryl with the
   * CH2 outside a ring. Hydrogenolysis over palladium cuts it (leaving the OH).
   */
  oBenzyl: boolean;
  /**
   * A benzyl group on an amine nitrogen that carries no H (1-benzyl-1,4-diazepane, 1-benzyl-4-piperidone):
   * a protecting group that hydrogenolysis over palladium removes. Not on an N–H (benzylamine),
   * which is the nitrogen being alkylated, nor on an amide or aromatic nitrogen.
   */
  nBenzyl: boolean;
  /**
   * A benzyl carbamate (Cbz, Z) on a nitrogen — also an O-benzyl: hydrogenolysis over palladium
   * cuts it and the carbamic acid loses CO2, freeing the N–H (not an OH).
   */
  cbz: boolean;
  /**
   * An aryl bromide / an aryl iodide: Br or I on an aromatic carbon (4-bromobenzaldehyde,
   * 5-bromothiophene-2-carbaldehyde). Hydrogen over palladium replaces the halogen by H
   * (hydrodehalogenation). Aryl chlorides (much slower, mostly with added base) and fluorides are not recorded.
   */
  arylBr: boolean;
  arylI: boolean;
  /** An organic nitrile, R–C≡N with R a carbon (not the cyanide of NaBH3CN): hydrogenation can take it to R–CH2NH2. */
  nitrile: boolean;
  /** Number of amine nitrogens that carry at least one H (each can be alkylated): diazepane 2, DAZA 3, Boc-diazepane 1. */
  freeNH: number;
}

export interface KbEntry {
  /** Stable id, e.g. "stab", "nabh4", "dce". */
  id: string;
  /** The canonical display name, e.g. "NaBH(OAc)3". */
  name: string;
  /** Other names, recognised case-insensitively. */
  synonyms: string[];
  role: KbRole;
  /** Free text shown under the role, e.g. "amine (2 free N–H)" or "acid (weak)". */
  roleDetail?: string;
  smiles?: string;
  /**
   * The C=O sits on an aromatic ring (benzaldehyde, acetophenone, pyridine-4-carboxaldehyde): what
   * openchemlib's `arylCarbonyl` finds in the SMILES, written here so that a rule can ask without
   * loading openchemlib for a protocol that has no SMILES of its own (a test keeps the two equal).
   */
  arylCarbonyl?: true;
  /** Molecular formula (Hill order), e.g. "C6H10BNaO6". */
  formula?: string;
  /** g/mol, as tabulated; tests check it against the SMILES to 0.01. */
  mw?: number;
  /** g/mL, neat liquid at 20–25 °C. */
  density?: number;
  /** For solutions dosed by volume (formalin): the concentration in mol/L. */
  molarity?: number;
  /** For solutions: the substance's share by weight as sold (formalin 0.37), when the name gives none; with `mw`, a weighed mass is read. */
  strength?: number;
  /** Physical state at room temperature. */
  state?: 'solid' | 'liquid' | 'gas' | 'solution';
  /** For amines: N atoms that carry a hydrogen and can be alkylated. */
  freeNH?: number;
  /** For amines: one nitrogen carries a protecting group (Boc, Cbz). */
  protected?: boolean;
  /** For carbonyls and others: groups found in the SMILES (precomputed; tests check them). */
  groups?: Partial<FunctionalGroups>;
  /** For acids. */
  acidStrength?: 'weak' | 'strong';
  /** A reagent of another role that is an acid itself (glyoxylic acid, a carbonyl): it is the acid of its own imine step. */
  ownAcid?: boolean;
  /** For solvents. */
  protic?: boolean;
  /** For solvents: boiling point in °C (decides what `reflux` means). */
  boilingPointC?: number;
  /**
   * An amine salt (`…·2HCl`, `… ditosylate`): equivalents of acid each equivalent of it carries,
   * which acid, and whether that acid is strong (HCl, HBr, TFA, sulfonic acids: the salt without a
   * base can leave the amine fully protonated) or weak (oxalic, fumaric, maleic acid).
   */
  salt?: { acidEquiv: number; acid: string; strong: boolean };
  /**
   * For bases: the salt of a weak carboxylic acid (NaOAc). It takes up a strong acid but leaves
   * the weak acid behind, so an amine salt buffered with it still brings acid catalysis.
   */
  weakAcidSalt?: boolean;
  /** The hydrate most bottles of it are (id of that entry): the amounts note says which MW is used. */
  commonHydrate?: string;
  /** For reductants: ids of recommended solvents, best first. */
  recommendedSolvents?: string[];
  hazards: string[];
  /** One paragraph for hover, in the project's own words. */
  explanation: string;
  /** What the guide advises for this reagent (own words), with the guide section. */
  advice?: string;
  /** Where the figures come from. */
  source: string;
  /**
   * A deuterium-labelled form (NaBD4, CD3OD, D2O…): the canonical name of the unlabelled entry
   * whose chemistry it shares. Such an entry keeps that entry's id (rules that ask for NaBH4 or
   * MeOH by id or name get it too) with its own name, SMILES, formula and MW.
   */
  labelOf?: string;
  /**
   * A polymer-supported form (MP-triacetoxyborohydride, MP-cyanoborohydride): the canonical name
   * of the reagent it carries on a resin. It keeps that entry's id and chemistry; it has no MW of
   * its own, and is weighed by the loading its name gives (`(2.2 mmol/g)`: 1000 ÷ loading g per mol).
   */
  supportOf?: string;
  /**
   * Another salt of the same reactive ion (Me4NBH(OAc)3 beside NaBH(OAc)3): the canonical name of
   * the entry whose chemistry it shares — the rules that ask for that reagent (`kbIs`) get it too —
   * with its own id, name, SMILES and MW.
   */
  actsAs?: string;
  /** For a resin: mmol of reagent per gram, as the name gives it. */
  loading?: number;
}

/** Work-up vocabulary classes, matched inside free text. */
export type WorkupClass =
  | 'basic'
  | 'acidic'
  | 'brine'
  | 'water'
  | 'drying'
  | 'stationary-phase'
  | 'silica'
  | 'amine-modifier';
