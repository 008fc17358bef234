import { acidName, ALKYLATIONS, defineRule, formatEquiv, LARGER } from './helpers';
import type { Reagent } from '../model/types';

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
            ? amine.deprotectionTooLittle
              ? ` (one nitrogen is protected): ${tooLittle(amine.deprotectionTooLittle, model.amines)}`
              : ' (one nitrogen is protected). Deprotect first, or change the target.'
            : `. Change the target${amine.freeNH >= 1 ? ` to \`${DEGREE[amine.freeNH - 1]}\`` : ''}, or start from an amine with more free N–H.`),
      },
    ];
  },
});

/**
 * Why the acid set out to deprotect did not: 2 equiv or more per amine take a Boc group off
 * (per amine of all the Boc amines it met: two lots in one pot take twice as much).
 * An amount that 1000× would put in the usual range (2–100 equiv) is a unit slip; one that
 * 1000× would make hundreds of equivalents is only too little (`4 M HCl 0.25 mL` at 2 mmol).
 */
function tooLittle(acid: Reagent, amines: readonly Reagent[]): string {
  const per = acid.equiv! / amines.filter((a) => a.deprotectionTooLittle === acid).reduce((s, a) => s + (a.equiv ?? 0), 0);
  const q = acid.volumeQ ?? acid.massQ ?? acid.mmolQ;
  const larger = q && per * 1000 >= 2 && per * 1000 <= 100 ? LARGER[q.unit] : undefined;
  const tfa = acid.kb?.id === 'tfa';
  const usual = tfa ? ' (TFA is usually 10–20 equiv, or 20–50 % by volume in DCM)' : '';
  const slip = !q || !larger ? '.' : tfa ? `; ${q.raw} is 1000× short of that: ${q.unit} written for ${larger}?` : `; ${q.raw} in ${larger} would be ${formatEquiv(per * 1000)} equiv: ${q.unit} written for ${larger}?`;
  return `${acidName(acid)} at ${formatEquiv(per)} equiv per amine is too little to take the Boc group off — it takes 2 equiv or more${usual}${slip}`;
}
