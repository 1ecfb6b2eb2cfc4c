// Everything the user reads, in the display language: the engine's messages (English templates
// with {0} arguments, translated through l10n/bundle.l10n.*.json) and the extension's own labels.
import * as vscode from 'vscode';
import { argsOf, format, type Msg } from '../core/messages';
import { joinReason } from '../core/reason-text';
import type { BadgeLevel, Criterion, CriterionId, CriterionStatus, Finding } from '../core/types';

export function translate(m: Msg): string {
  return vscode.l10n.t(m.template, ...argsOf(m, w => vscode.l10n.t(w)));
}

export function findingMessage(f: Finding): string {
  return f.l10n ? translate(f.l10n) : f.message;
}

/**
 * A finding's point: its translated message up to the first colon ("Wrong 編碼格式", "逾期 3 天未更
 * 新"), the messages being written point first. The colon is looked for in the template, so that
 * one inside a value (a file name, a cell) does not cut it.
 */
export function findingPoint(f: Finding): string {
  if (!f.l10n) { return f.message; }
  // the placeholders as their own arguments: the translated template, untouched
  const template = vscode.l10n.t(f.l10n.template, ...f.l10n.args.map((_, i) => `{${i}}`));
  const cut = /[:：]/.exec(template);
  return cut ? format(template.slice(0, cut.index), argsOf(f.l10n, w => vscode.l10n.t(w))) : findingMessage(f);
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
    case 'metadata-encoding': return vscode.l10n.t('Encoding as declared');
    case 'metadata-fields': return vscode.l10n.t('Fields as declared');
    case 'timeliness': return vscode.l10n.t('Updated as declared');
  }
}
