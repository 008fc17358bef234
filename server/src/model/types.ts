/** The meaning of a parsed protocol: reagents with roles and amounts, and the timeline. */
import type {
  AddStmt,
  Degree,
  Document,
  ModeStmt,
  ProtocolStmt,
  Quantity,
  ReagentStmt,
  Role,
  ScaleStmt,
  SolventStmt,
  Statement,
  StepStmt,
  TargetStmt,
  Temperature,
  Token,
} from '../syntax/ast';
import type { FunctionalGroups, KbEntry } from '../kb/types';

export interface Reagent {
  alias: string;
  decl: ReagentStmt;
  /** The name as written. */
  name: string;
  /** The knowledge-base entry the name (or synonym) resolves to. */
  kb?: KbEntry;
  role?: Role;
  roleSource?: 'kb' | 'attribute' | 'smiles' | 'name';
  /** The first quantity of each kind, as written. */
  equivQ?: Quantity;
  mmolQ?: Quantity;
  massQ?: Quantity;
  volumeQ?: Quantity;
  /** A charge by weight of the substrate (`10% Pd/C 10 wt%`): a mass once the substrate's is known (amounts.ts). */
  wtPercentQ?: Quantity;
  /** Equivalents: written, or derived from mmol / scale. */
  equiv?: number;
  /** mmol: written, or derived (equiv × scale, mass / MW, volume × density / MW). */
  mmol?: number;
  /** g/mol: `mw` attribute, else knowledge base, else computed from `smiles`. */
  mw?: number;
  /** g/mL: `density` attribute, else knowledge base. */
  density?: number;
  /** A purity written after the name (`STAB, 95%` → 0.95): what is weighed holds that much of it. */
  purity?: number;
  smiles?: string;
  /** Functional groups: from the SMILES (openchemlib), else the knowledge base, else the name. */
  groups: FunctionalGroups;
  /** Free N–H count for amines (KB, SMILES, else 2 for an unprotected diazepane name). */
  freeNH?: number;
  protected: boolean;
  acidStrength?: 'weak' | 'strong';
  /** The reagent brings water (aqueous, formalin, "% in water"). */
  aqueous: boolean;
  /** Declared `limiting`. */
  limiting: boolean;
  /** The `add` events that put this reagent in the pot. */
  added: AddEvent[];
  /**
   * First added in a later stage than the first reaction (after an `isolate`; the first reaction is
   * the first stage, from the main amine's on, where a carbonyl goes in): it reacts with the
   * isolated product, not with the amine of the table, so the stoichiometry of the first
   * reaction does not count it.
   */
  laterStage?: boolean;
  /**
   * A strong acid (TFA, HCl) met this Boc-protected amine before the carbonyl it is to react
   * with: the Boc group comes off. When that happens in the amine's own stage, the model counts
   * the amine as unprotected (`protected` false, one more free N–H); after an `isolate`, it is the
   * isolated product that is deprotected, for a second reductive amination.
   */
  deprotection?: Deprotection;
  /**
   * A strong acid set out as this Boc amine's deprotection — taken off (`concentrate`, `isolate`)
   * before the carbonyl, or stirred an hour or more with it — but under 2 equiv per amine: too
   * little to take the group off. (A few minutes with a little acid, nothing taken off, may be a
   * catalyst stirred in first: not set.)
   */
  deprotectionTooLittle?: Reagent;
}

export interface Deprotection {
  /** The acid added as a reagent (TFA 10 equiv, 4 M HCl in dioxane)… */
  acid?: Reagent;
  /** …or the acid in the solvent the amine went into (`solvent DCM/TFA 4:1`). */
  solventAcid?: SolventComponent;
  /** The protecting group that comes off: Boc (by the strong acid) or Cbz (by H2 over palladium, `acid` then being the H2). */
  group: 'Boc' | 'Cbz';
  /** Every amine this acid addition deprotects (this one among them): two Boc lots, or a Boc-diazepane and a Boc-piperazine in one pot. */
  amines: Reagent[];
  /** Acid added later to the same deprotection (more TFA when it is slow), before the carbonyl; for a Cbz removal, the other hydrogenation lines of it (the catalyst declared apart from the H2). */
  moreAcids?: Reagent[];
  /** The acid as a substance: `TFA`, `HCl` (whatever solution it came in). */
  acidName: string;
  /** The `add` where acid and amine meet. */
  add: AddEvent;
  /** In a later stage than the amine's own (the isolated product is deprotected). */
  later: boolean;
  /**
   * A `concentrate` or `isolate` line comes between the acid and the next carbonyl (or, for an acid in the
   * solvent, another solvent is in force when the carbonyl goes in): the excess acid is gone,
   * its salt stays.
   */
  concentrated: boolean;
  /** The excess went with an `isolate`: the freed amine was taken out as its salt. */
  isolated?: boolean;
  /** …and that `isolate` says it was the free base (`"… (free base, after a 1 M NaOH wash)"`): no acid is left. */
  freeBase?: boolean;
  /** Index in `Model.events` of the first carbonyl added after the acid. */
  carbonylAt: number;
}

