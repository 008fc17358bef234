/** `rxn amounts`: the stoichiometry table of one protocol. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { load, stripBom } from '../engine';
import { sig3 as sig, finite, formatMass, formatScale, formatVolume, formatEquiv, plainNumber as plain, portionsText } from '../features/common';
import { amountsTable, METAL_MW, scaleWhence, type AmountsTable, type AmountRow, type SolventRow } from '../model/amounts';
import { parseArgs, choice } from './args';
import { argumentPath, readSource, undecodedNameHint, STDIN, STDIN_DISPLAY } from './files';
import { HELP } from './help';
import { width } from '../syntax/print';
import { UsageError, describeFsError, oneLinePath, toPosix, useColor, paint, type CliIO } from './io';

/**
 * Figures as the editor shows them (one implementation): three significant figures, mass in
 * mg / g / kg, volume in µL / mL / L, equivalents with one or two decimals.
 */
export { sig3 as sig, formatMass, formatVolume, formatEquiv } from '../features/common';

/** A figure as written in a header: at most three significant figures, no trailing zeros ("5", "0.2", "2.5"). */
export { plainNumber as plain } from '../features/common';

/** Six significant figures for JSON (hides float noise such as 7.500000000000001). */
const round6 = (x: number | undefined): number | null => (x === undefined || !Number.isFinite(x) ? null : Number(x.toPrecision(6)));

export interface AmountsJson {
  version: 1;
  path: string;
  title: string | null;
  /** `limiting`: the alias of the reagent the scale comes from when there is no `scale` line (marked `limiting`, else read from the amounts weighed), else null. */
  scale: { mmol: number; limiting: string | null } | null;
  /** A `scale` line that gives no mmol (`scale 1.00 g`), as written; else null. */
  unreadScale: string | null;
  reagents: {
    alias: string;
    name: string;
    role: string | null;
    equiv: number | null;
    mmol: number | null;
    /** g/mol */
    mw: number | null;
    massG: number | null;
    volumeMl: number | null;
    densityGPerMl: number | null;
    /** The purity written with the name, in % (`STAB, 95%`): `massG` is of the material as sold. */
    purityPercent: number | null;
    /** Pd or Pt on carbon: the metal's share by weight, in % (`Pd/C, 10%`, `5% Pt/C`): `massG` is of the catalyst, `mmol` and `mw` the metal's (the notes say which). */
    loadingPercent: number | null;
    /** The strength of a solution by weight, in % (`acetaldehyde 40%`): `massG` is of the solution. */
    strengthPercentWw: number | null;
    /** mol/L of a reagent used as a solution (`4 M HCl in dioxane`, formalin): `volumeMl` is of the solution. */
    molarityM: number | null;
    /** Whether the mass and volume are of a solution rather than of the substance itself. */
    solution: boolean;
    /** Added in one `add … in N portions` line: N (each portion is `massG` / N), else null. */
    portions: number | null;
    /** A charge by weight of the substrate (`10% Pd/C 10 wt%`), in %: `massG` is that share of the substrate's mass; else null. */
    weightPercent: number | null;
    /** With `weightPercent`: the alias of the substrate (the `limiting` reagent, else the amine or carbonyl at the fewest equiv, the amine on a tie); else null. */
    weightPercentOf: string | null;
    /** Which written quantity the mmol come from: `equiv` (× scale), `amount` (mmol written), `mass`, `volume`, or `wt%` (the mass from a charge by weight). */
    from: 'equiv' | 'amount' | 'mass' | 'volume' | 'wt%' | null;
    /** The notes the text report prints under the table for this reagent (what a figure means, why one is missing). */
    notes: string[];
    /** 1-based line of the declaration */
    line: number;
  }[];
  solvent: SolventJson | null;
  /** Every `solvent` line in order (`solvent` is the reaction's, the first of them before the steps). */
  solvents: SolventJson[];
}

interface SolventJson {
  name: string;
  concentrationM: number | null;
  volumeMl: number | null;
  line: number;
}

function solventJson(s: SolventRow): SolventJson {
  return { name: s.name, concentrationM: round6(s.concentrationM), volumeMl: round6(s.volumeMl), line: s.line + 1 };
}

export function amountsJson(displayPath: string, title: string | undefined, t: AmountsTable): AmountsJson {
  return {
    version: 1,
    path: displayPath,
    title: title ?? null,
    scale: t.scaleMmol === undefined ? null : { mmol: round6(t.scaleMmol)!, limiting: t.scaleFrom ?? null },
    unreadScale: t.unreadScale ?? null,
    reagents: t.rows.map((r) => ({
      alias: r.alias,
      name: r.name,
      role: r.role ?? null,
      equiv: round6(r.equiv),
      mmol: round6(r.mmol),
      mw: round6(r.mw),
      massG: round6(r.massG),
      volumeMl: round6(r.volumeMl),
      densityGPerMl: round6(r.density),
      purityPercent: r.purity !== undefined && !r.solution ? round6(r.purity * 100) : null,
      loadingPercent: round6(r.loading !== undefined ? r.loading * 100 : undefined),
      strengthPercentWw: r.purity !== undefined && r.solution ? round6(r.purity * 100) : null,
      molarityM: round6(r.molarity),
      solution: !!r.solution,
      portions: r.portions ?? null,
      weightPercent: round6(r.wtPercent),
      weightPercentOf: r.wtOf ?? null,
      from: r.from ?? null,
      notes: rowNotes(r),
      line: r.line + 1,
    })),
    solvent: t.solvent ? solventJson(t.solvent) : null,
    solvents: t.solvents.map(solventJson),
  };
}

