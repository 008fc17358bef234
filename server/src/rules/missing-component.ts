import { defineRule } from './helpers';
import { range } from '../types';
import type { Finding } from './types';

const WHAT = {
  amine: 'an amine (the diazepane)',
  carbonyl: 'a carbonyl (the aldehyde or ketone)',
  reductant: 'a reductant (e.g. NaBH(OAc)3)',
} as const;

export default defineRule({
  id: 'missing-component',
  severity: 'error',
  category: 'structure',
  summary: 'No amine, no carbonyl or no reductant is declared.',
  fixes: [],
  check({ doc, model }) {
    const where = model.protocol ? model.protocol.keyword.range : firstLineRange(doc.lines[0]?.text ?? '');
    const out: Finding[] = [];
    for (const role of ['amine', 'carbonyl', 'reductant'] as const) {
      if (model.reagents.some((r) => r.role === role)) continue;
      out.push({
        range: where,
        message: `No reagent with the role ${role} is declared: a reductive amination needs ${WHAT[role]}. Declare it, or give a reagent \`role ${role}\`.`,
      });
    }
    return out;
  },
});

function firstLineRange(text: string) {
  const start = text.length - text.trimStart().length;
  return range(0, start, Math.max(start, text.trimEnd().length));
}
