/** Protocols used by the LSP tests (written out here so a change to samples/ cannot move them). */
import { SPEC_EXAMPLE } from '../fixtures/example';

/** The example of the language spec: a clean protocol (no diagnostics). */
export const EXAMPLE = SPEC_EXAMPLE;

/** NaBH4 right behind the aldehyde, in methanol (troubleshooting case Q2). */
export const NABH4_ONE_POT = `# NaBH4 went in right behind the aldehyde.
protocol "1-Benzyl-1,4-diazepane (NaBH4, one-pot attempt)"
target mono
scale 10 mmol

reagent diazepane = 1,4-diazepane 3.0 equiv
reagent ald       = benzaldehyde  1.0 equiv
reagent nabh4     = NaBH4         1.5 equiv
solvent MeOH 0.5 M

step "Reaction"
  add diazepane
  cool to 0 °C
  add ald
  add nabh4 portionwise
  stir 3 h at rt

workup
  quench sat. NaHCO3
  concentrate
  extract DCM x3
  wash brine
  dry Na2SO4
  concentrate
  purify silica DCM/MeOH 9:1 + 1% Et3N
`;

/** Three problems with safe fixes: a decimal comma, no basic quench, plain silica. */
export const SAFE_FIXABLE = `protocol "Benzylation"
target mono
scale 5 mmol

reagent diazepane = 1,4-diazepane 3,0 equiv
reagent ald = benzaldehyde 1.0 equiv
reagent stab = NaBH(OAc)3 1.5 equiv
reagent acid = AcOH 1.0 equiv
solvent DCE 0.2 M

step "Reaction"
  add diazepane, ald, acid
  add stab portionwise
  stir 16 h at rt

workup
  extract DCM x3
  dry Na2SO4
  purify silica DCM/MeOH 9:1
`;

/** Non-ASCII before a flagged token: an emoji (two UTF-16 units), µ, ° and Å in a quoted name, then a decimal comma. */
export const UNICODE = `protocol "Test 🧪 µ° Å"
target mono
scale 5 mmol

reagent diazepane = 1,4-diazepane 3.0 equiv
reagent ald = "🧪-µ°Å-benzaldehyde" 1,0 equiv
reagent stab = NaBH(OAc)3 1.5 equiv
reagent acid = AcOH 1.0 equiv
solvent DCE 0.2 M

step
  add diazepane, ald, acid
  add stab
  stir 2 h at rt

workup
  quench sat. NaHCO3
  extract DCM x3
  dry Na2SO4
  purify silica DCM/MeOH 9:1 + 1% Et3N
`;
