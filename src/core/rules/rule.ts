// The contract every rule file implements. A rule is a small visitor: the engine decodes the
// file once, runs the format's analyzer once, and streams what it finds to every enabled rule.
import type { CsvLayout, CsvRow, CsvSummary } from '../csv/model';
import type { JsonResult } from '../json/model';
import type { XmlResult } from '../xml/model';
import type { ResolvedMetadata } from '../metadata/model';
import type { LinkResult } from '../links/types';
import type { OpenApiResult } from '../openapi/types';
import type { Msg } from '../messages';
import type {
  CriterionId, CriterionStatus, EncodingInfo, FileFormat, FixId, Range, RuleId, Severity,
} from '../types';

export interface RuleMeta {
  id: RuleId;
  defaultSeverity: Severity;
  /** formats the rule looks at; 'any' for all */
  formats: readonly FileFormat[] | 'any';
  /** the rule also runs on OpenAPI documents (only rules marked so do) */
  api?: boolean;
  /** the badge criterion that a finding of this rule fails, if any */
  criterion: CriterionId | null;
  /** one line, English, for docs and settings */
  title: string;
}

export interface ReportExtra {
  fixes?: FixId[];
  /** lower this finding's severity below the rule's (never raises it): details next to a main finding */
  severity?: Severity;
  /** report on another file (e.g. the metadata file), at `range` in that file */
  path?: string;
  /**
   * the evidence is weak: reported as information, and it does not fail the rule's badge
   * criterion (a wrong error that lowers the predicted badge costs more than a missed one)
   */
  weak?: boolean;
}

export interface RuleContext {
  readonly path: string;
  readonly format: FileFormat;
  readonly encoding: EncodingInfo;
  readonly metadata: ResolvedMetadata | null;
  /** the date used for timeliness, YYYY-MM-DD */
  readonly today: string;
  /** extra grace for timeliness, in days */
  readonly graceDays: number;
  /** line 1 from its first to its last character: where whole-file findings go */
  readonly firstLine: Range;
  /** the checked resource links of this file; null when links were not checked (offline) */
  readonly links: readonly LinkResult[] | null;
  /** the validation of an OpenAPI document; null for data and metadata files */
  readonly openapi: OpenApiResult | null;
  report(range: Range, message: Msg, extra?: ReportExtra): void;
  /** a rule that evaluated its criterion says so (pass with a reason, or unknown and why) */
  setCriterion(id: CriterionId, status: CriterionStatus, reason: Msg): void;
}

/** Facts known once the content has been analysed. */
export interface EndFacts {
  /** the record fields found in the file; null when the content could not be read */
  fields: string[] | null;
  /** where the fields are in the data file (header row, first record…) for findings */
  fieldsRange: Range | null;
  /** the other reading of a JSON/XML file whose records sit in one report with values of its
   *  own (an earthquake report and its shaking areas): the report's fields */
  outerFields?: string[];
}

export interface RuleVisitor {
  /** after decoding, before the content */
  start?(): void;
  csvLayout?(layout: CsvLayout): void;
  csvRow?(row: CsvRow, layout: CsvLayout): void;
  /**
   * csvRow does nothing with a plain record (role data, the layout's width, no formula cell, no
   * quote error): it is not called for those, nearly every row of a big file
   */
  skipsPlainRows?: boolean;
  csvEnd?(summary: CsvSummary, layout: CsvLayout | null): void;
  json?(result: JsonResult): void;
  xml?(result: XmlResult): void;
  end?(facts: EndFacts): void;
}

export interface Rule extends RuleMeta {
  create(ctx: RuleContext): RuleVisitor;
}

/** The docs page of a rule, relative to the repository / extension root. */
export function docsPath(id: RuleId): string {
  return `docs/rules/${id}.md`;
}
