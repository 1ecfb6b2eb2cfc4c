// Which delimiter a file really uses, from its first lines: the candidate that splits the records
// into the same number of fields (more than one) most consistently. The extension's delimiter
// wins unless another one is clearly better (tabs in a .csv, commas in a .tsv).

const CANDIDATES = [',', '\t', ';', '|'];
const SAMPLE_RECORDS = 200;

/** field counts of the first records, quote-aware, blank lines skipped */
function fieldCounts(text: string, delimiter: string): number[] {
  const d = delimiter.charCodeAt(0);
  const counts: number[] = [];
  let fields = 1;
  let inQuotes = false;
  let atFieldStart = true;
  let lineHasText = false;
  for (let i = 0; i < text.length && counts.length < SAMPLE_RECORDS; i++) {
    const c = text.charCodeAt(i);
    if (inQuotes) {
      if (c === 34) {
        if (text.charCodeAt(i + 1) === 34) { i++; } else { inQuotes = false; }
      }
      continue;
    }
    if (c === 34 && atFieldStart) { inQuotes = true; atFieldStart = false; lineHasText = true; continue; }
    if (c === d) { fields++; atFieldStart = true; lineHasText = true; continue; }
    if (c === 10 || c === 13) {
      if (lineHasText) { counts.push(fields); }
      if (c === 13 && text.charCodeAt(i + 1) === 10) { i++; }
      fields = 1;
      atFieldStart = true;
      lineHasText = false;
      continue;
    }
    atFieldStart = false;
    if (c !== 32) { lineHasText = true; }
  }
  if (lineHasText && counts.length < SAMPLE_RECORDS) { counts.push(fields); }
  return counts;
}

/** the share of records that have the most common field count, and that count */
function consistency(counts: number[]): { width: number; share: number } {
  if (counts.length === 0) { return { width: 1, share: 0 }; }
  const freq = new Map<number, number>();
  for (const c of counts) { freq.set(c, (freq.get(c) ?? 0) + 1); }
  let width = 1;
  let best = 0;
  for (const [w, f] of freq) {
    if (f > best || (f === best && w > width)) { best = f; width = w; }
  }
  return { width, share: best / counts.length };
}

function score(text: string, delimiter: string): number {
  const { width, share } = consistency(fieldCounts(text, delimiter));
  return width > 1 ? share : 0;
}

/** The delimiter of `head` (the first few tens of KB of the decoded text). */
export function detectDelimiter(head: string, expected: string): string {
  const mine = score(head, expected);
  let best = expected;
  let bestScore = mine;
  for (const c of CANDIDATES) {
    if (c === expected || head.indexOf(c) < 0) { continue; }
    const s = score(head, c);
    // another delimiter must be clearly more consistent than the expected one
    if (s >= 0.8 && s > bestScore + 0.2) { best = c; bestScore = s; }
  }
  return best;
}
