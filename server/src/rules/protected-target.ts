import { ALKYLATIONS, defineRule } from './helpers';

const DEGREE = ['mono', 'di', 'tri'] as const;

export default defineRule({
  id: 'protected-target',
  severity: 'error',
  category: 'chemistry',
  summary: '`target di` or `tri` with an amine that has fewer free N–H than that.',
  fixes: [],
  check({ model }) {
    const t = model.target;
    const amine = model.amine;
    if (!t || t.degree === 'mono' || !amine || amine.freeNH === undefined) return [];
    // Alkylate, take the Boc group off the isolated product, alkylate again: the route frees the
    // protected nitrogen for its second reductive amination.
    if (amine.deprotection?.later) return [];
    const need = ALKYLATIONS[t.degree];
    if (amine.freeNH >= need) return [];
    return [
      {
        range: t.stmt.value.range,
        message:
          `${t.degree}-alkylation needs ${need} free N–H, but ${amine.name} has ${amine.freeNH}` +
          (amine.protected
            ? ' (one nitrogen is protected). Deprotect first, or change the target.'
            : `. Change the target${amine.freeNH >= 1 ? ` to \`${DEGREE[amine.freeNH - 1]}\`` : ''}, or start from an amine with more free N–H.`),
      },
    ];
  },
});
