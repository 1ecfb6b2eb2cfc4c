// A criterion's reason as one line, in any language. A file's reason is its parts joined with
// ", "; a dataset's reason leads each file's parts with a "{0}:" label that names the file, so
// that it reads "a.csv: 1 blank row, 2 subtotal rows; b.json: not well-formed JSON".
import { msg, type Msg } from './messages';

/** The label before a file's parts in a dataset's reason (no words to translate). */
export const FILE_LABEL = '{0}:';

export function fileLabel(name: string): Msg {
  return msg(FILE_LABEL, name);
}

/** The parts joined: a label and its first part by a space, parts by ", ", files by "; ". */
export function joinReason(parts: readonly Msg[], say: (m: Msg) => string): string {
  let out = '';
  let afterLabel = true;
  for (const part of parts) {
    const isLabel = part.template === FILE_LABEL;
    out += (out === '' ? '' : isLabel ? '; ' : afterLabel ? ' ' : ', ') + say(part);
    afterLabel = isLabel;
  }
  return out;
}
