/**
 * Inlay hints: the computed amounts at the end of each reagent line (`15.0 mmol · 1.50 g`,
 * plus `· 286 µL` for a liquid with a known density) and the solvent volume at the end of a
 * solvent line with a concentration (`→ 25.0 mL`). Only where the numbers can be computed.
 */
import type { InlayHint, MarkupContent } from 'vscode-languageserver-types';
import type { Analysis } from '../engine';
import type { Position, Range } from '../types';
import { amountsTable, scaleWhence, toGrams, toMl, toMmol, toMolar } from '../model/amounts';
import type { Quantity } from '../syntax/ast';
import { contains, escapeMarkdown, finite, formatEquiv, formatMass, formatMmol, formatScale, formatVolume, plainNumber, sig3 } from './common';

function endOfStatement(a: Pick<Analysis, 'doc'>, line: number, statementEnd: Position): Position {
  const l = a.doc.lines[line];
  // Without a trailing comment the hint goes at the very end of the line; with one, right after the statement.
  if (l && !l.comment) return { line, character: l.text.trimEnd().length };
  return { line, character: statementEnd.character };
}

/**
 * The line already says it: a quantity of this kind is written and agrees with the figure
 * worked out (within 1 %, more than the rounding of either). A figure that disagrees is shown,
 * beside the one written (`amount-mismatch` says which is off).
 */
function written(q: Quantity | undefined, value: number | undefined, inBase: (q: Quantity) => number): boolean {
  if (!q || q.invalid || value === undefined || !Number.isFinite(value) || !(value > 0)) return false;
  const w = inBase(q);
  return Number.isFinite(w) && Math.abs(w - value) <= 0.01 * value;
}

function md(value: string): MarkupContent {
  return { kind: 'markdown', value };
}

export function inlayHints(a: Pick<Analysis, 'doc' | 'model'>, range?: Range): InlayHint[] {
  const out: InlayHint[] = [];
  const table = amountsTable(a.model);
  const scale = table.scaleMmol;
  // (`scale`, or where it was read from without a `scale` line: `scale, from 'ald', the reagent in shortage`.)
  const scaleWords = escapeMarkdown(`scale${scaleWhence(table)}`);

  for (const row of table.rows) {
    // (A charge by weight gives a mass to weigh, with or without mmol: sieves, Pd/C with no loading.)
    const byWeight = row.from === 'wt%' && finite(row.massG);
    if ((!finite(row.mmol) || row.mmol <= 0) && !byWeight) continue;
    const r = a.model.reagents.find((x) => x.decl.line === row.line);
    if (!r) continue;
    // Weighed or measured rather than written in equiv: the equiv is what the line lacks.
    // What the line writes itself (`3.0 equiv, 15.0 mmol, 1.50 g`) is not repeated beside it;
    // a line that writes every figure gets no hint.
    const parts: string[] = [];
    if (finite(row.mmol) && row.from !== 'equiv' && finite(row.equiv) && !written(r.equivQ, row.equiv, (q) => q.value)) parts.push(`${formatEquiv(row.equiv)} equiv`);
    if (finite(row.mmol) && !written(r.mmolQ, row.mmol, (q) => toMmol(q.value, q.unit))) parts.push(formatMmol(row.mmol));
    if (finite(row.massG) && !written(r.massQ, row.massG, (q) => toGrams(q.value, q.unit))) parts.push(formatMass(row.massG));
    if (finite(row.volumeMl) && !written(r.volumeQ, row.volumeMl, (q) => toMl(q.value, q.unit))) parts.push(formatVolume(row.volumeMl));
    if (parts.length === 0) continue;
    const position = endOfStatement(a, row.line, r.decl.range.end);
    const why: string[] = [];
    // Where the mmol come from: the equiv written, else the mmol, mass or volume written.
    if (row.from === 'equiv' && row.equiv !== undefined && scale !== undefined) why.push(`${formatEquiv(row.equiv)} equiv × ${formatScale(scale, sig3)} (${scaleWords})`);
    else if (row.from === 'amount') why.push('the mmol written');
    else if (row.from === 'mass') why.push(`from the mass written${finite(row.equiv) ? ` (${formatEquiv(row.equiv)} equiv)` : ''}`);
    else if (row.from === 'volume') why.push(`from the volume written${finite(row.equiv) ? ` (${formatEquiv(row.equiv)} equiv)` : ''}`);
    else if (byWeight && row.wtPercent !== undefined && finite(row.wtOfMassG)) why.push(`${plainNumber(row.wtPercent)} wt % of the mass of ${row.wtOf} (${formatMass(row.wtOfMassG)})`);
    if (row.loading !== undefined)
      why.push(
        `MW ${row.mw!.toFixed(2)} g/mol of ${row.metal === 'Pt' ? 'platinum' : 'palladium'}, ${plainNumber(row.loading * 100)} % of the ${row.water ? 'dry ' : ''}catalyst by weight${row.water ? `, ${plainNumber(row.water * 100)} % water` : ''} (the mass is of the ${row.water ? 'wet ' : ''}catalyst)`,
      );
    else if (row.mw !== undefined) why.push(`MW ${row.mw.toFixed(2)} g/mol`);
    if (row.purity !== undefined && row.massG !== undefined)
      why.push(row.solution ? `a ${plainNumber(row.purity * 100)} % solution by weight (the mass is of the solution)` : `${plainNumber(row.purity * 100)} % pure (the mass is of the material as sold)`);
    if (row.molarity !== undefined && row.volumeMl !== undefined) why.push(`${plainNumber(row.molarity)} M solution`);
    else if (row.density !== undefined && row.volumeMl !== undefined) why.push(`density ${row.density} g/mL`);
    out.push({
      position,
      label: parts.join(' · '),
      paddingLeft: true,
      tooltip: md(`Amount of **${escapeMarkdown(row.name)}** for this protocol${why.length ? ': ' + why.join(', ') : ''}.`),
    });
  }

  for (const st of a.doc.statements) {
    if (st.kind !== 'solvent') continue;
    const amount = st.amount;
    if (amount && !amount.invalid && amount.kind === 'relvolume') {
      // `10 vol`: mL per g of the limiting reagent.
      const row = table.solvents.find((s) => s.line === st.line);
      if (row?.volumeMl !== undefined && Number.isFinite(row.volumeMl))
        out.push({
          position: endOfStatement(a, st.line, st.range.end),
          label: `→ ${formatVolume(row.volumeMl)}`,
          paddingLeft: true,
          tooltip: md(`Solvent volume: ${escapeMarkdown(amount.raw)} (mL per g) of '${escapeMarkdown(row.relTo ?? '')}'.`),
        });
      continue;
    }
    if (!amount || amount.invalid || amount.kind !== 'concentration' || scale === undefined) continue;
    const molar = toMolar(amount.value, amount.unit);
    if (!(molar > 0)) continue;
    const ml = scale / molar;
    if (!Number.isFinite(ml)) continue;
    out.push({
      position: endOfStatement(a, st.line, st.range.end),
      label: `→ ${formatVolume(ml)}`,
      paddingLeft: true,
      tooltip: md(`Solvent volume for ${formatScale(scale, sig3)} (${scaleWords}) at ${escapeMarkdown(amount.raw)}: scale ÷ concentration.`),
    });
  }

  const inside = range ? out.filter((h) => contains(range, h.position)) : out;
  return inside.sort((x, y) => x.position.line - y.position.line || x.position.character - y.position.character);
}
