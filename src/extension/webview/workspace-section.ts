// WorkspaceState -> what the badge view's workspace section shows: translated, plain strings.
import * as vscode from 'vscode';
import { plural } from '../../core/messages';
import { LEVEL_ORDER, noSuggestion, REPORT_WORDS } from '../../core/portfolio/report-language';
import { baseName } from '../file-access';
import { levelLabel, translate } from '../l10n';
import { suggestionText } from '../workspace-l10n';
import type { WorkspaceResult, WorkspaceState } from '../workspace-report';
import type { WorkspaceSection } from './protocol';

const MAX_SUGGESTIONS = 3;

export function workspaceSection(s: WorkspaceState): WorkspaceSection {
  const heading = vscode.l10n.t('Workspace');
  switch (s.kind) {
    case 'none':
      return {
        kind: 'none', heading, check: vscode.l10n.t('Check workspace'),
        hint: vscode.l10n.t('Check every data file of the workspace for the agency score (資料開放金質獎) and what would raise it.'),
      };
    case 'checking': {
      const hint = s.folder ? vscode.l10n.t('Checking {0}…', baseName(s.folder)) : vscode.l10n.t('Checking the workspace…');
      // the last report stays in view, marked, rather than the score vanishing for the whole check
      return s.previous ? report(s.previous, heading, hint) : { kind: 'checking', heading, hint };
    }
    case 'ready':
      return report(s.result, heading, '');
  }
}

/** "3 datasets in 5 files (of FOLDER)": each count with its noun's plural form */
function scope(datasets: number, files: number, folder: string | undefined): string {
  const d = translate(plural(datasets, '{0} dataset', '{0} datasets'));
  const f = translate(plural(files, '{0} file', '{0} files'));
  return folder ? vscode.l10n.t('{0} in {1} of {2}', d, f, folder) : vscode.l10n.t('{0} in {1}', d, f);
}

function report(r: WorkspaceResult, heading: string, checking: string): WorkspaceSection {
  const { portfolio: p, folder, checked, total, partial } = r;
  const bars = LEVEL_ORDER.map(level => ({ level, label: levelLabel(level), count: p.counts[level] }));
  const valid = p.apis.filter(a => a.valid).length;
  return {
    kind: 'report',
    heading: folder ? vscode.l10n.t('Folder') : heading,
    scoreLabel: vscode.l10n.t('Agency score'),
    score: p.score.toFixed(2),
    bonus: p.apis.length === 0 ? vscode.l10n.t('OAS bonus +0.0: no OpenAPI documents found')
      : translate(plural(p.apis.length, 'OAS bonus +{0} ({1} valid of {2} API)', 'OAS bonus +{0} ({1} valid of {2} APIs)', p.bonus.toFixed(1), valid, p.apis.length)),
    scope: scope(p.datasets.length, checked, folder ? baseName(folder) : undefined),
    partial: partial ? translate(plural(total, 'Partial: the check was cancelled after {0} of {1} file', 'Partial: the check was cancelled after {0} of {1} files', checked, total)) : '',
    chartLabel: vscode.l10n.t('Badge counts: {0}', bars.map(b => `${b.label} ${b.count}`).join(', ')),
    bars,
    suggestionsTitle: translate(REPORT_WORDS.raise),
    suggestions: p.suggestions.slice(0, MAX_SUGGESTIONS).map(suggestionText),
    noSuggestions: translate(noSuggestion(p)),
    report: vscode.l10n.t('Open full report'),
    check: vscode.l10n.t('Check again'),
    checking,
  };
}
