// The badge view's lines of a failing criterion, each one short line that jumps to a finding: a
// kind of problem counted ("2 subtotal rows", to its first finding), or, for the rules that have
// no count (metadata, links, timeliness), each finding's point ("Wrong 編碼格式"). The full
// message is the line's tooltip.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { uriOfEnginePath } from '../file-access';
import { countedFindings } from '../../core/badge';
import { ruleById } from '../../core/rules/registry';
import type { Criterion, FileReport, Finding, RuleId } from '../../core/types';
import { findingRange } from '../diagnostics';
import { findingMessage, findingPoint, translate } from '../l10n';
import type { Prediction } from '../prediction';
import type { PanelLink } from './protocol';

type Resource = Prediction['resources'][number];

export function criterionLines(c: Criterion, p: Prediction): PanelLink[] {
  const lines: PanelLink[] = [];
  for (const r of p.resources) {
    // weak findings are information: they fail no criterion
    const failing = r.report.findings.filter(f => ruleById(f.rule)?.criterion === c.id && f.severity !== 'info');
    const byRule = new Map<RuleId, Finding[]>();
    failing.forEach(f => byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]));
    for (const [rule, found] of byRule) {
      const counted = countedFindings(rule, found.length + cappedBeyond(r.report, rule));
      if (counted) { lines.push(findingLine(p, r, found[0], translate(counted))); } else { found.forEach(f => lines.push(findingLine(p, r, f))); }
    }
  }
  return lines;
}

/** A line to one finding; its label is the finding's point unless given. */
export function findingLine(p: Prediction, { uri, report }: Resource, f: Finding, label = findingPoint(f)): PanelLink {
  const inMetadata = !!f.path && f.path !== report.path;
  const file = !inMetadata ? uri : uriOfEnginePath(uri, f.path!);
  const r = findingRange(f);
  return {
    label, where: inMetadata ? vscode.l10n.t('metadata, Ln {0}', f.line) : where(p, file, f.line), detail: findingMessage(f),
    target: { uri: file.toString(), line: r.start.line, column: r.start.character, endLine: r.end.line, endColumn: r.end.character },
  };
}

/** "Ln 5" in the file the view is about; "training.json:5" in another of its dataset's files
 *  (the name kept short: the point needs the room). A finding in the metadata says "metadata". */
function where(p: Prediction, file: vscode.Uri, line: number): string {
  if (file.toString() === p.uri.toString()) { return vscode.l10n.t('Ln {0}', line); }
  const name = path.posix.basename(file.path);
  return `${name.length > 16 ? '…' + name.slice(-15) : name}:${line}`;
}

/** findings of `rule` past the per-rule cap, counted in the report's summary finding */
function cappedBeyond(report: FileReport, rule: RuleId): number {
  const summary = report.findings.find(f => f.rule === 'too-many-findings' && f.l10n?.args[1] === rule);
  return typeof summary?.l10n?.args[0] === 'number' ? summary.l10n.args[0] : 0;
}
