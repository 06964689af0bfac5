/** "10k" → 10000, "1m" → 1000000, "2500" → 2500. */
export function parseSize(size: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(size.trim());
  if (!match) throw new Error(`A size is a number of claims such as 10k, 100k or 1m; got "${size}".`);
  const factor = { '': 1, k: 1_000, m: 1_000_000 }[(match[2] ?? '').toLowerCase()] ?? 1;
  return Math.round(Number(match[1]) * factor);
}
