// One position without indexing the whole text (the LineIndex rules: \n, \r\n and a lone \r end
// a line; columns count UTF-16 code units). Cost: proportional to the offset.
import type { Position } from '../text/line-index';

export function positionAt(text: string, offset: number): Position {
  const o = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < o; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++; lineStart = i + 1;
    } else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        if (i + 1 >= o) { break; }   // between \r and \n: still the same line
        i++;
      }
      line++; lineStart = i + 1;
    }
  }
  return { line, column: o - lineStart + 1 };
}
