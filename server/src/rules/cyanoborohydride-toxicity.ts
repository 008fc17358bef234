import { alcoholSolutionInRun, reductantName, CYANO, defineRule, formatEquiv, kbIs, proticSolventsFor, replaceSolventEdit, setAmineEquivEdits, STAB, switchAmount, switchReagentEdits } from './helpers';
import type { Finding } from './types';

export default defineRule({
  id: 'cyanoborohydride-toxicity',
  severity: 'info',
  category: 'chemistry',
  summary: 'NaBH3CN is used: it is highly toxic and its waste contains cyanide; NaBH(OAc)3 usually does the same job.',
  fixes: [{ title: 'Switch to NaBH(OAc)3 (and DCE if the solvent is protic)', safe: false }],
  check(ctx) {
    const out: Finding[] = [];
    for (const r of ctx.model.reagents) {
      if (!kbIs(r, CYANO)) continue;
      const protic = proticSolventsFor(ctx.model, r.added);
      // As nabh4-one-pot's switch: a line without an amount gets what the iminium needs, and
      // the diazepane stays in excess over it.
      const { fallback, raise } = switchAmount(ctx.model, r);
      const raised = raise ? setAmineEquivEdits(ctx, raise.amine, raise.target) : undefined;
      const edits = [
        ...switchReagentEdits(ctx, r, STAB, 'stab', { fallbackEquiv: fallback }),
        ...protic.map((s) => replaceSolventEdit(ctx, s, 'DCE')),
        ...(raised?.edits ?? []),
      ];
      // The deuterium-labelled reagent is there for its label: NaBH(OAc)3 would not put it in.
      if (r.kb?.labelOf) {
        out.push({
          range: r.decl.name.range,
          message: `${r.kb.name} is as toxic as NaBH3CN: it and its aqueous work-up can release hydrogen cyanide, and the waste must be treated as cyanide waste. Work in a fume hood and quench basic (1 M NaOH).`,
        });
        continue;
      }
      // On a resin the cyanide is mostly filtered off with it; swapping in NaBH(OAc)3 would drop
      // the resin's work-up (filter, no quench), so no switch is offered: the resin STAB is named.
      if (r.kb?.supportOf) {
        out.push({
          range: r.decl.name.range,
          message: `${reductantName(r)} carries cyanoborohydride on a resin: filtering it off keeps most of the cyanide out of the product, but acid still sets hydrogen cyanide free from it and the spent resin is cyanide waste. MP-triacetoxyborohydride does the same job on a resin without cyanide.`,
        });
        continue;
      }
      // A reagent dosed as a solution in MeOH would stay in the pot of NaBH(OAc)3: no switch then.
      const inAlcohol = alcoholSolutionInRun(ctx.model);
      out.push({
        range: r.decl.name.range,
        message:
          'NaBH3CN is highly toxic: it and its aqueous work-up can release hydrogen cyanide, and the waste must be treated as cyanide waste. NaBH(OAc)3 is as selective for the iminium and far safer — consider it unless you need a protic solvent.',
        fixes: inAlcohol ? [] : [{ title: `Switch '${r.alias}' to NaBH(OAc)3${protic.length ? ' in DCE' : ''}${raise ? ` and '${raise.amine.alias}' to ${formatEquiv(raise.target)} equiv (to keep it in excess)${raised!.title}` : ''}`, edits, safe: false }],
      });
    }
    return out;
  },
});
