/**
 * Property tests of the parser and the formatter: whatever the input (random text, token
 * soups from the grammar, damaged protocols), parse never throws, every range lies inside
 * the document and points at its token, and the formatter is idempotent, changes only
 * whitespace and keeps the tree.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parse } from '../../server/src/syntax/parser';
import { print } from '../../server/src/syntax/print';
import { analyze } from '../../server/src/engine';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Document } from '../../server/src/syntax/ast';

const VALID = `# Mono-N-alkylation of homopiperazine with isonicotinaldehyde
protocol "1-(Pyridin-4-ylmethyl)-1,4-diazepane"  # title
target mono
scale 5 mmol
mode two-step

reagent diazepane = 1,4-diazepane             3.0 equiv
reagent ald       = pyridine-4-carboxaldehyde 1.0 equiv, 0.54 g role carbonyl
reagent acid      = AcOH                      1.0 equiv
reagent stab      = "NaBH(OAc)3"              1.5 equiv smiles "[Na+].CC(=O)O[BH-](OC(C)=O)OC(C)=O" mw 211.94
reagent sieves    = 4Å molecular sieves       500 mg role dehydrating limiting
solvent DCE/AcOH 9:1 0.2 M
# rxn-disable-next-line missing-acid, unknown-reagent

step "Imine formation"
  add diazepane, ald, acid dropwise at 0 °C
  stir 30 min at rt
  heat to 40-50 °C for 2 h
  monitor LCMS for imine
step "Reduction"
  cool to -78 °C
  add stab in 3 portions
  stir overnight at room temperature
  wait 1 h 30 min
  reflux 2 h
  note "µ-scale # not a comment"
  filter through celite
  concentrate

workup
  quench sat. NaHCO3
  extract DCM x3
  wash brine
  dry Na2SO4
  acidify 1 M HCl
  basify 2 M NaOH
  purify silica DCM/MeOH 95:5 + 1% Et3N
  crystallize EtOH
  salt HCl
# rxn-disable stab-water
`;

const VALID_LINES = VALID.split('\n');

const TOKENS = [
  'protocol', 'target', 'scale', 'mode', 'reagent', 'solvent', 'step', 'workup', 'work-up', 'add', 'stir', 'wait',
  'heat', 'cool', 'reflux', 'monitor', 'concentrate', 'filter', 'isolate', 'note', 'quench', 'basify', 'acidify',
  'extract', 'wash', 'dry', 'purify', 'crystallize', 'salt', 'STIR', 'Reagent', 'role', 'smiles', 'mw', 'density',
  'limiting', 'amine', 'carbonyl', 'mono', 'di', 'tri', 'one-pot', 'two-step', 'portionwise', 'dropwise', 'in',
  'portions', 'at', 'to', 'for', 'rt', 'room', 'temperature', 'overnight', 'x3', '×', '3x', '+', '1%', 'Et3N',
  '3.0', '1,5', '.5', '1e-3', '-78', '40-50', '0', '-1', '1,500', '9:1', 'equiv', 'eq', 'mmol', 'µmol', 'umol', 'mg',
  'g', 'mL', 'µL', 'L', 'M', 'mM', '%', 's', 'min', 'h', 'hours', 'd', '°C', 'C', 'K', 'mgs', 'ald', 'stab',
  '1,4-diazepane', 'DCE/AcOH', 'NaBH(OAc)3', '4Å', 'sat.', 'NaHCO3', 'DCM/MeOH', '"', '"Imine formation"', '#',
  '# rxn-disable-next-line', 'rxn-disable', ',', '=', '/', ':', '-', '--', '😀', '\u00a0', '\t', ' ', '  ', '\n',
  '\r\n', '\r', '\u0000', '\uFEFF', '\ud83d',
];

const tokenSoup = fc
  .array(fc.constantFrom(...TOKENS), { maxLength: 60 })
  .chain((toks) => fc.array(fc.constantFrom(' ', '', '\n', '  '), { minLength: toks.length, maxLength: toks.length }).map((seps) => toks.map((t, i) => t + seps[i]).join('')));

const randomText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('a', ' ', '"', '#', '\n', '\r', '1', ',', '=', 'µ', '😀', '\t', 'x', '-', '.'), maxLength: 120 }),
);

type Mutation =
  | { op: 'deleteLine' | 'duplicateLine'; at: number }
  | { op: 'swapLines'; at: number; with: number }
  | { op: 'deleteChar' | 'duplicateChar' | 'swapChars'; at: number }
  | { op: 'insert'; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('deleteLine' as const, 'duplicateLine' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swapLines' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ op: fc.constantFrom('deleteChar' as const, 'duplicateChar' as const, 'swapChars' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...TOKENS) }),
);

function mutate(text: string, ms: Mutation[]): string {
  let lines = text.split('\n');
  for (const m of ms) {
    if (m.op === 'deleteLine' || m.op === 'duplicateLine') {
      if (lines.length === 0) continue;
      const i = m.at % lines.length;
      if (m.op === 'deleteLine') lines.splice(i, 1);
      else lines.splice(i, 0, lines[i]);
      continue;
    }
    if (m.op === 'swapLines') {
      if (lines.length === 0) continue;
      const i = m.at % lines.length;
      const j = m.with % lines.length;
      [lines[i], lines[j]] = [lines[j], lines[i]];
      continue;
    }
    const t = lines.join('\n');
    if (t.length === 0) {
      if (m.op === 'insert') lines = m.text.split('\n');
      continue;
    }
    const i = m.at % t.length;
    let u: string;
    if (m.op === 'deleteChar') u = t.slice(0, i) + t.slice(i + 1);
    else if (m.op === 'duplicateChar') u = t.slice(0, i + 1) + t.slice(i);
    else if (m.op === 'swapChars') u = i + 1 < t.length ? t.slice(0, i) + t[i + 1] + t[i] + t.slice(i + 2) : t;
    else if (m.op === 'insert') u = t.slice(0, i) + m.text + t.slice(i);
    else u = t;
    lines = u.split('\n');
  }
  return lines.join('\n');
}

const mutatedProtocol = fc
  .tuple(fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
  .map(([ms, eol, bom]) => (bom ? '\uFEFF' : '') + mutate(VALID, ms).split('\n').join(eol));

const anyInput = fc.oneof(randomText, tokenSoup, mutatedProtocol);

// ---------------------------------------------------------------------------------------

function isWs(c: number): boolean {
  return (
    c === 10 || c === 13 || c === 32 || c === 9 || c === 11 || c === 12 || c === 0xa0 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
function nonWhitespace(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) if (!isWs(s.charCodeAt(i))) out += s[i];
  return out;
}

interface Pos {
  line: number;
  character: number;
}
function isPos(x: unknown): x is Pos {
  return !!x && typeof x === 'object' && typeof (x as Pos).line === 'number' && typeof (x as Pos).character === 'number';
}

/** Checks every range in the tree: inside the document, start ≤ end, and tokens' text = the text at their range. */
function checkRanges(doc: Document): void {
  const lines = doc.lines;
  const checkPos = (p: Pos, where: string) => {
    assert.ok(Number.isInteger(p.line) && p.line >= 0 && p.line < lines.length, `${where}: line ${p.line} outside 0..${lines.length - 1}`);
    const len = lines[p.line].text.length;
    assert.ok(Number.isInteger(p.character) && p.character >= 0 && p.character <= len, `${where}: character ${p.character} outside 0..${len}`);
  };
  const visit = (node: unknown, where: string): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach((n, i) => visit(n, `${where}[${i}]`));
      return;
    }
    const o = node as Record<string, unknown>;
    for (const [k, v] of Object.entries(o)) {
      if (v && typeof v === 'object' && isPos((v as { start?: unknown }).start) && isPos((v as { end?: unknown }).end)) {
        const r = v as { start: Pos; end: Pos };
        checkPos(r.start, `${where}.${k}.start`);
        checkPos(r.end, `${where}.${k}.end`);
        assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), `${where}.${k}: start after end`);
        if (k === 'range' && r.start.line === r.end.line) {
          const slice = lines[r.start.line].text.slice(r.start.character, r.end.character);
          if (typeof o.raw === 'string') assert.equal(slice, o.raw, `${where}.raw`);
          else if (typeof o.text === 'string' && !where.endsWith('.comment')) assert.equal(slice, o.text, `${where}.text`);
        }
      } else visit(v, `${where}.${k}`);
    }
  };
  lines.forEach((l, i) => {
    assert.equal(l.index, i);
    if (l.comment) {
      assert.equal(l.text.slice(l.comment.range.start.character), '#' + l.comment.text);
    }
    visit(l.statement, `line ${i}.statement`);
    visit(l.comment, `line ${i}.comment`);
  });
  visit(doc.problems, 'problems');
  visit(doc.suppressions, 'suppressions');
}

