// The words of the workspace report and of API documents (which count toward its bonus), in the
// display language. A suggestion's message (core/portfolio/score.ts) carries the levels and the
// criterion's problem as English words among its arguments: they are put in translated here.
import * as vscode from 'vscode';
import type { BadgeLevel, CriterionId, FileReport } from '../core/types';
import { LEVELS } from '../core/badge';
import type { ReportLanguage } from '../core/portfolio/report-language';
import type { Suggestion } from '../core/portfolio/score';
import { criterionReason, criterionTitle, levelLabel, translate } from './l10n';

function problem(id: CriterionId): string {
  switch (id) {
    case 'link-works': return vscode.l10n.t('a resource link does not work');
    case 'direct-download': return vscode.l10n.t('a resource link is not a direct download');
    case 'structured': return vscode.l10n.t('a resource is not structured (subtotals, blank rows, merged headers…)');
    case 'metadata-encoding': return vscode.l10n.t('編碼格式 does not match the file');
    case 'metadata-fields': return vscode.l10n.t('主要欄位說明 does not match the fields');
    case 'timeliness': return vscode.l10n.t('the update is overdue (更新頻率)');
  }
}

const isLevelList = (a: string) => a.split('/').every(l => (LEVELS as readonly string[]).includes(l));

/** "3 datasets are Silver only because …: +1.2 points", translated with its words. */
export function suggestionText(s: Suggestion): string {
  const args = s.l10n.args.map(a => typeof a !== 'string' ? a
    : isLevelList(a) ? a.split('/').map(l => levelLabel(l as BadgeLevel)).join('/')
      : problem(s.criterion));
  return vscode.l10n.t(s.l10n.template, ...args);
}

/** The full report's language in the editor. */
export const editorReportLanguage: ReportLanguage = {
  say: translate,
  level: levelLabel,
  failing: c => `${criterionTitle(c.id)}: ${criterionReason(c)}`,
  suggestion: suggestionText,
};

/** The problems that make an API document invalid. */
export function apiProblems(report: FileReport): FileReport['findings'] {
  return report.findings.filter(f => f.rule === 'openapi-invalid');
}

/** "OpenAPI 3.0.3 document" */
export function apiTitle(report: FileReport): string {
  const version = report.api?.version;
  return version ? vscode.l10n.t('OpenAPI {0} document', version) : vscode.l10n.t('OpenAPI document');
}

/** Whether the document counts toward the agency score's bonus, and why not. */
export function apiVerdict(report: FileReport): string {
  if (report.api?.valid) { return vscode.l10n.t('Valid — counts +0.1 toward the agency score'); }
  const n = apiProblems(report).length;
  if (n === 0) { return vscode.l10n.t('Not valid — not counted toward the bonus'); }
  return n === 1 ? vscode.l10n.t('1 problem — not counted toward the bonus')
    : vscode.l10n.t('{0} problems — not counted toward the bonus', n);
}
