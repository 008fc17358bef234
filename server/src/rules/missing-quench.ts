import { classifyWorkup } from '../kb';
import { acidName, acidSource, acidUsed, basicBeforeExtract, basicStatementsBeforeExtract, CYANO, defineRule, isBorohydride, kbIs, quenchEdit, reductantName } from './helpers';

/** Bicarbonate (sat. NaHCO3, KHCO3): basic, but at about pH 8.3. */
const BICARBONATE = /hco3|bicarbonate|hydrogen ?carbonate/i;

export default defineRule({
  id: 'missing-quench',
  severity: 'warning',
  category: 'workup',
  summary: 'A borohydride was used and the work-up has no basic quench before the first extraction (after NaBH3CN: none above pH 10).',
  fixes: [
    { title: 'Insert `quench sat. NaHCO3` (after NaBH3CN: `quench 1 M NaOH`) as the first work-up line; after NaBH3CN, a bicarbonate quench becomes `1 M NaOH`', safe: true },
    { title: 'After a resin reductant filtered off, with an acid in the filtrate: insert `basify sat. NaHCO3` before the first extraction', safe: true },
  ],
  check(ctx) {
    const { model } = ctx;
    const ws = model.workupStmt;
    if (!ws) return [];
    const hydride = model.reductantAdditions.find((ra) => isBorohydride(ra.reductant));
    if (!hydride) return [];
    const cyanide = model.reductantAdditions.some((ra) => kbIs(ra.reductant, CYANO));
    const firstExtract = model.workup.find((s) => s.kind === 'extract');
    // A hydride on a resin (MP-triacetoxyborohydride, PS-BH3CN) filtered off before the first
    // extraction takes its hydride, boron and cyanide with it: nothing of it is left to quench.
    // Only an acid that was added stays in the filtrate, holding the amine product as its salt.
    const resinFiltered =
      model.reductantAdditions.every((ra) => !isBorohydride(ra.reductant) || ra.reductant.kb?.supportOf !== undefined) &&
      model.workup.slice(0, firstExtract ? model.workup.indexOf(firstExtract) : model.workup.length).some((s) => s.kind === 'filter');
    if (resinFiltered) {
      if (!firstExtract || basicBeforeExtract(model) || acidSource(model) !== 'added') return [];
      const acid = model.reagents.find((r) => r.added.length > 0 && r.role === 'acid');
      const before = model.workup[model.workup.indexOf(firstExtract) - 1];
      return [
        {
          range: firstExtract.keyword.range,
          message: `${reductantName(hydride.reductant)} was filtered off, and its hydride and boron with it: there is nothing of it to quench. But ${acid ? acidName(acid) : 'the acid'} stays in the filtrate and holds the amine product as its salt, which goes into the water. Make the mixture basic (sat. NaHCO3) before the extraction.`,
          fixes: [{ title: 'Basify with sat. NaHCO3 before the extraction', edits: [ctx.edits.insertLinesAfter(before?.line ?? ws.line, ['basify sat. NaHCO3'], firstExtract.line)], safe: true }],
        },
      ];
    }
    if (basicBeforeExtract(model)) {
      // After NaBH3CN a bicarbonate quench is basic, but not basic enough (see below).
      const bases = basicStatementsBeforeExtract(model);
      const weak = bases.filter((st) => BICARBONATE.test(st.name.text));
      if (!cyanide || weak.length === 0 || weak.length < bases.length) return [];
      return weak.slice(0, 1).map((st) => ({
        range: st.name.range,
        message: `After NaBH3CN, ${st.name.text} (about pH 8.3) is not basic enough: HCN's pKa is about 9.2, so most of the cyanide is present as HCN, which is volatile and goes into the organic layer and the evaporator. Quench with 1 M NaOH (above pH 10), which keeps it in the water as the ion.`,
        fixes: [{ title: `Quench with 1 M NaOH instead of ${st.name.text}`, edits: [ctx.edits.replace(st.name.range, '1 M NaOH')], safe: true }],
      }));
    }
    // No extraction (an SCX catch-and-release, a filter-and-evaporate): the quench the rule asks
    // for is the one before the first extraction (spec), and a basic quench would spoil those.
    if (!firstExtract) return [];
    const acidic = acidUsed(model);
    // After NaBH3CN the quench must leave the cyanide as the ion (pH above 10, HCN's pKa is
    // 9.2): NaOH, not NaHCO3 (pH about 8.3). A deliberate departure from the spec's fix.
    const quench = cyanide ? '1 M NaOH' : 'sat. NaHCO3';
    // An acidic quench (`quench sat. NH4Cl`, `quench 1 M HCl`) before the extraction: the chemist did
    // quench, with the wrong kind of solution. Say so, and put the basic quench in its place: a basic
    // quench inserted before it would be neutralised by it (a deliberate departure from the spec's
    // "insert as the first line").
    const before = model.workup.slice(0, model.workup.indexOf(firstExtract));
    const acidQuench = before.find((s) => s.kind === 'quench' && classifyWorkup(s.name.text).has('acidic'));
    if (acidQuench && acidQuench.kind === 'quench') {
      const name = acidQuench.name.text;
      return [
        {
          range: acidQuench.name.range,
          message: `${name} is acidic, not basic: after ${reductantName(hydride.reductant)} the amine product stays protonated and goes into the water, ${acidic ? 'the acid and ' : ''}the boron by-products stay${cyanide ? ', and an acidic quench of NaBH3CN gives off hydrogen cyanide' : ''}. ${cyanide ? 'Quench with 1 M NaOH instead: above pH 10 the cyanide stays in the water as the ion, not as HCN.' : 'Quench with sat. NaHCO3 (or dilute NaOH) instead.'}`,
          fixes: [{ title: `Quench with ${quench} instead of ${name}`, edits: [ctx.edits.replace(acidQuench.name.range, quench)], safe: true }],
        },
      ];
    }
    return [
      {
        range: (firstExtract ?? ws).keyword.range,
        message: `${reductantName(hydride.reductant)} was used, but nothing basic is added before the extraction: ${acidic ? 'the boron by-products and the acid stay, and the protonated amine product stays in the water' : 'the boron by-products stay and can hold on to the amine product'}. ${cyanide ? 'Quench with 1 M NaOH first: above pH 10 the cyanide stays in the water as the ion, not as HCN.' : 'Quench with sat. NaHCO3 (or dilute NaOH) first.'}`,
        fixes: [{ title: `Quench with ${quench} first`, edits: [quenchEdit(ctx, ws, quench)], safe: true }],
      },
    ];
  },
});