const norm = (s: string) => s.replace(/[\s\u00a0\ufeff]+/g, ' ').trim();

/** The tree without ranges, line numbers and blank lines; strings whitespace-normalised. */
function shape(doc: Document): unknown {
  const strip = (v: unknown): unknown => {
    if (typeof v === 'string') return norm(v);
    if (!v || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map(strip);
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (k === 'range' || k === 'valueRange' || k === 'unitRange' || k === 'line' || k === 'index' || k === 'indent') continue;
      out[k] = strip(x);
    }
    return out;
  };
  return {
    lines: doc.lines
      .filter((l) => l.text.trim() !== '' && nonWhitespace(l.text) !== '')
      .map((l) => ({ block: l.block, invalid: !!l.invalid, statement: strip(l.statement), comment: l.comment ? norm(l.comment.text) : undefined })),
    statements: doc.statements.map((s) => s.kind),
    suppressions: strip(doc.suppressions.map((s) => ({ kind: s.kind, rules: s.rules.map((r) => r.text) }))),
    problems: doc.problems.map((p) => ({ rule: p.rule, replacement: p.replacement })),
  };
}

function comments(doc: Document): string[] {
  return doc.lines.filter((l) => l.comment).map((l) => norm(l.comment!.text));
}

const RUNS = { numRuns: Number(process.env.RXN_PROPERTY_RUNS) || 300 };

