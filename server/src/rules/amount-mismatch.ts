import { convertFromMmol, CO_SOLVENT_KETONES, defineRule, formatEquiv, formatSig, isHydrogenation, LARGER, SMALLER, setEquivEdits, unitSlipOf } from './helpers';
import type { Finding } from './types';
import type { Quantity } from '../syntax/ast';
import type { Model, Reagent } from '../model/types';
import { quantityMmol, toGrams, toMl } from '../model/amounts';
import { formatMass, formatScale, formatVolume } from '../features/common';

const TOLERANCE = 0.05;

/** An amount in the quantity's unit, as the amounts table writes it (3391 mg is 3.39 g). */
function asChemistWrites(q: Quantity, value: number): string {
  if (q.kind === 'mass') return formatMass(toGrams(value, q.unit));
  if (q.kind === 'volume') return formatVolume(toMl(value, q.unit));
  return `${formatSig(value)} ${q.unit}`;
}

/**
 * How far the written quantity is off: a percentage when it is close, a factor when it is
 * not — and a factor of 1000 is the slip between mg and g (µL and mL, mmol and mol).
 */
function howFarOff(q: Quantity, ratio: number): string {
  const factor = ratio >= 1 ? ratio : 1 / ratio;
  if (factor < 1.5) return `off by ${Math.round(Math.abs(ratio - 1) * 100)} %`;
  // (Named, not "10× more than that": "that" could be either amount.)
  const times = `the ${q.raw} written is ${formatSig(factor, 2)}× too ${ratio > 1 ? 'much' : 'little'}`;
  if (Math.abs(factor / 1000 - 1) > 0.1) return times;
  // Written 1000× too small: the smaller unit for the larger (mg for g); too large: the other way.
  const meant = ratio < 1 ? LARGER[q.unit] : SMALLER[q.unit];
  return meant ? `${times}: ${q.unit} written for ${meant}?` : times;
}
/**
 * ` at scale 5 mmol`; for a scale read from the amounts (no `scale` line), where it came from:
 * ` at 50.0 mmol per equiv (from 'ald')`.
 */
function atScale(model: Model, scale: number): string {
  const from = model.scale?.from;
  return from ? ` at ${formatScale(scale, formatSig)} per equiv (from '${from.alias}')` : ` at scale ${formatScale(scale, (n) => String(Number(n.toPrecision(6))))}`;
}

/**
 * A lone amount that cannot be meant for this scale, and would be with the unit 1000× apart:
 * `benzaldehyde 534 mL` at 5 mmol is 1050 equiv; 534 µL is 1.05. (Solvents, drying agents,
 * catalysts, acids and small ketones can be used in bulk and are left alone — an acid unless its
 * volume is more than the reaction's solvent: `AcOH 286 mL` in 25 mL of DCE.)
 */
function unitSlip(ctx: Parameters<import('./types').Rule['check']>[0], r: Reagent, q: Quantity, scale: number): Finding | undefined {
  const slip = unitSlipOf(r, q, scale, ctx.model);
  if (!slip) return undefined;
  const { equiv, meant, fixedEquiv } = slip;
  const unitRange = { start: { line: q.range.end.line, character: q.range.end.character - q.unitText.length }, end: q.range.end };
  return {
    range: q.range,
    message: `${q.raw} of ${r.name} is ${equiv > 100 ? String(Math.round(equiv)) : formatSig(equiv, 2)} equiv${atScale(ctx.model, scale)} — far ${equiv > 100 ? 'more' : 'less'} than any protocol uses; ${formatSig(q.value)} ${meant} would be ${formatEquiv(fixedEquiv)} equiv: ${q.unit} written for ${meant}?`,
    fixes: [{ title: `Change ${q.unit} to ${meant}`, edits: [ctx.edits.replace(unitRange, meant)], safe: false }],
  };
}