const DASH = '—';

/**
 * What a row's figures mean when its name qualifies them (a purity, a strength, a
 * molarity), and why a mass or volume is missing: printed under the text table, and given
 * with each reagent in JSON.
 */
export function rowNotes(r: AmountRow): string[] {
  const notes: string[] = [];
  if (r.wtPercent !== undefined && r.wtOf !== undefined && finite(r.wtOfMassG)) {
    const asked = (r.wtPercent / 100) * r.wtOfMassG;
    notes.push(
      finite(r.wtMassG)
        ? `${plain(r.wtPercent)} wt % of ${r.wtOf}'s mass (${formatMass(r.wtOfMassG)}) is ${formatMass(asked)}; the ${formatMass(r.massG ?? 0)} written is ${plain(((r.massG ?? 0) / r.wtOfMassG) * 100)} wt %`
        : `${plain(r.wtPercent)} wt % of ${r.wtOf}'s mass (${formatMass(r.wtOfMassG)})`,
    );
  }
  if (r.purity !== undefined && finite(r.massG) && finite(r.mmol))
    notes.push(
      r.solution
        ? `a ${plain(r.purity * 100)} % solution by weight — the mass is of the solution (${sig(r.mmol)} mmol of the substance)`
        : `${plain(r.purity * 100)} % pure — the mass is of the material as sold (${sig(r.mmol)} mmol of the substance)`,
    );
  if (r.molarity !== undefined && finite(r.volumeMl)) notes.push(`the volume is of the ${plain(r.molarity)} M solution`);
  if (r.loading !== undefined && finite(r.mmol) && finite(r.massG)) {
    const molPct = finite(r.equiv) ? ` (${plain(r.equiv * 100)} mol %)` : '';
    const wet = r.water ? `, ${plain(r.water * 100)} % water` : '';
    const metal = r.metal ?? 'Pd';
    let n = `a ${plain(r.loading * 100)} % loading${wet} — the mass is of the ${r.water ? 'wet ' : ''}catalyst, holding ${sig(r.mmol)} mmol of ${metal}${molPct}; the MW is ${metal === 'Pt' ? 'platinum' : 'palladium'}'s`;
    if (finite(r.loadingWrittenMmol)) n += `; the ${formatMass((r.loadingWrittenMmol * METAL_MW[metal]) / 1000 / (r.loading * (1 - (r.water ?? 0))))} written hold ${sig(r.loadingWrittenMmol)} mmol of ${metal}`;
    notes.push(n);
  }
  const portions = portionsText(r);
  if (portions) notes.push(`added in ${portions}`);
  if (r.note) notes.push(r.note);
  return notes;
}


