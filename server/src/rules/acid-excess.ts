import { ACOH, defineRule, exceedsEquiv, firstAddIndex, formatEquiv, kbIs, removeReagentEdits, setEquivEdits, slippedReagents, sumEquiv } from './helpers';
import type { Finding } from './types';

/** 2.0 equiv at most, within the tolerance of every equiv comparison (1.15 mL at 10 mmol is 2.01 equiv, measured for 2.0). */
const MOST = 2.0;

export default defineRule({
  id: 'acid-excess',
  severity: 'info',
  category: 'chemistry',
  summary: 'AcOH above 2.0 equiv (when it is a reagent, not the solvent), on one line or in all.',
  fixes: [{ title: 'Set AcOH to 1.0 equiv', safe: false }],
  check(ctx) {
    const out: Finding[] = [];
    const all = ctx.model.reagents.filter((r) => kbIs(r, ACOH) && r.equiv !== undefined && r.added.length > 0);
    // AcOH lines add up within a reaction: after an `isolate` the next one starts afresh
    // (1.0 equiv for a benzylation, 2.0 for a methylation of the isolated product).
    const stages = new Map<number, typeof all>();
    for (const r of all) {
      const list = stages.get(r.added[0].stage);
      if (list) list.push(r);
      else stages.set(r.added[0].stage, [r]);
    }
    // `AcOH 286 mL` for 286 µL is amount-mismatch's unit slip: one finding, with the unit fix.
    const slipped = slippedReagents(ctx.model);
    for (const r of ctx.model.reagents) {
      if (!kbIs(r, ACOH) || r.equiv === undefined || !exceedsEquiv(r.equiv, MOST) || slipped.has(r)) continue;
      // With other AcOH lines in the pot, the total is what counts (below).
      if (r.added.length > 0 && stages.get(r.added[0].stage)!.length > 1) continue;
      out.push({
        range: r.equivQ?.range ?? r.decl.name.range,
        message: `${formatEquiv(r.equiv)} equiv of AcOH is more than the 1–2 equiv that catalyses imine formation; the extra acid protonates more of the amine and slows the reaction. 1.0 equiv is a good start.`,
        fixes: () => [{ title: 'Set AcOH to 1.0 equiv', edits: setEquivEdits(ctx, r, 1.0), safe: false }],
      });
    }
    // Several AcOH lines, none above 2.0 but more than 2.0 in all (`acid 2.0 equiv` and a second
    // `acid2 2.0 equiv` for a second round): the amine meets the total. Reported once, on the
    // line that goes in last, which the fix lowers (or removes) to bring the total to 2.0.
    // A line above 2.0 on its own is the one to lower (`a1 3.0` + `a2 0.5`: lowering a2 could not help).
    for (const added of stages.values()) {
      if (added.length < 2) continue;
      const total = sumEquiv(added);
      if (exceedsEquiv(total, MOST)) {
        const over = added.filter((r) => exceedsEquiv(r.equiv!, MOST)).sort((a, b) => b.equiv! - a.equiv!)[0];
        const last = over ?? [...added].sort((a, b) => firstAddIndex(a) - firstAddIndex(b))[added.length - 1];
        const rest = total - last.equiv!;
        const lowered = Number(formatEquiv(2.0 - rest));
        out.push({
          range: last.equivQ?.range ?? last.decl.name.range,
          message: `AcOH comes to ${formatEquiv(total)} equiv in all (${added.map((r) => `'${r.alias}' ${formatEquiv(r.equiv!)}`).join(' + ')}), more than the 1–2 equiv that catalyses imine formation; the extra acid protonates more of the amine and slows the reaction.`,
          // (Worked out when asked for: removing the line reads every `add` line of the document.)
          fixes: () => [
            lowered >= 0.1
              ? { title: `Lower '${last.alias}' to ${formatEquiv(lowered)} equiv (2.0 equiv of AcOH in all)`, edits: setEquivEdits(ctx, last, lowered), safe: false }
              : { title: `Remove '${last.alias}' (the other AcOH comes to ${formatEquiv(rest)} equiv already)`, edits: removeReagentEdits(ctx, last), safe: false },
          ],
        });
      }
    }
    return out;
  },
});
