/** Protocols the generic tests run on: every sample and every rule page's examples. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

export interface Example {
  name: string;
  text: string;
}

export function samples(): Example[] {
  const dir = join(ROOT, 'samples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.rxn'))
    .sort()
    .map((f) => ({ name: `samples/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

/** The ```rxn blocks of a rule page, in order: [fires-on, fixed]. */
export function ruleExamples(ruleId: string): string[] {
  const page = readFileSync(join(ROOT, 'docs', 'rules', `${ruleId}.md`), 'utf8');
  const blocks: string[] = [];
  const re = /```rxn\r?\n([\s\S]*?)```/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(page))) blocks.push(m[1]);
  return blocks;
}

export function docExamples(ids: readonly string[]): Example[] {
  const out: Example[] = [];
  for (const id of ids) {
    const [fires, fixed] = ruleExamples(id);
    if (fires !== undefined) out.push({ name: `docs/rules/${id}.md (fires)`, text: fires });
    if (fixed !== undefined) out.push({ name: `docs/rules/${id}.md (fixed)`, text: fixed });
  }
  return out;
}