describe('parser properties', () => {
  it('the sample protocol used for mutations parses without problems', () => {
    const doc = parse(VALID);
    assert.deepEqual(doc.problems, []);
    assert.equal(doc.statements.length, VALID_LINES.filter((l) => l.trim() && !l.trim().startsWith('#')).length);
  });

  it('never throws and keeps every range inside the document, on its token', () => {
    fc.assert(
      fc.property(anyInput, (text) => {
        const doc = parse(text);
        const bomless = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
        assert.equal(doc.text, bomless);
        assert.equal(doc.lines.map((l) => l.text + l.eol).join(''), bomless);
        checkRanges(doc);
      }),
      RUNS,
    );
  });

  it('formats idempotently, changing only whitespace and keeping every comment', () => {
    fc.assert(
      fc.property(anyInput, (text) => {
        const doc = parse(text);
        const once = print(doc);
        const twice = print(parse(once));
        assert.equal(twice, once);
        assert.equal(nonWhitespace(once), nonWhitespace(doc.text));
        assert.deepEqual(comments(parse(once)), comments(doc));
      }),
      RUNS,
    );
  });

  it('re-parsing the formatted text gives the same tree (modulo ranges and whitespace)', () => {
    fc.assert(
      fc.property(anyInput, (text) => {
        const doc = parse(text);
        assert.deepEqual(shape(parse(print(doc))), shape(doc));
      }),
      RUNS,
    );
  });
});

