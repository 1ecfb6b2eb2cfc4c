// FileReport -> VS Code diagnostics. A report can speak about other files (a data file's metadata
// mismatch sits at the exact field of its metadata file too), so diagnostics are kept per source
// report and each target file shows the union of what every source says about it.
import * as vscode from 'vscode';
import type { FileReport, Finding, Severity } from '../core/types';
import { Disposable } from './dispose';
import { plural } from '../core/messages';
import { uriOfEnginePath } from './file-access';
import { findingMessage, translate } from './l10n';

export const DIAGNOSTIC_SOURCE = 'opendata-badge';

export interface PlacedFinding {
  finding: Finding;
  /** the report that produced it (a data file's, for findings shown on its metadata file) */
  report: FileReport;
  source: vscode.Uri;
  target: vscode.Uri;
  range: vscode.Range;
}

export function findingRange(f: Finding): vscode.Range {
  const line = Math.max(0, f.line - 1);
  const endLine = Math.max(line, f.endLine - 1);
  const col = Math.max(0, f.column - 1);
  // engine ends are inclusive, VS Code's exclusive
  const endCol = endLine === line ? Math.max(col + 1, f.endColumn) : Math.max(0, f.endColumn);
  return new vscode.Range(line, col, endLine, endCol);
}

function severity(s: Severity): vscode.DiagnosticSeverity {
  return s === 'error' ? vscode.DiagnosticSeverity.Error
    : s === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information;
}

export class DiagnosticFactory {
  constructor(private readonly extensionUri: vscode.Uri) {}

  create(p: PlacedFinding): vscode.Diagnostic {
    const d = new vscode.Diagnostic(p.range, findingMessage(p.finding), severity(p.finding.severity));
    d.source = DIAGNOSTIC_SOURCE;
    d.code = { value: p.finding.rule, target: this.docsUri(p.finding.rule) };
    return d;
  }

  /** One diagnostic in place of the findings past the cap. */
  summary(hidden: number): vscode.Diagnostic {
    const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0),
      translate(plural(hidden, '{0} more problem is not shown. Run "Open Data Badge: Check workspace" or the CLI for the full list.',
        '{0} more problems are not shown. Run "Open Data Badge: Check workspace" or the CLI for the full list.')),
      vscode.DiagnosticSeverity.Information);
    d.source = DIAGNOSTIC_SOURCE;
    d.code = { value: 'too-many-findings', target: this.docsUri('too-many-findings') };
    return d;
  }

  docsUri(rule: string): vscode.Uri {
    // the findings past a cap are not a rule of their own: the settings page explains the cap
    return rule === 'too-many-findings' ? vscode.Uri.joinPath(this.extensionUri, 'docs', 'settings.md')
      : vscode.Uri.joinPath(this.extensionUri, 'docs', 'rules', rule + '.md');
  }
}

/** Places a report's findings on their files: its own, or `finding.path` (metadata). */
export function placeFindings(source: vscode.Uri, report: FileReport): PlacedFinding[] {
  return report.findings.map(finding => {
    const target = finding.path && finding.path !== report.path ? uriOfEnginePath(source, finding.path) : source;
    return { finding, report, source, target, range: findingRange(finding) };
  });
}


/** The DiagnosticCollection, fed per source file; targets show the union, capped per file. */
export class DiagnosticPublisher extends Disposable {
  private readonly collection = this._register(vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE));
  /** target uri -> source uri -> what that source says about the target */
  private readonly byTarget = new Map<string, Map<string, PlacedFinding[]>>();
  /** source uri -> the targets it spoke about */
  private readonly targetsOf = new Map<string, Map<string, vscode.Uri>>();

  constructor(private readonly factory: DiagnosticFactory, private readonly cap: (uri: vscode.Uri) => number) {
    super();
  }

  publish(source: vscode.Uri, placed: PlacedFinding[]): void {
    const key = source.toString();
    const touched = this.clear(key);
    touched.set(key, source);
    const targets = new Map<string, vscode.Uri>([[key, source]]);
    for (const p of placed) {
      const t = p.target.toString();
      targets.set(t, p.target);
      touched.set(t, p.target);
      const sources = this.byTarget.get(t) ?? new Map<string, PlacedFinding[]>();
      this.byTarget.set(t, sources);
      const list = sources.get(key) ?? [];
      sources.set(key, list);
      list.push(p);
    }
    this.targetsOf.set(key, targets);
    this.refresh(touched);
  }

  remove(source: vscode.Uri): void {
    const key = source.toString();
    const touched = this.clear(key);
    touched.set(key, source);
    this.targetsOf.delete(key);
    this.refresh(touched);
  }

  /** Every placed finding shown on `target`. */
  findingsOn(target: vscode.Uri): PlacedFinding[] {
    return [...(this.byTarget.get(target.toString())?.values() ?? [])].flat();
  }

  private clear(sourceKey: string): Map<string, vscode.Uri> {
    const targets = this.targetsOf.get(sourceKey) ?? new Map<string, vscode.Uri>();
    for (const t of targets.keys()) {
      const sources = this.byTarget.get(t);
      sources?.delete(sourceKey);
      if (sources?.size === 0) { this.byTarget.delete(t); }
    }
    return new Map(targets);
  }

  private refresh(targets: Map<string, vscode.Uri>): void {
    for (const t of targets.values()) {
      const all = this.findingsOn(t);
      const cap = this.cap(t);
      const shown = all.slice(0, cap).map(p => this.factory.create(p));
      if (all.length > cap) { shown.push(this.factory.summary(all.length - cap)); }
      this.collection.set(t, shown);
    }
  }
}
