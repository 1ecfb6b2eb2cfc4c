// A status bar item with the active dataset's predicted badge (for an API document, whether it is
// valid); a click opens the badge view.
import * as vscode from 'vscode';
import { activeUri } from './active-uri';
import type { ActivePrediction } from './active-prediction';
import { CMD } from './command-ids';
import { Disposable } from './dispose';
import { criterionTitle, levelLabel } from './l10n';
import type { Prediction } from './prediction';
import { isCheckable } from './targets';
import { apiTitle, apiVerdict } from './workspace-l10n';

const ICONS = { gold: '$(star-full)', silver: '$(star-half)', bronze: '$(star-empty)', none: '$(circle-slash)' } as const;

export class BadgeStatusBar extends Disposable {
  private readonly item = this._register(vscode.window.createStatusBarItem('opendataBadge.status', vscode.StatusBarAlignment.Right, 100));

  constructor(private readonly active: ActivePrediction) {
    super();
    this.item.name = vscode.l10n.t('Open Data Badge');
    this.item.command = CMD.showPanel;
    this._register(active.onDidChange(p => this.show(p)));
    this._register(vscode.window.onDidChangeActiveTextEditor(() => this.show(this.active.current)));
    this.show(active.current);
  }

  private show(p: Prediction | null): void {
    const editor = activeUri();
    if (!p || (editor && !isCheckable(editor))) { this.item.hide(); return; }
    if (p.resources.every(r => r.report.api)) { this.showApi(p); return; }
    // a level that rests on unchecked metadata criteria (no metadata yet) is marked, not claimed
    const assumed = p.badge.criteria.filter(c => c.level === 'gold' && p.badge.assumptions.includes(c.id));
    this.item.text = `${ICONS[p.badge.level]} ${levelLabel(p.badge.level)}${assumed.length ? '?' : ''}`;
    const tip = vscode.l10n.t('Open Data Badge: {0} predicts {1}. Click for the checklist.', p.dataset, levelLabel(p.badge.level));
    this.item.tooltip = assumed.length
      ? tip + '\n' + vscode.l10n.t('Assumed to pass (not checked): {0}', assumed.map(c => criterionTitle(c.id)).join(', '))
      : tip;
    this.item.accessibilityInformation = { label: vscode.l10n.t('Predicted badge: {0}', levelLabel(p.badge.level)) };
    this.item.show();
  }

  private showApi(p: Prediction): void {
    const report = p.resources[0].report;
    const valid = report.api?.valid === true;
    this.item.text = `${valid ? '$(pass)' : '$(error)'} OpenAPI`;
    this.item.tooltip = p.resources.map(r => `${apiTitle(r.report)}: ${apiVerdict(r.report)}`).join('\n');
    this.item.accessibilityInformation = { label: `${apiTitle(report)}: ${apiVerdict(report)}` };
    this.item.show();
  }
}