export default defineRule({
  id: 'amount-mismatch',
  severity: 'warning',
  category: 'structure',
  summary: 'Two quantities of one reagent (or a quantity and `scale`) disagree by more than 5 %.',
  fixes: [{ title: 'Make the other quantities agree with the equiv', safe: false }],
  check(ctx) {
    const { model } = ctx;
    const scale = model.scale?.mmol;
    const out: Finding[] = [];
    for (const r of model.reagents) {
      const qs = r.decl.quantities.filter((q) => !q.invalid && q.kind !== 'percent');
      if (qs.length === 1 && scale !== undefined) {
        const slip = unitSlip(ctx, r, qs[0], scale);
        if (slip) out.push(slip);
      }
      if (qs.length < 2) continue;
      // The reference: the equiv (with scale), else the first quantity that gives mmol.
      let ref: Quantity | undefined;
      let refMmol: number | undefined;
      for (const q of qs) {
        const m = quantityMmol(q, r, scale);
        if (m === undefined) continue;
        if (q.kind === 'equiv' || ref === undefined) {
          ref = q;
          refMmol = m;
          if (q.kind === 'equiv') break;
        }
      }
      if (!ref || refMmol === undefined || refMmol <= 0) continue;
      for (const q of qs) {
        if (q === ref) continue;
        const m = quantityMmol(q, r, scale);
        if (m === undefined) continue;
        const diff = Math.abs(m - refMmol) / refMmol;
        if (diff <= TOLERANCE) continue;
        const expected = convertFromMmol(q, refMmol, r);
        const equiv = ref.kind === 'equiv' ? ref.value : scale ? refMmol / scale : undefined;
        const decimal = decimalSlip(ctx, r, q, m / refMmol, qs, ref, refMmol, scale);
        const fixes = mismatchFixes(ctx, r, q, m, ref, equiv, scale, qs);
        out.push({
          range: q.range,
          message:
            `${q.raw} of ${r.name} does not match ${ref.raw}` +
            (scale !== undefined && ref.kind === 'equiv' ? atScale(ctx.model, scale) : '') +
            (expected !== undefined ? `: that would be ${asChemistWrites(q, expected)}` : '') +
            ` (${howFarOff(q, m / refMmol)}${decimal ? `: a misplaced decimal point, ${decimal} ${q.unit} meant?` : ''}). Measuring out the wrong amount changes the stoichiometry.`,
          fixes: decimal
            ? [{ title: `Change ${q.raw} to ${decimal} ${q.unit}`, edits: [ctx.edits.replace(q.valueRange, decimal)], safe: false, preferred: true }, ...fixes.map((f) => ({ ...f, preferred: false }))]
            : fixes,
        });
      }
    }
    // `limiting` says this reagent is what 1.0 equiv means: it must agree with the scale,
    // and only one reagent can be it.
    const limiting = model.reagents.filter((r) => r.limiting);
    for (const r of limiting.slice(1)) {
      out.push({
        range: r.decl.limiting!.range,
        message: `'${limiting[0].alias}' is already marked limiting; only one reagent defines 1.0 equiv. Remove \`limiting\` from one of them.`,
        fixes: [],
      });
    }
    const lim = limiting[0];
    if (lim && model.scale && model.scale.limiting !== lim) {
      const equiv = lim.equivQ && !lim.equivQ.invalid ? lim.equivQ.value : lim.mmol !== undefined ? lim.mmol / model.scale.mmol : undefined;
      if (equiv !== undefined && Math.abs(equiv - 1) > TOLERANCE) {
        out.push({
          range: lim.decl.limiting!.range,
          message: `'${lim.alias}' is marked limiting, so it should be at 1.0 equiv (the scale, ${formatScale(model.scale.mmol, formatSig)}), but it is at ${formatEquiv(equiv)} equiv. Mark the reagent that is at 1.0 equiv, or correct the amounts.`,
          fixes: [],
        });
      }
    }
    return out;
  },
});

/**
 * An amount 10× off (within the tolerance) from the line's other amounts, which agree with each
 * other: the decimal point moved one place (`1.02 mL` for 0.102 mL, `24 mmol` for 2.4 mmol,
 * `4.24 g` for 0.424 g). The written figure with the point moved back; undefined when it is not
 * that. Only for what is measured in small amounts — amine, carbonyl, reductant, base: not an acid
 * or a ketone that can be run at 10 equiv — and only when something besides the equiv says the
 * line's other amount is right: another amount written on the line that agrees with it, or, when
 * the equiv is the reference, another reagent whose weighed amount agrees with its own equiv at
 * this scale (else the `scale` line may be the slip). Not when the other amounts disagree among
 * themselves (`1.0 equiv, 10 mmol, 1.02 mL`: the volume agrees with the mmol, the equiv is the odd
 * one), nor when the amount written is what 1.0 equiv would be (`10 equiv, 100 mg` of a 100 g/mol
 * amine at 1 mmol: the mass worked out for 1.0 equiv and never multiplied, not a moved point).
 */
