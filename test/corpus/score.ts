// Precision / recall / F1 bookkeeping for the corpus test.
export class Score {
  tp = 0;
  fp = 0;
  fn = 0;

  add(predicted: boolean, expected: boolean): void {
    if (predicted && expected) { this.tp++; } else if (predicted) { this.fp++; } else if (expected) { this.fn++; }
  }

  addSets(predicted: Set<number>, expected: Set<number>): void {
    for (const p of predicted) { if (expected.has(p)) { this.tp++; } else { this.fp++; } }
    for (const e of expected) { if (!predicted.has(e)) { this.fn++; } }
  }

  get support(): number { return this.tp + this.fp + this.fn; }
  get precision(): number { return this.tp + this.fp === 0 ? 1 : this.tp / (this.tp + this.fp); }
  get recall(): number { return this.tp + this.fn === 0 ? 1 : this.tp / (this.tp + this.fn); }
  get f1(): number {
    const p = this.precision;
    const r = this.recall;
    return p + r === 0 ? 0 : (2 * p * r) / (p + r);
  }
}

export function macroF1(scores: Map<string, Score>): number {
  const used = [...scores.values()].filter(s => s.support > 0);
  return used.length === 0 ? 1 : used.reduce((a, s) => a + s.f1, 0) / used.length;
}

export function table(title: string, scores: Map<string, Score>): string {
  const rows = [...scores.entries()].filter(([, s]) => s.support > 0).sort(([a], [b]) => a.localeCompare(b));
  return [title, ...rows.map(([k, s]) =>
    `  ${k.padEnd(22)} P ${s.precision.toFixed(2)}  R ${s.recall.toFixed(2)}  F1 ${s.f1.toFixed(2)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`),
  `  macro F1 ${macroF1(scores).toFixed(3)}`].join('\n');
}
