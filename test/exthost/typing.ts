// Typing in an open 20 MB CSV, as the editor benchmark and the host test drive it: bursts of
// keystrokes, each burst ending with a line break that makes a blank row at a known line. It
// measures the worst event-loop gap of the extension host meanwhile and the time from a burst's
// last edit to the diagnostics that show it.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { HEADER, makeRows } from '../bench/generate';
import { codeOf, waitForDiagnostics } from './suite/helpers';

export interface TypingFigures {
  /** the worst delay of a 5 ms timer while the bursts ran, ms */
  worstGap: number;
  /** how many of its delays exceeded 50 ms */
  over50: number;
  /** from each burst's last edit to its diagnostics, ms */
  latencies: number[];
}

/** a CSV of about `megabytes` MB */
export function writeTable(file: string, megabytes: number): void {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, HEADER);
    let size = 0;
    for (let seed = 1; size < megabytes * 1048576; seed++) {
      const rows = makeRows(seed, 2000);
      fs.writeSync(fd, rows);
      size += Buffer.byteLength(rows);
    }
  } finally {
    fs.closeSync(fd);
  }
}

const blankAt = (line: number) => (d: vscode.Diagnostic[]) => d.some(x => codeOf(x) === 'blank-row' && x.range.start.line === line);

/**
 * `bursts` bursts of `keys` keystrokes `keyMs` apart (each typed into a record's last cell),
 * then a line break before line `line` (0-based); the next burst starts once its blank row is
 * reported (or, with `pauseMs`, that long after: checks are off). The document is left as typed.
 */
export async function typeBursts(editor: vscode.TextEditor, bursts: number, keys: number, keyMs: number, pauseMs = 0): Promise<TypingFigures> {
  const uri = editor.document.uri;
  let last = Date.now();
  let worstGap = 0;
  let over50 = 0;
  const timer = setInterval(() => {
    const now = Date.now();
    const gap = now - last - 5;
    worstGap = Math.max(worstGap, gap);
    if (gap > 50) { over50++; }
    last = now;
  }, 5);
  const latencies: number[] = [];
  try {
    for (let b = 0; b < bursts; b++) {
      // a line well inside the table, a different one each burst (earlier blank rows shift nothing above it)
      const line = 1000 + b * 5000 + (pauseMs ? 2500 : 0);
      for (let k = 0; k < keys; k++) {
        const end = editor.document.lineAt(line + 1).range.end;
        await editor.edit(e => e.insert(end, 'x'));
        await new Promise(r => setTimeout(r, keyMs));
      }
      await editor.edit(e => e.insert(new vscode.Position(line, 0), '\n'));
      const t = Date.now();
      if (pauseMs) {
        await new Promise(r => setTimeout(r, pauseMs));
        continue;
      }
      await waitForDiagnostics(uri, blankAt(line), 60000);
      latencies.push(Date.now() - t);
    }
  } finally {
    clearInterval(timer);
  }
  return { worstGap, over50, latencies };
}