export interface SolventComponent {
  token: Token;
  kb?: KbEntry;
}

export interface SolventState {
  stmt: SolventStmt;
  components: SolventComponent[];
  /** Any component protic (MeOH, EtOH, iPrOH, water…). */
  protic: boolean;
  /** The lowest boiling point among components, if known. */
  boilingPointC?: number;
}

export interface AddEvent {
  stmt: AddStmt;
  /** How many `isolate` lines of the procedure come before it: a new stage is a new reaction on the isolated product. */
  stage: number;
  step?: StepStmt;
  /** Index of this event in `Model.events`. */
  index: number;
  reagents: Reagent[];
  /** Reagents already in the pot before this add. */
  before: Reagent[];
  solvent?: SolventState;
  /** Temperature in °C at this moment (from `at`, else the last set, else rt = 20). */
  celsius?: number;
  /** Minutes that passed since an amine and a carbonyl were both in the pot (undefined if they are not both in yet, counting this add). */
  minutesSinceMeet?: number;
}

/** A temperature the pot is brought to (by `heat`, `cool`, `reflux`, `stir … at`, `add … at`). */
export interface TemperatureEvent {
  stmt: Statement;
  temperature: Temperature;
  /** Effective °C (upper bound of a range; for `reflux`, the solvent's boiling point when known). */
  celsius?: number;
  /** An amine and a carbonyl were both in the pot at that moment. */
  afterMeet: boolean;
  solvent?: SolventState;
}

export type TimelineEvent =
  | (AddEvent & { type: 'add' })
  | { type: 'time'; stmt: Statement; minutes: number; index: number }
  | { type: 'solvent'; stmt: SolventStmt; solvent: SolventState; index: number }
  | { type: 'other'; stmt: Statement; index: number };

export interface ReductantAddition {
  reductant: Reagent;
  add: AddEvent;
  /** One-pot (direct): no time passed between the amine meeting the carbonyl and this add. */
  onePot: boolean;
}

export interface Model {
  doc: Document;
  protocol?: ProtocolStmt;
  target?: { stmt: TargetStmt; degree: Degree };
  /**
   * What 1.0 equiv is: the `scale` line, else the reagent marked `limiting` when its amount
   * can be computed (mmol, mass with MW, volume with density and MW), else — with neither — the
   * amounts weighed (`from`): a reagent written with its equiv and an amount (`how: 'equiv'`),
   * or the amine or carbonyl at the fewest mmol (`how: 'shortage'`).
   */
  scale?: { stmt?: ScaleStmt; mmol: number; limiting?: Reagent; from?: Reagent; how?: 'equiv' | 'shortage' };
  mode?: ModeStmt;
  /** Reagents in declaration order (first declaration of each alias). */
  reagents: Reagent[];
  byAlias: Map<string, Reagent>;
  /** Second and later declarations of an alias. */
  duplicateDecls: ReagentStmt[];
  /** The top-level solvent (before the first step), if any. */
  topSolvent?: SolventState;
  /** All solvent declarations in order. */
  solvents: SolventState[];
  events: TimelineEvent[];
  adds: AddEvent[];
  /**
   * Every alias of an `add` statement (in any block) that no `reagent` line declares, in the
   * order of the lines and, within a line, of the aliases (repeats included). The timeline
   * looks each alias up anyway; undeclared-reagent reads these instead of every `add` again.
   */
  undeclared: { stmt: AddStmt; alias: Token }[];
  reductantAdditions: ReductantAddition[];
  /** Every temperature set during the steps, in order. */
  temperatures: TemperatureEvent[];
  /** Convenience role lists (declared reagents of that role). */
  amines: Reagent[];
  carbonyls: Reagent[];
  reductants: Reagent[];
  acids: Reagent[];
  /**
   * The main amine: among the amines added (all declared ones if none is), a diazepane
   * before another amine, then the one with the most free N–H (it is the one that can be
   * over-alkylated), then the first declared — never an accident of the table's order.
   */
  amine?: Reagent;
  /**
   * Equivalents of the main amine in all: its own plus those of other lines of the same
   * compound (a charge written as two lots). What the stoichiometry checks compare.
   */
  amineEquiv?: number;
  /** Work-up statements in order. */
  workup: Statement[];
  workupStmt?: Statement;
  /** The solvent in force at event index i (helper). */
  solventAt(index: number): SolventState | undefined;
}
