// Everything the user reads, in the display language: the engine's messages (English templates
// with {0} arguments, translated through l10n/bundle.l10n.*.json) and the extension's own labels.
import * as vscode from 'vscode';
import { argsOf, type Msg } from '../core/messages';
import { joinReason } from '../core/reason-text';
import type { BadgeLevel, Criterion, CriterionId, CriterionStatus, Finding } from '../core/types';

export function translate(m: Msg): string {
  return vscode.l10n.t(m.template, ...argsOf(m, w => vscode.l10n.t(w)));
}

export function findingMessage(f: Finding): string {
  return f.l10n ? translate(f.l10n) : f.message;
}

/** A criterion's reason; a dataset's names each file before its parts (core/reason-text.ts). */
export function criterionReason(c: Criterion): string {
  return c.l10n && c.l10n.length > 0 ? joinReason(c.l10n, translate) : c.reason;
}

export function levelLabel(level: BadgeLevel): string {
  switch (level) {
    case 'gold': return vscode.l10n.t('Gold');
    case 'silver': return vscode.l10n.t('Silver');
    case 'bronze': return vscode.l10n.t('Bronze');
    case 'none': return vscode.l10n.t('No badge');
  }
}

export function statusLabel(status: CriterionStatus): string {
  switch (status) {
    case 'pass': return vscode.l10n.t('Pass');
    case 'fail': return vscode.l10n.t('Fail');
    case 'unknown': return vscode.l10n.t('Unknown');
  }
}

export function criterionTitle(id: CriterionId): string {
  switch (id) {
    case 'link-works': return vscode.l10n.t('Resource links work');
    case 'direct-download': return vscode.l10n.t('Data downloads directly');
    case 'structured': return vscode.l10n.t('Structured data');
    case 'metadata-encoding': return vscode.l10n.t('Metadata encoding matches the file');
    case 'metadata-fields': return vscode.l10n.t('Metadata field descriptions match the file');
    case 'timeliness': return vscode.l10n.t('Updated as often as declared');
  }
}
