import { classifyWorkup } from '../kb';
import { defineRule } from './helpers';
import type { Finding } from './types';

export default defineRule({
  id: 'silica-amine-modifier',
  severity: 'warning',
  category: 'workup',
  summary: 'Chromatography on silica without an amine modifier (Et3N, NH3, NH4OH, deactivated silica).',
  fixes: [{ title: 'Append `+ 1% Et3N`', safe: true }],
  check({ model, edits }) {
    const out: Finding[] = [];
    for (const st of model.workup) {
      if (st.kind !== 'purify') continue;
      const text = [st.method.text, st.eluent?.text ?? '', st.modifier?.name.text ?? ''].join(' ');
      const classes = classifyWorkup(text);
      if (!classes.has('silica') || classes.has('amine-modifier')) continue;
      out.push({
        range: st.method.range,
        message: 'The basic amine product sticks to the acidic silanols of plain silica: it streaks and is partly lost. Add about 1% Et3N (or NH3 in MeOH) to the eluent, or use deactivated silica.',
        // One modifier per eluent (`+ 1% AcOH + 1% Et3N` does not read, and an acid would cancel
        // the base): one already there is replaced — not without asking, it is the author's.
        fixes: st.modifier
          ? [{ title: `Replace '${st.modifier.name.text}' with 1% Et3N`, edits: [edits.replace(st.modifier.range, '+ 1% Et3N')], safe: false }]
          : [{ title: 'Add 1% Et3N to the eluent', edits: [edits.replace({ start: st.range.end, end: st.range.end }, ' + 1% Et3N')], safe: true }],
      });
    }
    return out;
  },
});
