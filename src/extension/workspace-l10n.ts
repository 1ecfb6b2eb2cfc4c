// The words of the workspace report and of API documents (which count toward its bonus), in the
// display language. A suggestion's message (core/portfolio/score.ts) carries the levels and the
// criterion's problem as English words among its arguments: they are put in translated.
import * as vscode from 'vscode';
import { plural } from '../core/messages';
import type { FileReport } from '../core/types';
import type { ReportLanguage } from '../core/portfolio/report-language';
import { suggestionText as coreSuggestionText, type Suggestion } from '../core/portfolio/score';
import { criterionReason, criterionTitle, levelLabel, translate } from './l10n';

/** "3 datasets are Silver only because …: +1.2 points", translated with its words. */
export function suggestionText(s: Suggestion): string {
  return coreSuggestionText(s, t => vscode.l10n.t(t), levelLabel);
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
  return translate(plural(n, '{0} problem — not counted toward the bonus', '{0} problems — not counted toward the bonus'));
}
