import { declarationInsertLine, declarationText, defineRule, formatEquiv, hydrideEquiv, orList } from './helpers';
import { ADD_WORDS, REAGENT_ATTRIBUTES } from '../syntax/keywords';
import type { Finding } from './types';
import { isHydrogenationId, levenshtein, lookup } from '../kb';
import type { Model } from '../model/types';
import type { AddStmt } from '../syntax/ast';
import { roleFromName } from '../model/model';

export default defineRule({
  id: 'undeclared-reagent',
  severity: 'error',
  category: 'structure',
  summary: '`add` names an alias that no `reagent` line declares.',
  fixes: [{ title: 'Declare the reagent', safe: false }],
  check(ctx) {
    const { model, edits } = ctx;
    const out: Finding[] = [];
    const at = declarationInsertLine(model);
    // Built on the first undeclared alias only: most protocols have none.
    let near: ((word: string) => string[]) | undefined;
    // The model's list of undeclared aliases (it looks up every alias of every `add` anyway):
    // reading every `add` statement again cost about as much as the rest of the rules together
    // at 10,000 lines (docs/performance.md, change 18).
    let seen: Set<string> | undefined; // the aliases of `st` reported (an alias repeated in it is reported once)
    let st: AddStmt | undefined;
    for (const { stmt, alias: a } of model.undeclared) {
      if (stmt !== st) {
        st = stmt;
        seen = undefined;
      }
      if (seen?.has(a.text)) continue;
      (seen ??= new Set()).add(a.text);
      // An alias such as `role` or `mw` is an attribute word: as an unquoted NAME it would end the name.
      const name = (REAGENT_ATTRIBUTES as readonly string[]).includes(a.text.toLowerCase()) ? `"${a.text}"` : a.text;
      // A declared alias in another letter case (`STAB` for `stab`; aliases keep their case)
      // or one edit away is most likely what was meant: offered first.
      near ??= nearAliases([...model.byAlias.keys()]);
      const close = near(a.text);
      // `add x, portion-wise`: a word of `add` after a comma is read as an alias; declaring it
      // would make a line that cannot be read either — the comma is what to remove.
      const addWord = ADD_WORDS.has(a.text.toLowerCase());
      const amount = amountFor(model, a.text);
      const suggested = `reagent ${a.text} = ${lookup(a.text) ? name : 'NAME'}${amount ? ` ${amount}` : ''}`;
      out.push({
        range: a.range,
        message: addWord
          ? `'${a.text}' is read as an alias because a comma comes before it; as a word of \`add\` it goes after the aliases without a comma (\`add x ${a.text.toLowerCase()}\`).`
          : `'${a.text}' is added here but never declared` +
          (close.length ? `; did you mean ${orList(close.map((k) => `'${k}'`))}? (Aliases are case-sensitive.)` : `: add a line \`${suggested}\` to the reagent table so its role and amount are known.`),
        fixes: [
          ...close.map((k, i) => ({ title: `Change to '${k}'`, edits: [edits.replace(a.range, k)], safe: false, preferred: i === 0 })),
          ...(addWord ? [] : [{
            title: `Declare '${a.text}' as a reagent`,
            edits: [edits.insertLinesAfter(at, [declarationText(ctx, at, a.text, amount ? `${name} ${amount}` : name)], at >= 0 ? at : undefined)],
            safe: false,
          }]),
        ],
      });
    }
    return out;
  },
});

/**
 * The amount a declaration made for an undeclared alias starts with, by what the alias names
 * when the knowledge base knows it: a hydride as much as the switches write (1.5 × the
 * iminium, 2.5 × the amine for di), the diazepane in excess for mono-alkylation, hydrogen and
 * a solid drying agent (sieves, MgSO4) none — they are not dosed in equivalents — and
 * 1.0 equiv otherwise, for the chemist to correct.
 */
function amountFor(model: Model, alias: string): string {
  const kb = lookup(alias);
  if (kb?.role === 'reductant') return isHydrogenationId(kb.id) ? '' : `${formatEquiv(hydrideEquiv(model))} equiv`;
  if (kb?.role === 'dehydrating' && kb.state === 'solid') return '';
  // (`diazepane`, the alias the samples use, is no name in the knowledge base: read by its ending.)
  if ((kb?.role ?? roleFromName(alias)) === 'amine' && !model.amine && model.target?.degree === 'mono') return '3.0 equiv';
  return '1.0 equiv';
}

/** Aliases longer than this are matched only in another letter case (their one-letter deletions would cost too much). */
const MAX_FUZZY = 32;

/**
 * A lookup of the declared aliases equal to a word up to letter case, or one edit away:
 * each alias is indexed (in lower case) under itself and each of its one-letter deletions,
 * so a word finds its candidates through its own, then each is confirmed — linear in the
 * aliases, not a comparison of every undeclared alias with every declared one.
 */
function nearAliases(declared: readonly string[]): (word: string) => string[] {
  const index = new Map<string, Set<string>>();
  const put = (key: string, alias: string) => {
    let set = index.get(key);
    if (!set) index.set(key, (set = new Set()));
    set.add(alias);
  };
  for (const alias of declared) {
    const low = alias.toLowerCase();
    put(low, alias);
    if (low.length <= MAX_FUZZY) for (let i = 0; i < low.length; i++) put(low.slice(0, i) + low.slice(i + 1), alias);
  }
  return (word) => {
    const low = word.toLowerCase();
    const keys = [low];
    if (low.length <= MAX_FUZZY) for (let i = 0; i < low.length; i++) keys.push(low.slice(0, i) + low.slice(i + 1));
    const found = new Set<string>();
    for (const key of keys) for (const alias of index.get(key) ?? []) found.add(alias);
    return [...found].filter((alias) => alias !== word && (alias.toLowerCase() === low || levenshtein(alias.toLowerCase(), low, 1) <= 1)).sort();
  };
}

