// Prediction -> what the badge view shows: translated, plain strings and jump targets.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Criterion } from '../../core/types';
import { criterionReason, criterionTitle, levelLabel, statusLabel } from '../l10n';
import type { Prediction } from '../prediction';
import { isDataFile } from '../targets';
import { apiProblems, apiTitle, apiVerdict } from '../workspace-l10n';
import { criterionHelp } from './criterion-actions';
import { criterionLines, findingLine } from './criterion-lines';
import type { PanelActionId, PanelApi, PanelCriterion, PanelState, PanelStrings } from './protocol';

const MAX_LINKS = 5;

function strings(): PanelStrings {
  return {
    heading: vscode.l10n.t('Predicted badge'),
    checklist: vscode.l10n.t('Criteria'),
    empty: vscode.l10n.t('Open a CSV, TSV, JSON or XML data file (or its metadata) to see the badge its dataset would get.'),
  };
}

export function emptyState(): PanelState {
  return { kind: 'empty', strings: strings() };
}

/** `linksCheckable`: this editor can check resource links (not in the browser) */
export function panelState(p: Prediction, linksCheckable = true): PanelState {
  if (p.resources.every(r => r.report.api)) { return apiState(p); }
  const files = p.resources.map(r => path.posix.basename(r.uri.path)).join(', ');
  const assumed = p.badge.criteria.filter(c => p.badge.assumptions.includes(c.id)).map(c => criterionTitle(c.id));
  const shown = new Set<PanelActionId>();
  const state: PanelState = {
    kind: 'prediction',
    strings: strings(),
    dataset: p.dataset,
    files,
    level: p.badge.level,
    levelLabel: levelLabel(p.badge.level),
    assumptions: assumed.length ? vscode.l10n.t('Assumed to pass (not checked): {0}', assumed.join(', ')) : '',
    criteria: p.badge.criteria.map(c => criterion(c, p, shown, linksCheckable)),
  };
  if (isDataFile(p.uri)) {
    state.preview = { label: vscode.l10n.t('Preview table: {0}', path.posix.basename(p.uri.path)), uri: p.uri.toString() };
  }
  return state;
}

function criterion(c: Criterion, p: Prediction, shown: Set<PanelActionId>, linksCheckable: boolean): PanelCriterion {
  const lines = c.status === 'fail' ? criterionLines(c, p) : [];
  const help = criterionHelp(c, p, shown, linksCheckable);
  return {
    id: c.id,
    title: criterionTitle(c.id),
    status: c.status,
    statusLabel: statusLabel(c.status),
    requiredFor: vscode.l10n.t('required for {0}', levelLabel(c.level)),
    // a failed structure is said by its lines, one per kind of problem
    reason: c.id === 'structured' && lines.length ? '' : help.reason ?? criterionReason(c),
    links: lines.slice(0, MAX_LINKS),
    more: more(lines.length),
    actions: help.actions,
  };
}

function more(n: number): string {
  return n > MAX_LINKS ? vscode.l10n.t('and {0} more in the Problems panel', n - MAX_LINKS) : '';
}

/** An API document is not a dataset resource: its state is whether it counts toward the bonus. */
function apiState(p: Prediction): PanelState {
  return {
    kind: 'api',
    heading: vscode.l10n.t('API description'),
    problemsTitle: vscode.l10n.t('Problems'),
    apis: p.resources.map(({ uri, report }): PanelApi => {
      const problems = apiProblems(report);
      const valid = report.api?.valid === true;
      return {
        file: path.posix.basename(uri.path),
        title: apiTitle(report),
        valid,
        status: valid ? vscode.l10n.t('Valid') : vscode.l10n.t('Not valid'),
        verdict: apiVerdict(report),
        problems: problems.slice(0, MAX_LINKS).map(f => findingLine(p, { uri, report }, f)),
        more: more(problems.length),
      };
    }),
  };
}
