// Every rule, in the order findings are listed. Adding a rule = adding its file and one line here.
import type { Rule } from './rule';
import type { RuleId } from '../types';
import { rule as nonUtf8Encoding } from './non-utf8-encoding';
import { rule as utf8Bom } from './utf8-bom';
import { rule as notText } from './not-text';
import { rule as emptyFile } from './empty-file';
import { rule as delimiterMismatch } from './delimiter-mismatch';
import { rule as quoteError } from './quote-error';
import { rule as titleRow } from './title-row';
import { rule as multiRowHeader } from './multi-row-header';
import { rule as blankHeader } from './blank-header';
import { rule as duplicateHeader } from './duplicate-header';
import { rule as trailingDelimiter } from './trailing-delimiter';
import { rule as blankRow } from './blank-row';
import { rule as raggedRow } from './ragged-row';
import { rule as subtotalRow } from './subtotal-row';
import { rule as sectionRow } from './section-row';
import { rule as notesRow } from './notes-row';
import { rule as formula } from './formula';
import { rule as invalidJson } from './invalid-json';
import { rule as invalidXml } from './invalid-xml';
import { rule as xmlEncodingMismatch } from './xml-encoding-mismatch';
import { rule as metadataMissing } from './metadata-missing';
import { rule as metadataEncodingMismatch } from './metadata-encoding-mismatch';
import { rule as metadataFieldsMismatch } from './metadata-fields-mismatch';
import { rule as updateOverdue } from './update-overdue';
import { rule as linkBroken } from './link-broken';
import { rule as linkNotDirect } from './link-not-direct';
import { rule as openapiInvalid } from './openapi-invalid';

export const rules: readonly Rule[] = [
  nonUtf8Encoding, utf8Bom, notText, emptyFile,
  delimiterMismatch, quoteError, titleRow, multiRowHeader, blankHeader, duplicateHeader,
  trailingDelimiter, blankRow, raggedRow, subtotalRow, sectionRow, notesRow, formula,
  invalidJson, invalidXml, xmlEncodingMismatch,
  metadataMissing, metadataEncodingMismatch, metadataFieldsMismatch, updateOverdue,
  linkBroken, linkNotDirect,
  openapiInvalid,
];

const byId = new Map<RuleId, Rule>(rules.map(r => [r.id, r]));

export function ruleById(id: RuleId): Rule | undefined {
  return byId.get(id);
}
