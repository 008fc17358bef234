import { CYANO, defineRule, kbIs, proticSolventsFor, replaceSolventEdit, STAB, switchReagentEdits } from './helpers';
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
      const edits = [...switchReagentEdits(ctx, r, STAB, 'stab', { fallbackEquiv: 1.5 }), ...protic.map((s) => replaceSolventEdit(ctx, s, 'DCE'))];
      out.push({
        range: r.decl.name.range,
        message:
          'NaBH3CN is highly toxic, and it and its work-up waters can give off hydrogen cyanide; the waste needs cyanide handling. NaBH(OAc)3 is as selective for the iminium and far safer — consider it unless you need a protic solvent.',
        fixes: [{ title: `Switch '${r.alias}' to NaBH(OAc)3${protic.length ? ' in DCE' : ''}`, edits, safe: false }],
      });
    }
    return out;
  },
});
