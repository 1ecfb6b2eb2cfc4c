// One check of one file: creates the enabled rules' visitors, forwards the analyzer's events
// to them, and collects findings (capped per rule, with the true counts kept for the badge).
import type { Rule, RuleContext, RuleVisitor, EndFacts, ReportExtra } from './rules/rule';
import type { CsvLayout, CsvRow, CsvSummary } from './csv/model';
import type { JsonResult } from './json/model';
import type { XmlResult } from './xml/model';
import type { ResolvedMetadata } from './metadata/model';
import type { LinkResult } from './links/types';
import type { OpenApiResult } from './openapi/types';
import { plural, render, type Msg } from './messages';
import type {
  CriterionId, CriterionStatus, EncodingInfo, FileFormat, Finding, Range, RuleId, Severity, SeveritySetting,
} from './types';

export interface RuleRunOptions {
  path: string;
  format: FileFormat;
  /** the format whose analyzer runs (metadata files are JSON or CSV underneath) */
  contentFormat: FileFormat;
  encoding: EncodingInfo;
  metadata: ResolvedMetadata | null;
  today: string;
  graceDays: number;
  firstLine: Range;
  links: readonly LinkResult[] | null;
  /** set for an OpenAPI document: only the rules marked `api` run */
  openapi: OpenApiResult | null;
  severities: Partial<Record<RuleId, SeveritySetting>>;
  maxFindingsPerRule: number;
  rules: readonly Rule[];
}

export interface CriterionFact {
  status: CriterionStatus;
  /** one reason, or parts joined with ", " */
  reason: Msg | Msg[];
}

export class RuleRun {
  readonly findings: Finding[] = [];
  /** how many findings each rule made, including those beyond the cap */
  readonly counts = new Map<RuleId, number>();
  /** how many of them fail the rule's badge criterion (weak findings do not) */
  readonly failing = new Map<RuleId, number>();
  readonly criteria = new Map<CriterionId, CriterionFact>();
  private readonly visitors: RuleVisitor[] = [];
  /** the visitors that look at rows, bound once: csvRow runs for every row of a 1 GB file */
  private readonly rowVisitors: ((r: CsvRow, l: CsvLayout) => void)[] = [];
  /** those that look at plain records too */
  private readonly plainVisitors: ((r: CsvRow, l: CsvLayout) => void)[] = [];

  constructor(private readonly o: RuleRunOptions) {
    for (const rule of o.rules) {
      const severity = o.severities[rule.id] ?? rule.defaultSeverity;
      if (severity === 'off' || !(o.openapi ? rule.api === true : appliesTo(rule, o.format, o.contentFormat))) { continue; }
      this.visitors.push(rule.create(this.contextFor(rule, severity)));
    }
    this.rowVisitors = this.visitors.flatMap(v => (v.csvRow ? [v.csvRow.bind(v)] : []));
    this.plainVisitors = this.visitors.flatMap(v => (v.csvRow && !v.skipsPlainRows ? [v.csvRow.bind(v)] : []));
  }

  start(): void { for (const v of this.visitors) { v.start?.(); } }
  csvLayout(l: CsvLayout): void { for (const v of this.visitors) { v.csvLayout?.(l); } }
  csvRow(r: CsvRow, l: CsvLayout): void {
    const plain = r.role === 'data' && r.fieldCount === l.width && r.formulaCells === undefined && r.quoteErrors === undefined;
    const vs = plain ? this.plainVisitors : this.rowVisitors;
    for (let i = 0; i < vs.length; i++) { vs[i](r, l); }
  }
  csvEnd(s: CsvSummary, l: CsvLayout | null): void { for (const v of this.visitors) { v.csvEnd?.(s, l); } }
  json(r: JsonResult): void { for (const v of this.visitors) { v.json?.(r); } }
  xml(r: XmlResult): void { for (const v of this.visitors) { v.xml?.(r); } }

  end(facts: EndFacts): void {
    for (const v of this.visitors) { v.end?.(facts); }
    this.summariseCapped();
  }

  count(rule: RuleId): number {
    return this.counts.get(rule) ?? 0;
  }

  private contextFor(rule: Rule, severity: Exclude<SeveritySetting, 'off'>): RuleContext {
    const o = this.o;
    return {
      path: o.path, format: o.format, encoding: o.encoding, metadata: o.metadata,
      today: o.today, graceDays: o.graceDays, firstLine: o.firstLine, links: o.links, openapi: o.openapi,
      report: (range: Range, message: Msg, extra?: ReportExtra) => {
        const n = (this.counts.get(rule.id) ?? 0) + 1;
        this.counts.set(rule.id, n);
        if (!extra?.weak) { this.failing.set(rule.id, (this.failing.get(rule.id) ?? 0) + 1); }
        if (n > o.maxFindingsPerRule) { return; }
        const f: Finding = {
          rule: rule.id, severity: lower(severity, extra?.weak ? 'info' : extra?.severity),
          line: range.line, column: range.column, endLine: range.endLine, endColumn: range.endColumn,
          message: render(message), l10n: message,
        };
        if (extra?.fixes?.length) { f.fixes = extra.fixes; }
        if (extra?.path) { f.path = extra.path; }
        this.findings.push(f);
      },
      setCriterion: (id: CriterionId, status: CriterionStatus, reason: Msg) => {
        const prev = this.criteria.get(id);
        // a failure wins over pass/unknown from another rule on the same criterion
        if (prev?.status === 'fail' && status !== 'fail') { return; }
        this.criteria.set(id, { status, reason });
      },
    };
  }

  /** one summary finding per rule whose findings were capped, so nothing disappears silently */
  private summariseCapped(): void {
    for (const [id, n] of this.counts) {
      const extra = n - this.o.maxFindingsPerRule;
      if (extra <= 0) { continue; }
      const m = plural(extra, '{0} more {1} finding, not listed ({2} in all).', '{0} more {1} findings, not listed ({2} in all).', extra, id, n);
      this.findings.push({
        rule: 'too-many-findings', severity: 'info', line: 1, column: 1, endLine: 1, endColumn: 1,
        message: render(m), l10n: m,
      });
    }
  }
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

function lower(configured: Severity, wanted: Severity | undefined): Severity {
  return wanted !== undefined && RANK[wanted] < RANK[configured] ? wanted : configured;
}

function appliesTo(rule: Rule, format: FileFormat, contentFormat: FileFormat): boolean {
  if (rule.formats === 'any') { return format !== 'unknown' || rule.id === 'not-text'; }
  if (rule.formats.includes(format)) { return true; }
  // a metadata file gets the syntax checks of what it is written in, not the table checks
  return format === 'metadata' && contentFormat === 'json' && rule.formats.includes('json')
    && (rule.id === 'invalid-json' || rule.id === 'utf8-bom');
}
