import { classifyWorkup } from '../kb';
import { ACID_LABILE } from '../model/model';
import { defineRule, proseName } from './helpers';
import type { Finding } from './types';
import type { Model, Reagent } from '../model/types';

/** An acid dissolved in an organic solvent, as used to make the product's salt. */
const ANHYDROUS_ACID = /(?:\bin\b|\/)\s*(?:1,4-)?(?:dioxane|diethyl ether|ether|et2o|meoh|methanol|etoh|ethanol|ipa|iproh|isopropanol|2-propanol|etoac|ethyl acetate|cpme)\b/i;
const HCL = /(?<![a-z0-9])(?:hcl|hydrochloric|hydrogen chloride)(?![a-z0-9])/i;
const TFA = /(?<![a-z0-9])(?:tfa|trifluoroacetic)(?![a-z0-9])/i;
const AQUEOUS = /(?<![a-z0-9])(?:aq|aqueous|water|h2o)(?![a-z0-9])/i;
/** A title that says the Boc group is to come off. */
const DEPROTECTION = /deprotect|de-?boc|remov|cleav/i;

/**
 * A strong acid with no water: HCl in dioxane, ether, an alcohol or EtOAc, or TFA (neat or in DCM).
 * It takes a Boc group off, and leaves no aqueous layer for the product to go into.
 */
function strongAnhydrous(text: string): boolean {
  if (AQUEOUS.test(text)) return false;
  return TFA.test(text) || (HCL.test(text) && ANHYDROUS_ACID.test(text));
}

/**
 * The reagent that puts a Boc group into the product the title names: a Boc amine or carbonyl
 * that goes in and is not deprotected in the steps — when the title names a Boc compound
 * (`Boc`, `tert-butyl … carboxylate`) and does not say the group is to come off.
 */
function bocInTitledProduct(model: Model): Reagent | undefined {
  const title = model.protocol?.title.text;
  if (!title || !ACID_LABILE.test(title) || DEPROTECTION.test(title)) return undefined;
  return model.reagents.find((r) => (r.role === 'amine' || r.role === 'carbonyl') && r.added.length > 0 && !r.deprotection && ACID_LABILE.test(r.kb?.name ?? r.name));
}

export default defineRule({
  id: 'acid-wash-loses-product',
  severity: 'warning',
  category: 'workup',
  summary: 'An acidic wash or `acidify` is not followed by `basify` and `extract`: the amine product leaves with the aqueous acid; or HCl in dioxane or TFA takes the Boc group off the product the title names.',
  fixes: [{ title: 'Insert `basify NaOH` and `extract DCM x3` after it', safe: false }],
  check({ model, edits }) {
    const out: Finding[] = [];
    const w = model.workup;
    const boc = bocInTitledProduct(model);
    for (let i = 0; i < w.length; i++) {
      const st = w[i];
      // `acidify 4 M HCl in dioxane` or TFA (or `salt` with them) on a product the title names as
      // its Boc compound: the acid takes the Boc group off, and the protocol ends with the
      // deprotected amine's salt, not with what it says it makes.
      if (boc && (st.kind === 'acidify' || st.kind === 'salt') && strongAnhydrous(st.name.text)) {
        out.push({
          range: st.name.range,
          message: `${st.name.text} takes the Boc group off: this is how Boc groups are removed. The title names the Boc compound ("${model.protocol!.title.text.replace(/^"|"$/g, '')}"), but after this step the flask holds the deprotected amine as its ${TFA.test(st.name.text) ? 'TFA' : 'HCl'} salt, without the Boc group that ${proseName(boc)} brought. To keep the Boc group, keep the product as the free base, or make its salt with a weak acid (tartaric or fumaric acid, one equivalent); if the deprotection is intended, let the title name the deprotected product.`,
        });
        continue;
      }
      // `extract 1 M HCl` pulls the amine into the acid just as `wash 1 M HCl` does.
      const acidic = st.kind === 'acidify' || ((st.kind === 'wash' || st.kind === 'extract') && classifyWorkup(st.name.text).has('acidic'));
      if (!acidic) continue;
      // `acidify 4 M HCl in dioxane` (or in ether, MeOH, iPrOH, EtOAc), or TFA, on the product makes
      // its salt: there is no aqueous layer for the amine to leave with, the salt is what is kept.
      if (st.kind === 'acidify' && (ANHYDROUS_ACID.test(st.name.text) || strongAnhydrous(st.name.text))) continue;
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
