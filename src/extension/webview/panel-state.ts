// Prediction -> what the badge view shows: translated, plain strings and jump targets.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ruleById } from '../../core/rules/registry';
import type { Criterion, FileReport, Finding } from '../../core/types';
import { findingRange } from '../diagnostics';
import { uriOfEnginePath } from '../file-access';
import { criterionReason, criterionTitle, findingMessage, levelLabel, statusLabel } from '../l10n';
import type { Prediction } from '../prediction';
import { isDataFile } from '../targets';
import { apiProblems, apiTitle, apiVerdict } from '../workspace-l10n';
import type { PanelApi, PanelCriterion, PanelLink, PanelState, PanelStrings } from './protocol';

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

export function panelState(p: Prediction): PanelState {
  if (p.resources.every(r => r.report.api)) { return apiState(p); }
  const files = p.resources.map(r => path.posix.basename(r.uri.path)).join(', ');
  const assumed = p.badge.criteria.filter(c => p.badge.assumptions.includes(c.id)).map(c => criterionTitle(c.id));
  const state: PanelState = {
    kind: 'prediction',
    strings: strings(),
    dataset: p.dataset,
    files,
    level: p.badge.level,
    levelLabel: levelLabel(p.badge.level),
    assumptions: assumed.length ? vscode.l10n.t('Assumed to pass (not checked): {0}', assumed.join(', ')) : '',
    criteria: p.badge.criteria.map(c => criterion(c, p)),
  };
  if (isDataFile(p.uri)) {
    state.preview = { label: vscode.l10n.t('Preview table: {0}', path.posix.basename(p.uri.path)), uri: p.uri.toString() };
  }
  return state;
}

function criterion(c: Criterion, p: Prediction): PanelCriterion {
  return {
    id: c.id,
    title: criterionTitle(c.id),
    status: c.status,
    statusLabel: statusLabel(c.status),
    requiredFor: vscode.l10n.t('required for {0}', levelLabel(c.level)),
    reason: criterionReason(c),
    links: c.status === 'fail' ? findingLinks(p.resources, f => ruleById(f.rule)?.criterion === c.id) : [],
  };
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
        problems: findingLinks([{ uri, report }], f => f.rule === 'openapi-invalid'),
        more: problems.length > MAX_LINKS ? vscode.l10n.t('and {0} more in the Problems panel', problems.length - MAX_LINKS) : '',
      };
    }),
  };
}

/** The first findings that `wanted` accepts, as links to their place. */
function findingLinks(resources: Prediction['resources'], wanted: (f: Finding) => boolean): PanelLink[] {
  const out: PanelLink[] = [];
  for (const { uri, report } of resources) {
    for (const f of report.findings) {
      if (out.length >= MAX_LINKS) { return out; }
      if (!wanted(f)) { continue; }
      const target = fileOf(uri, report, f.path);
      const r = findingRange(f);
      out.push({
        label: `${path.posix.basename(target.path)}:${f.line} — ${findingMessage(f)}`,
        target: { uri: target.toString(), line: r.start.line, column: r.start.character, endLine: r.end.line, endColumn: r.end.character },
      });
    }
  }
  return out;
}

function fileOf(uri: vscode.Uri, report: FileReport, findingPath: string | undefined): vscode.Uri {
  if (!findingPath || findingPath === report.path) { return uri; }
  return uriOfEnginePath(uri, findingPath);
}
