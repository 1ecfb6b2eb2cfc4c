// The text fixes a file can take, each verified by the module that makes it.
import { csvFixes } from './csv-fixes';
import type { TextFix } from './fix';
import type { FileFormat, FixId } from '../types';

export { applyEdits } from './fix';
export type { TextFix, TextEdit } from './fix';
export { convertToUtf8 } from './convert-utf8';

/** The order `fix --all` applies them in: rows out before the header is joined. */
export const FIX_ORDER: readonly FixId[] = [
  'remove-notes-rows', 'remove-title-rows', 'remove-subtotal-rows', 'remove-blank-rows',
  'join-header-rows', 'remove-trailing-delimiter',
];

export function textFixes(input: { path: string; text: string; format: FileFormat }): TextFix[] {
  if (input.format === 'csv' || input.format === 'tsv') {
    return csvFixes(input.text, { expectedDelimiter: input.format === 'tsv' ? '\t' : ',' });
  }
  return [];
}