export function amountsText(displayPath: string, title: string | undefined, t: AmountsTable, color: boolean): string {
  const p = paint(color);
  const out: string[] = [];
  const scale =
    t.scaleMmol === undefined
      ? 'no scale'
      : `scale ${formatScale(t.scaleMmol)}${scaleWhence(t)}`;
  // Text from the file is shown with its control characters escaped: an escape sequence in a
  // title must not clear the terminal or retitle the window of whoever reads the report.
  out.push(p.bold(`${displayPath}${title ? ` — ${oneLinePath(title)}` : ''} (${scale})`), '');
  const header = ['alias', 'name', 'role', 'equiv', 'mmol', 'MW (g/mol)', 'mass', 'volume'];
  const rightAligned = [false, false, false, true, true, true, true, true];
  const rows = t.rows.map((r) => [
    oneLinePath(r.alias),
    oneLinePath(r.name),
    r.role ?? DASH,
    !finite(r.equiv) ? DASH : formatEquiv(r.equiv),
    !finite(r.mmol) ? DASH : sig(r.mmol),
    !finite(r.mw) ? DASH : r.mw.toFixed(2),
    !finite(r.massG) ? DASH : formatMass(r.massG),
    !finite(r.volumeMl) ? DASH : formatVolume(r.volumeMl),
  ]);
  // Columns as a terminal shows them: `𝛼-tolualdehyde` or `甲醛` must not shift the rest.
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => width(row[i]))));
  const pad = (c: string, w: number, right: boolean) => (right ? ' '.repeat(Math.max(0, w - width(c))) + c : c + ' '.repeat(Math.max(0, w - width(c))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i], rightAligned[i]))
      .join('  ')
      .trimEnd();
  out.push(p.dim(line(header)));
  for (const row of rows) out.push(line(row));
  if (rows.length === 0) out.push('(no reagents declared)');
  out.push('');
  // What a figure means when the name qualifies it, and why a cell is empty.
  const notes = t.rows.flatMap((r) => rowNotes(r).map((n) => `${oneLinePath(r.alias)}: ${n}`));
  if (notes.length) out.push(...notes, '');
  // One line per `solvent` line; with several, each says where it is.
  for (const s of t.solvents) {
    const parts = [`solvent ${oneLinePath(s.name)}`];
    if (s.concentrationM !== undefined) parts.push(`${plain(s.concentrationM)} M`);
    if (s.relVolume !== undefined) parts.push(`${plain(s.relVolume)} vol${s.relTo !== undefined ? ` of ${oneLinePath(s.relTo)}` : ''}`);
    const vol = !finite(s.volumeMl)
      ? s.relVolume !== undefined
        ? s.relTo === undefined
          ? 'volume unknown: no amine or carbonyl to measure the volumes against'
          : `volume unknown: the mass of ${oneLinePath(s.relTo)} is not known`
        : s.concentrationM !== undefined && t.scaleMmol === undefined
          ? 'volume needs a scale'
          : 'volume unknown'
      : formatVolume(s.volumeMl);
    out.push(`${parts.join(', ')}: ${vol}${t.solvents.length > 1 ? ` (line ${s.line + 1})` : ''}`);
  }
  if (t.solvents.length === 0) out.push('solvent: none declared');
  if (t.scaleHow !== undefined && t.scaleMmol !== undefined) {
    const from = oneLinePath(t.scaleFrom!);
    out.push(
      '',
      t.scaleHow === 'equiv'
        ? `No \`scale\` line: 1.0 equiv is ${formatScale(t.scaleMmol)}, from the amount and the equiv written for '${from}'. Write \`scale ${formatScale(t.scaleMmol)}\` to say so.`
        : `No \`scale\` line: 1.0 equiv is taken as '${from}' (${formatScale(t.scaleMmol)}), the amine or carbonyl in shortage, and the other equiv follow from it. Write \`scale ${formatScale(t.scaleMmol)}\` (or mark another reagent \`limiting\`) if that is not what you meant.`,
    );
  }
  if (t.scaleMmol === undefined) {
    out.push(
      '',
      t.unreadScale !== undefined
        ? `The scale line (\`${oneLinePath(t.unreadScale)}\`) gives no usable amount in mmol: write it in mmol (or mol, µmol), or mark the reagent it weighs \`limiting\` with that amount. Until then mmol, masses and volumes are unknown.`
        : 'No `scale N mmol` line: mmol, masses and volumes need it (or amounts written in mmol, mg or mL).',
    );
  }
  return out.join('\n') + '\n';
}

export function runAmounts(argv: readonly string[], io: CliIO): number {
  const args = parseArgs(argv, [{ name: 'format', short: '-f', value: true }, { name: 'help', short: '-h' }], 'amounts');
  if (args.flags.has('help')) {
    io.out(HELP.amounts);
    return 0;
  }
  const format = choice(args, 'format', ['text', 'json'] as const, 'text', 'amounts');
  if (args.positionals.length !== 1) {
    throw new UsageError(args.positionals.length === 0 ? 'no PATH given: name one .rxn file' : 'give exactly one file: amounts are per protocol', 'amounts');
  }
  const arg = args.positionals[0];
  const display = arg === STDIN ? STDIN_DISPLAY : toPosix(path.normalize(arg));
  const shown = oneLinePath(display); // for text on a terminal; JSON keeps the path itself
  const { abs, raw } = argumentPath(arg, io.cwd);
  let source;
  try {
    if (arg !== STDIN && fs.statSync(raw ?? abs).isDirectory()) throw new UsageError(`${shown} is a folder: amounts needs one .rxn file`, 'amounts');
    source = readSource(arg === STDIN ? STDIN : (raw ?? abs));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    io.err(`rxn: ${shown}: cannot be read: ${describeFsError(e)}${undecodedNameHint(arg)}\n`);
    return 2;
  }
  if (source.invalidUtf8) io.err(`rxn: ${shown}: contains bytes that are not valid UTF-8; they were read as U+FFFD\n`);
  if (source.utf16) io.err(`rxn: ${shown}: is encoded as ${source.utf16.toUpperCase()}; it was read as such, but save it as UTF-8\n`);
  const { model } = load(stripBom(source.text).text);
  const table = amountsTable(model);
  const title = model.protocol?.title.text;
  if (format === 'json') io.out(JSON.stringify(amountsJson(display, title, table), null, 2) + '\n');
  else io.out(amountsText(shown, title, table, useColor(io)));
  return 0;
}
