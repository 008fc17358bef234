/**
 * `npm run fuzz` (tsx test/fuzz/run.ts): the long reliability run.
 *
 *   tsx test/fuzz/run.ts [--runs N] [--seed S] [--only NAME] [--verbose]
 *
 * Generates N inputs in total (default 100,000), split over five generators (random bytes
 * decoded as UTF-8, random UTF-16 code units, token soups of the grammar, mutated samples
 * and rule examples, the same after hostile edits), and checks every property of test/fuzz/lib.ts on each. Prints, per
 * generator and per property, how many inputs were tried and how many failed; on a failure
 * it prints the first counterexample of each property (shrunk by fast-check when possible),
 * the seed to reproduce it, and exits 1.
 */
import fc from 'fast-check';
import { checkAll, checkEach, corpus, generators, PROPERTIES, type CheckInput, type PropertyFailure, type PropertyName } from './lib';

interface Options {
  runs: number;
  seed: number;
  only?: string;
  verbose: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { runs: 100_000, seed: Date.now() % 2 ** 31, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    if (a === '--runs' || a.startsWith('--runs=')) o.runs = int(value(), '--runs');
    else if (a === '--seed' || a.startsWith('--seed=')) o.seed = int(value(), '--seed');
    else if (a === '--only' || a.startsWith('--only=')) o.only = value();
    else if (a === '--verbose' || a === '-v') o.verbose = true;
    else if (a === '--help' || a === '-h') usage();
    else usage(`unknown argument ${a}`);
  }
  return o;
}

function int(v: string, what: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) usage(`${what} needs a whole number, got ${v}`);
  return n;
}

function usage(problem?: string): never {
  if (problem) process.stderr.write(`fuzz: ${problem}\n`);
  process.stderr.write('usage: tsx test/fuzz/run.ts [--runs N (default 100000)] [--seed S] [--only GENERATOR-SUBSTRING] [--verbose]\n');
  process.exit(problem ? 2 : 0);
}

interface Failure {
  generator: string;
  seed: number;
  index: number;
  failure: PropertyFailure;
  input: CheckInput;
}

function main(): void {
  const o = parseArgs(process.argv.slice(2));
  const seeds = corpus();
  const gens = generators(seeds).filter((g) => !o.only || g.name.includes(o.only));
  if (gens.length === 0) usage(`no generator matches ${o.only}`);
  const totalWeight = gens.reduce((s, g) => s + g.weight, 0);
  process.stdout.write(`rxn fuzz: ${o.runs} inputs, seed ${o.seed}, corpus of ${seeds.length} protocols\n`);

  const tried = new Map<PropertyName, number>(PROPERTIES.map((p) => [p, 0]));
  const failed = new Map<PropertyName, number>(PROPERTIES.map((p) => [p, 0]));
  const firstFailure = new Map<PropertyName, Failure>();
  let inputs = 0;
  const t0 = Date.now();

  let remaining = o.runs;
  gens.forEach((g, gi) => {
    const n = gi === gens.length - 1 ? remaining : Math.round((o.runs * g.weight) / totalWeight);
    remaining -= n;
    const seed = (o.seed + gi * 7919) | 0;
    let index = 0;
    let gFailed = 0;
    const tg = Date.now();
    // The predicate always holds: fast-check only generates, the counting is ours.
    fc.check(
      fc.property(g.arbitrary, (input) => {
        const results = checkEach(input);
        let any = false;
        for (const [p, f] of results) {
          tried.set(p, tried.get(p)! + 1);
          if (f) {
            any = true;
            failed.set(p, failed.get(p)! + 1);
            if (!firstFailure.has(p)) firstFailure.set(p, { generator: g.name, seed, index, failure: f, input });
            if (o.verbose) process.stdout.write(`  ✖ ${g.name} #${index}: ${f.message.split('\n')[0]}\n`);
          }
        }
        if (any) gFailed++;
        index++;
        inputs++;
        if (inputs % 10_000 === 0) process.stdout.write(`  … ${inputs} inputs (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
        return true;
      }),
      { numRuns: n, seed },
    );
    process.stdout.write(`  ${g.name}: ${index} inputs, ${gFailed} with a failure, ${((Date.now() - tg) / 1000).toFixed(1)} s (seed ${seed})\n`);
  });

  const seconds = (Date.now() - t0) / 1000;
  process.stdout.write(`\nproperty                                                tried    failed\n`);
  for (const p of PROPERTIES) process.stdout.write(`  ${p.padEnd(54)}${String(tried.get(p)).padStart(7)}${String(failed.get(p)).padStart(10)}\n`);
  const totalFailed = [...failed.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(`\n${inputs} inputs tried in ${seconds.toFixed(1)} s, ${totalFailed} property failures (seed ${o.seed})\n`);

  if (firstFailure.size === 0) process.exit(0);
  for (const [p, f] of firstFailure) {
    process.stdout.write(`\n✖ ${p}\n  generator: ${f.generator}, input #${f.index}, generator seed ${f.seed} (run seed ${o.seed})\n`);
    process.stdout.write(`  ${f.failure.message.split('\n').join('\n  ')}\n`);
    process.stdout.write(`  input: ${JSON.stringify(f.input.text)}\n`);
    const shrunk = shrink(gens.find((g) => g.name === f.generator)!.arbitrary, f.seed, f.index, p);
    if (shrunk && shrunk.text !== f.input.text) process.stdout.write(`  shrunk input: ${JSON.stringify(shrunk.text)}  positions ${JSON.stringify(shrunk.positions)}\n`);
  }
  process.stdout.write(`\nreproduce: npx tsx test/fuzz/run.ts --runs ${o.runs} --seed ${o.seed}\n`);
  process.exit(1);
}

/** Re-runs the generator with the same seed on one property so fast-check can shrink the counterexample. */
function shrink(arb: fc.Arbitrary<CheckInput>, seed: number, index: number, p: PropertyName): CheckInput | undefined {
  const details = fc.check(
    fc.property(arb, (input) => {
      try {
        checkAll(input, p);
        return true;
      } catch (e) {
        return !(e instanceof Error && e.message.startsWith(`[${p}]`));
      }
    }),
    { numRuns: index + 1, seed, interruptAfterTimeLimit: 60_000 },
  );
  return details.counterexample?.[0];
}

main();
