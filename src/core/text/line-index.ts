// Offsets in a decoded string -> 1-based line/column. Lines end at \n, \r\n or a lone \r (as in
// VS Code); columns count UTF-16 code units, so they match editor positions exactly.

export interface Position {
  line: number;
  column: number;
}

export class LineIndex {
  /** offset of the first character of each line */
  private readonly starts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        starts.push(i + 1);
      } else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) { i++; }
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) { lo = mid; } else { hi = mid - 1; }
    }
    return { line: lo + 1, column: o - this.starts[lo] + 1 };
  }

  /** offset of a 1-based line/column */
  offset(line: number, column: number): number {
    const start = this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
    return start + column - 1;
  }

  /** the text of a 1-based line without its line break */
  lineText(line: number): string {
    const start = this.starts[line - 1];
    if (start === undefined) { return ''; }
    let end = line < this.starts.length ? this.starts[line] : this.text.length;
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) { end--; }
    return this.text.slice(start, end);
  }
}
