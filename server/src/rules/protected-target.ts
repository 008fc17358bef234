import { acidAt, acidName, ALKYLATIONS, andList, baseInPot, defineRule, formatEquiv, LARGER, laterDeprotectionSubject, proseName, tooLittleDeprotections } from './helpers';
import type { Finding } from './types';
import type { Model, Reagent } from '../model/types';

const DEGREE = ['mono', 'di', 'tri'] as const;

export default defineRule({
  id: 'protected-target',
  severity: 'error',
  category: 'chemistry',
  summary: '`target di` or `tri` with an amine that has fewer free N–H than that; with `target mono`, a Boc deprotection set out with too little acid to take the group off.',
  fixes: [],
  check({ model }) {
    const t = model.target;
    const amine = model.amine;
    if (t?.degree === 'mono') return monoTooLittle(model);
    if (!t || !amine || amine.freeNH === undefined) return [];
    // Alkylate, take the Boc group off the isolated product, alkylate again: the route frees the
    // protected nitrogen for its second reductive amination.
    const need = ALKYLATIONS[t.degree];
    if (amine.deprotection?.later) {
      // The route frees one more N–H on the isolated product: enough for `di` on a Boc-diazepane, never
      // for `tri` (a diazepane has two ring nitrogens).
      const reach = amine.freeNH + 1;
      if (reach >= need) return [];
      const d = amine.deprotection;
      return [
        {
          range: t.stmt.value.range,
          message: `${t.degree}-alkylation needs ${need} free N–H, but ${amine.name} has ${amine.freeNH}, and taking the ${d.group} group off the isolated product frees one more: ${reach} in all, each alkylated once by this route. Change the target to \`${DEGREE[reach - 1]}\`, or start from an amine with more N–H (1,4-diazepan-6-amine, DAZA, has 3).`,
        },
      ];
    }
    if (amine.freeNH >= need) return [];
    return [
      {
        range: t.stmt.value.range,
        message:
          `${t.degree}-alkylation needs ${need} free N–H, but ${amine.name} has ${amine.freeNH}` +
          (amine.protected
            ? amine.deprotectionTooLittle && tooLittleDeprotections(model).has(amine.deprotectionTooLittle)
              ? ` (one nitrogen is protected)${laterStep(model, amine.deprotectionTooLittle)}: ${tooLittle(amine.deprotectionTooLittle, model.amines)}`
              : ' (one nitrogen is protected). Deprotect first, or change the target.'
            : `. Change the target${amine.freeNH >= 1 ? ` to \`${DEGREE[amine.freeNH - 1]}\`` : ''}, or start from an amine with more free N–H.`),
      },
    ];
  },
});

/**
 * `target mono` with an acid step set out to take the Boc group off before the carbonyl, at under
 * 2 equiv per amine (the model's `deprotectionTooLittle`): the mono target is reachable, but not
 * the way the protocol means — the Boc group stays on and the product keeps it. (Alkylating the
 * Boc amine as it is, the usual mono route, needs no acid step: the step only makes sense as a
 * deprotection.) The squiggle is on the acid's amount.
 */
function monoTooLittle(model: Model): Finding[] {
  const out: Finding[] = [];
  for (const [acid, { amines }] of tooLittleDeprotections(model)) {
    const ev = acid.added[0];
    // (Two lots of one amine are one name, and one amine.)
    const distinct = [...new Set(amines.map(proseName))];
    const names = andList(distinct);
    const several = distinct.length > 1;
    // After an `isolate` it is the isolated product the acid was to deprotect.
    const later = !!ev && amines.every((a) => ev.stage > (a.added[0]?.stage ?? 0));
    const what = later ? (several ? 'the isolated products' : 'the isolated product') : several ? 'the amines' : 'the amine';
    const salt = acid.kb?.name ?? acidName(acid);
    // What the acid makes of the amine: its salt, which a base in the pot when the carbonyl goes in frees.
    const carbonyl = model.carbonyls
      .flatMap((c) => c.added)
      .filter((a) => a.index > (ev?.index ?? -1))
      .sort((a, b) => a.index - b.index)[0];
    const freed = !!carbonyl && baseInPot(carbonyl) > 0;
    const kept = later
      ? `the Boc ${several ? 'groups stay' : 'group stays'} on, so the next carbonyl finds no free N–H on ${several ? 'them' : 'it'}. Use 2 equiv or more.`
      : `the Boc ${several ? 'groups stay' : 'group stays'} on: the carbonyl alkylates the free N–H of ${names}, and the ${several ? 'products keep their Boc groups' : 'product keeps the Boc group'}. Use 2 equiv or more to deprotect first; or, to alkylate the Boc ${several ? 'amines' : 'amine'} as ${several ? 'they are' : 'it is'} (the usual route to a mono product), leave out the acid step.`;
    const q = acid.volumeQ ?? acid.massQ ?? acid.mmolQ;
    out.push({
      range: acid.equivQ?.range ?? q?.range ?? acid.decl.name.range,
      message:
        `The acid step is set out to take the Boc ${several ? 'groups' : 'group'} off ${later ? what : names} before the ${later ? 'next ' : ''}carbonyl goes in, but ${tooLittle(acid, model.amines)} ` +
        `That much only makes ${/^[HM]/.test(salt) ? 'an' : 'a'} ${salt} salt of ${what}${freed ? '' : `, which a base (Et3N or DIPEA) must free before the carbonyl`}, and ${kept}`,
    });
  }
  return out;
}

/**
 * After an `isolate`, the acid step is meant to free that nitrogen on the isolated product (the
 * route "alkylate, deprotect, alkylate"): said so, naming the product, before why it does not.
 */
function laterStep(model: Model, acid: Reagent): string {
  const ev = acid.added[0];
  const amines = tooLittleDeprotections(model).get(acid)?.amines ?? [];
  const subject = ev && laterDeprotectionSubject(model, amines, 'Boc', ev);
  return subject ? `, and the acid step after the \`isolate\` is there to free it on ${subject}` : '';
}

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
  return `${acidAt(acid, ` at ${formatEquiv(per)} equiv per amine`)} is too little to take the Boc group off — it takes 2 equiv or more${usual}${slip}`;
}
