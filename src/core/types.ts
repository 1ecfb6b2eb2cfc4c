// Shapes shared by the engine, the CLI and the editor. The JSON-visible ones follow
// ../shared/spec/cli-contract.md: fields may be added, never renamed or removed.

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export type RuleId =
  | 'non-utf8-encoding' | 'utf8-bom' | 'not-text' | 'empty-file'
  | 'blank-row' | 'ragged-row' | 'title-row' | 'multi-row-header' | 'blank-header'
  | 'duplicate-header' | 'subtotal-row' | 'section-row' | 'notes-row' | 'formula' | 'quote-error'
  | 'delimiter-mismatch' | 'trailing-delimiter'
  | 'invalid-json' | 'invalid-xml' | 'xml-encoding-mismatch'
  | 'metadata-missing' | 'metadata-encoding-mismatch' | 'metadata-fields-mismatch'
  | 'update-overdue' | 'link-broken' | 'link-not-direct'
  | 'openapi-invalid'
  | 'too-many-findings';

export type FileFormat = 'csv' | 'tsv' | 'json' | 'xml' | 'metadata' | 'unknown';

/** WHATWG-style lower-case names (contract); `big5` is the whole Big5/CP950/HKSCS family. */
export type EncodingName =
  | 'utf-8' | 'utf-16le' | 'utf-16be' | 'big5' | 'gb18030' | 'shift_jis' | 'windows-1252' | 'binary';

/** A Big5 user-defined (造字, EUDC) or HKSCS-only character: no certain reading. */
export interface EudcChar {
  line: number;
  column: number;
  /** the two bytes, upper-case hex, e.g. "95CD" */
  bytes: string;
  /** readings by variant: hkscs = Big5-HKSCS, cp950 = Windows (private use), pua = kept recoverable */
  readings: { hkscs: string | null; cp950: string | null; pua: string };
}

export interface EncodingInfo {
  name: EncodingName;
  bom: boolean;
  confidence: number;
  /** for big5: the variant whose table decoded the file ('cp950' or 'big5-hkscs') */
  variant?: string;
  /** for big5: characters outside the common core (EUDC/HKSCS); empty when none */
  eudc?: EudcChar[];
  /** set when the bytes are not text at all (e.g. "ZIP archive") */
  binaryKind?: string;
  /** only bytes below 0x80: the same text in UTF-8, Big5 and every encoding the platform takes */
  ascii?: boolean;
  /** for big5: user-defined characters in all (the `eudc` list is capped) */
  eudcCount?: number;
  /** something a person should know about the result (a cut-off end, invalid bytes), in English */
  note?: string;
}

/** A 1-based, inclusive range in the decoded text; columns count UTF-16 code units (as VS Code). */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Where a document stops being well-formed (JSON, XML): the offending token, inclusive. */
export interface SyntaxProblem extends Range {
  /** English, with the position in it: "Unexpected 'v' at line 1, column 1: expected a value" */
  message: string;
  /** the same message as a template and arguments, for translation */
  l10n: { template: string; args: (string | number)[] };
}

export type FixId =
  | 'convert-utf8' | 'remove-blank-rows' | 'remove-subtotal-rows' | 'remove-title-rows'
  | 'remove-notes-rows' | 'join-header-rows' | 'remove-trailing-delimiter' | 'remove-bom'
  | 'update-metadata-fields' | 'update-metadata-encoding' | 'update-metadata-notes';

export interface Finding extends Range {
  rule: RuleId;
  severity: Severity;
  message: string;
  /** the English template and arguments of `message`, for translation (vscode.l10n.t / CLI --lang);
   *  `words`: the indexes of arguments that are templates too ("ZIP archive") */
  l10n?: { template: string; args: (string | number)[]; words?: number[] };
  /** fixes that address this finding */
  fixes?: FixId[];
  /** the file this finding is about when it differs from the report's path (metadata findings) */
  path?: string;
}

/** What a resource file is and what was done with it: a spreadsheet or a PDF is listed, not
 *  checked; a file whose name says .xlsx but that holds text is checked as that text. */
export interface ResourceInfo {
  /** what the bytes are: xlsx, xls, ods, pdf, docx, doc, odt, pptx, ppt, odp, zip, ole2, gzip,
   *  7z, rar; or the format the file was checked as (csv, json…) */
  type: string;
  kind: 'spreadsheet' | 'document' | 'archive' | 'data';
  checked: boolean;
  /** what was done with it, in English ("spreadsheet (XLSX): not checked — …") */
  note: string;
  l10n: { template: string; args: (string | number)[]; words?: number[] };
}

export type CriterionId =
  | 'link-works' | 'direct-download' | 'structured'
  | 'metadata-encoding' | 'metadata-fields' | 'timeliness';

export type CriterionStatus = 'pass' | 'fail' | 'unknown';
export type BadgeLevel = 'none' | 'bronze' | 'silver' | 'gold';

export interface Criterion {
  id: CriterionId;
  status: CriterionStatus;
  reason: string;
  /** the level this criterion is first required for */
  level: Exclude<BadgeLevel, 'none'>;
  /** the reason's parts as English templates and arguments, joined with ", " when translated */
  l10n?: { template: string; args: (string | number)[] }[];
}

export interface Badge {
  level: BadgeLevel;
  criteria: Criterion[];
  /** the criteria whose `unknown` status was assumed to pass (contract: say which assumptions) */
  assumptions: CriterionId[];
}

export interface FileReport {
  path: string;
  format: FileFormat;
  encoding: EncodingInfo;
  findings: Finding[];
  badge: Badge;
  /** the record fields found in the file (CSV header, JSON record keys, XML record children) */
  fields?: string[];
  /** a fatal problem that stopped the check (unreadable file, too large); findings may be partial */
  error?: string;
  /** the metadata source(s) used for this file */
  metadata?: { sources: string[]; dataset?: string };
  /** set for a resource file identified by its content (a spreadsheet, a PDF…), and for a text
   *  file named like one: what it is and whether it was checked */
  resource?: ResourceInfo;
  /** set when the file is an API description (OpenAPI), which is not a dataset resource: its
   *  badge is `none` with no criteria, and a valid one adds to the agency score's bonus */
  api?: ApiInfo;
}

export interface ApiInfo {
  kind: 'openapi';
  /** the declared version ('2.0', '3.0.3', '3.1.0'…), null when none could be read */
  version: string | null;
  valid: boolean;
}

export interface DatasetReport {
  name: string;
  resources: string[];
  badge: Badge;
  metadataSources: string[];
  /** every resource with what was done with it (checked, or a spreadsheet not checked…) */
  resourceFiles?: (ResourceInfo & { path: string })[];
}

export interface CheckReport {
  version: 1;
  files: FileReport[];
  datasets?: DatasetReport[];
}

/** Cooperative cancellation: the engine polls it between chunks of work. */
export interface CancellationSignal {
  readonly aborted: boolean;
}

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}
