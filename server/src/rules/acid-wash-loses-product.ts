import { classifyWorkup } from '../kb';
import { defineRule } from './helpers';
import type { Finding } from './types';

/** An acid dissolved in an organic solvent, as used to make the product's salt. */
const ANHYDROUS_ACID = /(?:\bin\b|\/)\s*(?:1,4-)?(?:dioxane|diethyl ether|ether|et2o|meoh|methanol|etoh|ethanol|ipa|iproh|isopropanol|2-propanol|etoac|ethyl acetate|cpme)\b/i;

export default defineRule({
  id: 'acid-wash-loses-product',
  severity: 'warning',
  category: 'workup',
  summary: 'An acidic wash or `acidify` is not followed by `basify` and `extract`: the amine product leaves with the aqueous acid.',
  fixes: [{ title: 'Insert `basify NaOH` and `extract DCM x3` after it', safe: false }],
  check({ model, edits }) {
    const out: Finding[] = [];
    const w = model.workup;
    for (let i = 0; i < w.length; i++) {
      const st = w[i];
      // `extract 1 M HCl` pulls the amine into the acid just as `wash 1 M HCl` does.
      const acidic = st.kind === 'acidify' || ((st.kind === 'wash' || st.kind === 'extract') && classifyWorkup(st.name.text).has('acidic'));
      if (!acidic) continue;
      // `acidify 4 M HCl in dioxane` (or in ether, MeOH, iPrOH, EtOAc) on the product makes its salt:
      // there is no aqueous layer for the amine to leave with, the salt is what is kept.
      if (st.kind === 'acidify' && ANHYDROUS_ACID.test(st.name.text)) continue;
      const basify = w.findIndex((s, j) => j > i && s.kind === 'basify');
      const recovered = basify >= 0 && w.some((s, j) => j > basify && s.kind === 'extract');
      if (recovered) continue;
      out.push({
        range: st.kind === 'wash' || st.kind === 'acidify' || st.kind === 'extract' ? st.name.range : st.keyword.range,
        message: 'The amine product is protonated by this acid and moves into the aqueous layer. If that is the point (an acid–base extraction), keep the aqueous layer, then basify it and extract the product back; as written the product is thrown away with the acid.',
        // A `basify` already follows (only the extraction is missing): extract right after it.
        fixes:
          basify >= 0
            ? [{ title: 'Extract the product back after the basify', edits: [edits.insertLinesAfter(w[basify].line, ['extract DCM x3'], w[basify].line)], safe: false }]
            : [{ title: 'Basify and extract the product back', edits: [edits.insertLinesAfter(st.line, ['basify NaOH', 'extract DCM x3'], st.line)], safe: false }],
      });
    }
    return out;
  },
});
