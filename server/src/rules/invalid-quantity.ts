import { defineRule } from './helpers';
import type { Model } from '../model/types';
import type { Quantity } from '../syntax/ast';
import { relativeVolumeBasisG, toMl, toMolar, wtSubstrate } from '../model/amounts';

/** Surfaces the parser's `invalid-quantity` problems, with the decimal-comma fix. */
export default defineRule({
  id: 'invalid-quantity',
  severity: 'error',
  category: 'structure',
  summary: 'A quantity is zero or negative, has an unknown unit or a unit of the wrong kind, or uses a decimal comma.',
  fixes: [{ title: 'Use a decimal point', safe: true }],
  check({ doc, model, edits }) {
    const found = doc.problems
      .filter((p) => p.rule === 'invalid-quantity')
      .map((p) => ({
        range: p.range,
        message: p.message,
        fixes: p.replacement ? [{ title: p.replacement.title, edits: [edits.replace(p.range, p.replacement.text)], safe: !p.replacement.unsafe }] : [],
      }));
    for (const s of doc.statements) {
      if (s.kind !== 'solvent' || !s.amount || !s.bracketed) continue;
      const message = solventAmountsDisagree(model, s.amount, s.bracketed);
      if (message) found.push({ range: s.bracketed.range, message, fixes: [] });
    }
    return found;
  },
});

/**
 * A solvent's volume and the concentration it makes (`solvent DCE 10 mL (0.2 M)`) must agree at
 * the scale of the header's `scale` line: else one of them is wrong, and which is not for rxn
 * to guess. The message, or undefined when they agree (within a tenth, or the rounding of the
 * concentration as written) or there is no `scale` line in mmol (a scale worked out from a
 * `limiting` reagent or from the amounts is not checked against).
 */
function solventAmountsDisagree(model: Model, a: Quantity, b: Quantity): string | undefined {
  if (a.kind === 'relvolume' || b.kind === 'relvolume') return relativeVolumeDisagrees(model, a, b);
  const scale = model.scale;
  if (!scale?.stmt) return undefined;
  const vol = a.kind === 'volume' ? a : b;
  const conc = a.kind === 'volume' ? b : a;
  if (vol.kind !== 'volume' || conc.kind !== 'concentration') return undefined;
  const mmol = scale.mmol;
  const mL = toMl(vol.value, vol.unit);
  const M = toMolar(conc.value, conc.unit);
  if (!(mmol > 0 && mL > 0 && M > 0)) return undefined;
  const made = mmol / mL;
  const decimals = /\.(\d+)/.exec(conc.raw)?.[1].length ?? 0;
  const slack = Math.max(0.1 * M, toMolar(0.5 * Math.pow(10, -decimals), conc.unit));
  if (Math.abs(made - M) <= slack) return undefined;
  const shown = made >= 0.1 ? `${+made.toPrecision(2)} M` : `${+(made * 1000).toPrecision(2)} mM`;
  return `${vol.raw} at the scale of ${scale.stmt.quantity.raw} makes ${shown}, not ${conc.raw}: correct the volume or the concentration.`;
}

/**
 * A volume and the volumes relative to the limiting reagent it stands for (`400 mL (10 vol)`, as a
 * batch record gives both) must agree within a tenth, or the rounding of the relative volume as
 * written, when that reagent's mass is known: else the message, naming what the volume makes.
 */
function relativeVolumeDisagrees(model: Model, a: Quantity, b: Quantity): string | undefined {
  const vol = a.kind === 'volume' ? a : b;
  const rel = a.kind === 'relvolume' ? a : b;
  if (vol.kind !== 'volume' || rel.kind !== 'relvolume') return undefined;
  const of = wtSubstrate(model);
  const g = of ? relativeVolumeBasisG(model, of) : undefined;
  const mL = toMl(vol.value, vol.unit);
  if (!(g !== undefined && g > 0 && mL > 0 && rel.value > 0)) return undefined;
  const made = mL / g;
  const decimals = /\.(\d+)/.exec(rel.raw)?.[1].length ?? 0;
  const slack = Math.max(0.1 * rel.value, 0.5 * Math.pow(10, -decimals));
  if (Math.abs(made - rel.value) <= slack) return undefined;
  return `${vol.raw} for ${+g.toPrecision(3)} g of '${of!.alias}' is ${+made.toPrecision(2)} vol (mL per g), not ${rel.raw}: correct the volume or the volumes.`;
}
