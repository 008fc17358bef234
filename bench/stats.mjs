// Small statistics helpers for the benchmark.

/** Sorted copy. */
const sorted = (xs) => [...xs].sort((a, b) => a - b);

/** Nearest-rank quantile (q in [0, 1]) of a non-empty sample. */
export function quantile(xs, q) {
  const s = sorted(xs);
  const rank = Math.min(s.length, Math.max(1, Math.ceil(q * s.length)));
  return s[rank - 1];
}

/** Median (mean of the two middle values for an even count). */
export function median(xs) {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** { median, min, max, n } of repeated measurements. */
export function summary(xs) {
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length };
}

/** { p50, p95, max, n } of latencies. */
export function latency(xs) {
  return { p50: quantile(xs, 0.5), p95: quantile(xs, 0.95), max: Math.max(...xs), n: xs.length };
}

/** A number with `d` decimals, trailing zeros kept (for aligned tables). */
export const f = (x, d = 2) => (x === undefined || x === null || Number.isNaN(x) ? '—' : Number(x).toFixed(d));