describe('parsing with the previous version reused (what the server does while you type)', () => {
  // An edit as the editor sees it: the previous text, then the text after 1–6 mutations.
  const edited = fc.tuple(anyInput, fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([before, ms]) => ({ before, after: mutate(before, ms) }));

  it('gives the same tree as a parse from scratch, through a chain of versions', () => {
    fc.assert(
      fc.property(edited, fc.array(mutation, { minLength: 1, maxLength: 3 }), ({ before, after }, more) => {
        const v1 = parse(before);
        const v2 = parse(after, { reuse: v1 });
        assert.deepStrictEqual(v2, parse(after));
        // The reused tree is itself a good base for the next version.
        const third = mutate(after, more);
        assert.deepStrictEqual(parse(third, { reuse: v2 }), parse(third));
        // And unrelated texts (a paste over the whole file) too.
        assert.deepStrictEqual(parse(before, { reuse: v2 }), parse(before));
      }),
      RUNS,
    );
  });

  it('gives the same diagnostics and fixes as an analysis from scratch', () => {
    fc.assert(
      fc.property(edited, ({ before, after }) => {
        const previous = analyze(before);
        assert.deepStrictEqual(analyze(after, { reuse: previous.doc }).diagnostics, analyze(after).diagnostics);
      }),
      { numRuns: Math.ceil(RUNS.numRuns / 3) },
    );
  });

  it('re-reads only the line typed in, and every line after a line break that moves them', () => {
    const v1 = parse(VALID);
    const at = VALID_LINES.findIndex((l) => l.includes('stir 30 min'));
    const typed = VALID_LINES.map((l, i) => (i === at ? l.replace('30 min', '300 min') : l)).join('\n');
    const v2 = parse(typed, { reuse: v1 });
    assert.equal(v2.lines[at].statement?.kind, 'stir');
    assert.notEqual(v2.lines[at], v1.lines[at], 'the edited line is parsed again');
    const fresh = v2.lines.filter((l, i) => l !== v1.lines[i]).map((l) => l.index);
    assert.deepEqual(fresh, [at]);
    // The new duration is read (not the old line's).
    const stir = v2.lines[at].statement as { duration?: { minutes: number } };
    assert.equal(stir.duration?.minutes, 300);

    // A new line in the header moves every line after it: those are read again, the ones before are kept.
    const inserted = [...VALID_LINES.slice(0, 3), 'scale 2 mmol', ...VALID_LINES.slice(3)].join('\n');
    const v3 = parse(inserted, { reuse: v1 });
    assert.ok(v3.lines.slice(0, 3).every((l, i) => l === v1.lines[i]));
    assert.ok(v3.lines.slice(3).every((l) => !v1.lines.includes(l)));
    assert.deepStrictEqual(v3, parse(inserted));
  });

  it('does not reuse a line whose meaning depends on a block that changed above it', () => {
    // The same `add` line is a step statement under `step`, an error before any step.
    const inStep = 'reagent a = NaBH4 1 equiv\nstep\n  add a\n';
    const noStep = 'reagent a = NaBH4 1 equiv\nstp1\n  add a\n';
    const v1 = parse(inStep);
    const v2 = parse(noStep, { reuse: v1 });
    assert.deepStrictEqual(v2, parse(noStep));
    assert.notEqual(v2.lines[2], v1.lines[2]);
    assert.equal(v1.lines[2].statement?.kind, 'add');
    assert.equal(v2.lines[2].statement, undefined);
  });
});

describe('memory while typing', () => {
  it('a chain of reused trees does not keep the old versions of the text alive', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const heap = () => {
      gc();
      gc();
      return process.memoryUsage().heapUsed;
    };
    // A long protocol (about 4,700 lines, 130 KB): typing one character in 300 different
    // lines, one version after another, as the server parses them.
    const lines: string[] = [];
    for (let k = 0; k < 100; k++) lines.push(...VALID_LINES);
    const textBytes = lines.join('\n').length;
    const base = heap();
    let doc: Document | undefined = parse(lines.join('\n'));
    const one = heap() - base;
    for (let k = 0; k < 300; k++) {
      const i = (k * 7919) % lines.length;
      lines[i] += ' ';
      doc = parse(lines.join('\n'), { reuse: doc });
    }
    const after = heap() - base;
    assert.ok(doc.lines.length === lines.length);
    // Each old version kept alive would add about textBytes (300 of them: ~40 MB).
    assert.ok(after - one < 20 * textBytes, `the tree grew from ${(one / 1e6).toFixed(1)} MB to ${(after / 1e6).toFixed(1)} MB`);
    doc = undefined;
  });
});

