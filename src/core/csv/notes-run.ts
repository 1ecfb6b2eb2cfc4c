// A run of notes: after a notes keyword row (註：, 資料來源：…), the one-cell text lines that
// continue it are notes too; after a blank row, only list items (1. …, (2) …) still do. The rows
// above the header (layout.ts) and below it (classify.ts) follow the same rule.
import type { NumberReader } from './cells';
import { firstNonEmpty } from './header';
import { isListItem } from './keywords';
import type { Row } from './row';

export class NotesRun {
  private inNotes = false;
  private blankSinceNotes = false;

  /** a notes keyword row starts (or restarts) a run */
  start(): void {
    this.inNotes = true;
    this.blankSinceNotes = false;
  }

  /** a blank row inside a run */
  blank(): void {
    if (this.inNotes) { this.blankSinceNotes = true; }
  }

  /** the row continues the run: one cell at most, not a number */
  continues(row: Row, reader: NumberReader): boolean {
    if (!this.inNotes || row.nonEmpty > 1) { return false; }
    const first = firstNonEmpty(row);
    return Number.isNaN(reader.read(first)) && (!this.blankSinceNotes || isListItem(first));
  }

  /** a row that is not a note ends the run */
  stop(): void {
    this.inNotes = false;
  }
}
