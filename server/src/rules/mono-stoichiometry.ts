import { acidAt, amineWord, catalystName, counted, defineRule, equivRange, formatEquiv, hydrideReductants, monoExcessShortfall, proseName, renameReagentEdit, setAmineEquivEdits, slippedReagents, sumEquiv } from './helpers';
import type { Finding } from './types';

export default defineRule({
  id: 'mono-stoichiometry',
  severity: 'error',
  category: 'chemistry',
  summary: '`target mono` with an unprotected diazepane that is not in excess over the carbonyl and the reductant.',
  fixes: [
    { title: 'Set the amine to 2 × max(carbonyl, reductant) equiv', safe: true },
    { title: 'Switch to 1-Boc-1,4-diazepane', safe: false },
  ],
  check(ctx) {
    const { model } = ctx;
    const carbonyl = sumEquiv(counted(model.carbonyls));
    const reductant = sumEquiv(hydrideReductants(model.reductants));
    const shortfall = monoExcessShortfall(model, carbonyl, reductant);
    if (!shortfall) return [];
    const { amine, target, total, short } = shortfall;
    // A diazepane marked `limiting` is what you have 1.0 equiv of: tripling it is a decision
    // (or the other reagents should come down), not something "Fix all" may do.
    // An amount that is a unit slip (`benzaldehyde 534 mL`) is no measure to scale the amine to.
    const slip = slippedReagents(model).size > 0;
    const raise = setAmineEquivEdits(ctx, amine, target);
    const fixes = [{ title: `Set '${amine.alias}' to ${formatEquiv(target)} equiv${raise.title}`, edits: raise.edits, safe: !amine.limiting && !slip, preferred: !slip }];
    // (One line of it: with lots on several lines, renaming one would leave the others free.)
    if (/^1,4-diazepane$|^homopiperazine$/i.test(amine.kb?.name ?? amine.name) && ctx.model.amineEquiv === amine.equiv)
      fixes.push({ title: 'Switch to 1-Boc-1,4-diazepane (one nitrogen protected)', edits: [renameReagentEdit(ctx, amine, '1-Boc-1,4-diazepane')], safe: false, preferred: false });
    // A Boc group taken off before the carbonyl goes in leaves the free diamine (see the model's
    // `deprotection`): the protection helps only if it stays on through the alkylation.
    const advice = amine.deprotection
      ? `${amine.deprotection.group === 'Cbz' ? `H2 over ${catalystName([amine.deprotection.acid!])}` : amine.deprotection.acid ? acidAt(amine.deprotection.acid, '') : `${amine.deprotection.acidName} in the solvent`} takes the ${amine.deprotection.group} group off ${proseName(amine)} before the carbonyl goes in: alkylate the ${amine.deprotection.group}-protected amine first and deprotect afterwards, or use about ${formatEquiv(total)} equiv of ${proseName(amine)}.`
      : `Use about ${formatEquiv(total)} equiv of ${amineWord(amine)}, or a mono-Boc-protected one.`;
    const result: Finding[] = [
      {
        range: equivRange(amine),
        message: `For mono-alkylation ${amineWord(amine)} must be in excess, but ${formatEquiv(ctx.model.amineEquiv!)} equiv${ctx.model.amineEquiv !== amine.equiv ? ' in all' : ''} is not more than ${short.join(' and ')} (${short.length > 1 ? `${formatEquiv(carbonyl)} / ${formatEquiv(reductant)}` : formatEquiv(short[0] === 'the reductant' ? reductant : carbonyl)} equiv): ${(amine.freeNH ?? 2) > 2 ? 'several of its nitrogens react and you get mixtures of mono- and poly-alkylated products' : 'both nitrogens react and you get mono/di mixtures'}. ${advice}`,
        fixes,
      },
    ];
    return result;
  },
});
