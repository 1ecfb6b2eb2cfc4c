// The buttons of a criterion left unknown, and its reason in the editor's words: links not checked
// (the check is opt-in because it makes network requests: check them now, or open the setting;
// in Restricted Mode only trusting the folder helps), metadata missing (create it, or how to add
// it) or a
// metadata field missing (open the metadata). A button is shown once, on the first criterion
// that needs it.
import * as vscode from 'vscode';
import { linksNotChecked } from '../../core/badge';
import type { Criterion, CriterionId } from '../../core/types';
import type { Prediction } from '../prediction';
import type { PanelAction, PanelActionId } from './protocol';

const METADATA_CRITERIA: readonly CriterionId[] = ['metadata-encoding', 'metadata-fields', 'timeliness'];

function label(a: PanelActionId): string {
  switch (a) {
    case 'checkLinks': return vscode.l10n.t('Check links now');
    case 'openLinkSetting': return vscode.l10n.t('Open setting');
    case 'manageTrust': return vscode.l10n.t('Manage Workspace Trust');
    case 'createMetadata': return vscode.l10n.t('Create metadata');
    case 'metadataHelp': return vscode.l10n.t('How to add metadata');
    case 'openMetadata': return vscode.l10n.t('Open metadata');
  }
}

export interface CriterionHelp {
  /** the reason to show instead of the engine's, or undefined to keep it */
  reason?: string;
  actions: PanelAction[];
}

export function criterionHelp(c: Criterion, p: Prediction, shown: Set<PanelActionId>, linksCheckable = true): CriterionHelp {
  const wanted: PanelActionId[] = [];
  let reason: string | undefined;
  if (linksNotChecked(c) && !linksCheckable) {
    // the browser cannot check them honestly (the panel's note says why): no button
    reason = vscode.l10n.t('Not checked: link checks do not run in the browser.');
  } else if (linksNotChecked(c)) {
    const trusted = vscode.workspace.isTrusted;
    // said once, on the first link criterion; the second depends on the same check
    reason = shown.has('checkLinks') || shown.has('manageTrust') ? vscode.l10n.t('Not checked: needs the link check.')
      : trusted ? vscode.l10n.t('Not checked: link checks are opt-in, as they use the network.')
        : vscode.l10n.t('Not checked: link checks need a trusted folder.');
    wanted.push(...(trusted ? ['checkLinks', 'openLinkSetting'] as const : ['manageTrust'] as const));
  } else if (c.status === 'unknown' && METADATA_CRITERIA.includes(c.id)) {
    // creating the sidecar writes a file: offered in a trusted folder only
    if (p.resources.some(r => !r.report.metadata)) {
      wanted.push(...(vscode.workspace.isTrusted ? ['createMetadata', 'metadataHelp'] as const : ['metadataHelp'] as const));
    } else {
      wanted.push('openMetadata');
    }
  }
  const actions = wanted.filter(a => !shown.has(a)).map((a, i) => ({ action: a, label: label(a), secondary: i > 0 }));
  actions.forEach(a => shown.add(a.action));
  return { reason, actions };
}