function decimalSlip(
  ctx: import('./types').RuleContext,
  r: Reagent,
  q: Quantity,
  ratio: number,
  qs: Quantity[],
  ref: Quantity,
  refMmol: number,
  scale: number | undefined,
): string | undefined {
  if (q.kind !== 'volume' && q.kind !== 'mass' && q.kind !== 'amount') return undefined;
  if (r.role !== 'amine' && r.role !== 'carbonyl' && r.role !== 'reductant' && r.role !== 'base') return undefined;
  if (isHydrogenation(r) || (r.role === 'carbonyl' && CO_SOLVENT_KETONES.has(r.kb?.id ?? ''))) return undefined;
  const factor = ratio >= 1 ? ratio : 1 / ratio;
  if (Math.abs(factor / 10 - 1) > TOLERANCE) return undefined;
  let agreeing = false;
  for (const x of qs) {
    if (x === q || x === ref) continue;
    const m = quantityMmol(x, r, scale);
    if (m === undefined) continue;
    if (Math.abs(m - refMmol) / refMmol > TOLERANCE) return undefined;
    agreeing = true;
  }
  const m = quantityMmol(q, r, scale);
  if (ref.kind === 'equiv' && scale !== undefined) {
    // The amount of 1.0 equiv, written beside 10 equiv (or 0.1): not multiplied by the equiv.
    if (m !== undefined && Math.abs(m / scale - 1) <= TOLERANCE) return undefined;
    if (!agreeing && !scaleBacked(ctx.model, r, scale)) return undefined;
  } else if (!agreeing) return undefined;
  const written = ctx.doc.lines[q.valueRange.start.line].text.slice(q.valueRange.start.character, q.valueRange.end.character);
  return movePoint(written, ratio > 1 ? -1 : 1) ?? String(Number((ratio > 1 ? q.value / 10 : q.value * 10).toPrecision(12)));
}

/** Another reagent's weighed amount (mmol, mass, volume) agrees with its own equiv at this scale: the scale is right. */
function scaleBacked(model: Model, r: Reagent, scale: number): boolean {
  return model.reagents.some((o) => {
    if (o === r || !o.equivQ || o.equivQ.invalid || !(o.equivQ.value > 0)) return false;
    const want = o.equivQ.value * scale;
    return o.decl.quantities.some((x) => {
      if (x.invalid || x.kind === 'equiv' || x.kind === 'percent') return false;
      const m = quantityMmol(x, o, scale);
      return m !== undefined && Math.abs(m - want) / want <= TOLERANCE;
    });
  });
}

/**
 * The written figure with its decimal point moved one place (`dir` −1: left, 24 → 2.4, 2.0 → 0.20;
 * +1: right, 0.57 → 5.7, 10 → 100), keeping the digits as written; undefined for a form it does
 * not handle (an exponent, a decimal comma).
 */
function movePoint(text: string, dir: -1 | 1): string | undefined {
  const m = /^(\d*)(?:\.(\d*))?$/.exec(text);
  if (!m || (m[1] === '' && !m[2])) return undefined;
  const digits = m[1] + (m[2] ?? '');
  let at = m[1].length + dir;
  let padded = digits;
  if (at <= 0) {
    padded = '0'.repeat(1 - at) + padded;
    at = 1;
  }
  if (at > padded.length) padded += '0'.repeat(at - padded.length);
  const int = padded.slice(0, at).replace(/^0+(?=\d)/, '');
  const frac = padded.slice(at);
  return frac ? `${int}.${frac}` : int;
}

/**
 * Make the line agree with its equiv; and, when two or more weighed amounts agree with each
 * other (`2.12 g, 2.04 mL`) and only the equiv differs, the other way round first: the equiv
 * is then the likelier typo, and the fix sets it to what was weighed.
 */
function mismatchFixes(
  ctx: import('./types').RuleContext,
  r: Reagent,
  q: Quantity,
  qMmol: number,
  ref: Quantity,
  equiv: number | undefined,
  scale: number | undefined,
  qs: Quantity[],
): import('../types').Fix[] {
  if (equiv === undefined || scale === undefined) return [];
  const fixes: import('../types').Fix[] = [{ title: `Make the amounts of '${r.alias}' agree with ${formatEquiv(equiv)} equiv`, edits: setEquivEdits(ctx, r, equiv), safe: false }];
  if (ref.kind !== 'equiv') return fixes;
  const fromAmount = qMmol / scale;
  if (!Number.isFinite(fromAmount) || fromAmount <= 0) return fixes;
  const weighed = qs.filter((x) => x.kind !== 'equiv').map((x) => quantityMmol(x, r, scale)).filter((m): m is number => m !== undefined);
  const agree = weighed.length >= 2 && weighed.every((m) => Math.abs(m - qMmol) / qMmol <= TOLERANCE);
  // Only the equiv changes: the weighed amounts are what was measured.
  const fromIt = { title: `Set '${r.alias}' to ${formatEquiv(fromAmount)} equiv (what ${q.raw} is)`, edits: [ctx.edits.replace(ref.valueRange, formatEquiv(fromAmount))], safe: false, preferred: agree };
  // Offered only then: one weighed amount against the equiv says nothing about which is wrong.
  return agree ? [fromIt, ...fixes] : fixes;
}
