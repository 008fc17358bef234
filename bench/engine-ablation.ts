/**
 * The engine of the benchmark's ablation servers (bench/build.mjs bundles server/src/server.ts
 * twice more with this module in place of `./engine`): the real language server, except that
 * after the first analysis of a document an edit runs only part of the engine —
 *
 *   RXN_ABLATION = 'parse'  the incremental parse (reusing the previous syntax tree);
 *   RXN_ABLATION = 'model'  that parse and the model built from it;
 *
 * and the rest of the analysis (the model, the rules) is the first one's, so the server
 * publishes the first version's diagnostics again. Timed against the no-op server and the
 * full server in the same run, it shows where the keystroke's time goes beyond the no-op
 * server's (docs/performance.md, "Where the keystroke time goes"). It is never shipped.
 */
import * as engine from '../server/src/engine';
import { parse } from '../server/src/syntax/parser';
import { buildModel } from '../server/src/model/model';

export * from '../server/src/engine';

declare const RXN_ABLATION: 'parse' | 'model';

/** The first (full) analysis of each document, told apart by its first line count. */
const firstByLines = new Map<number, engine.Analysis>();

export function analyze(text: string, options: engine.AnalyzeOptions = {}): engine.Analysis {
  if (!options.reuse) {
    const full = engine.analyze(text, options);
    firstByLines.set(full.doc.lines.length, full);
    return full;
  }
  const doc = parse(text, { stripBom: false, reuse: options.reuse });
  const first = firstByLines.get(doc.lines.length) ?? engine.analyze(text, options);
  const model = RXN_ABLATION === 'model' ? buildModel(doc) : first.model;
  return { doc, model, diagnostics: first.diagnostics };
}
