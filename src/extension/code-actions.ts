// The one CodeActionProvider: quick fixes for the diagnostics in the request (honouring
// `context.only`), "fix all in this file", and the source.fixAll.opendataBadge action.
import * as vscode from 'vscode';
import { encodingLabel } from '../core/encoding/names';
import { FIX_ORDER, type TextFix } from '../core/fixes';
import type { FileFormat, FixId } from '../core/types';
import { CMD, FIX_ALL_KIND } from './command-ids';
import { DIAGNOSTIC_SOURCE, type DiagnosticPublisher, type PlacedFinding } from './diagnostics';
import { enginePath } from './file-access';
import { translate } from './l10n';
import type { ReportStore } from './report-store';
import { fixAll, type TextFixCache } from './text-fixes';

const FIX_ALL = vscode.CodeActionKind.Empty.append(FIX_ALL_KIND);
const NEEDS_TRUST = new Set<FixId>(['convert-utf8', 'remove-bom', 'remove-title-rows', 'remove-notes-rows']);

class FixAction extends vscode.CodeAction {
  constructor(title: string, readonly fixId: FixId) {
    super(title, vscode.CodeActionKind.QuickFix);
  }
}

class FixAllAction extends vscode.CodeAction {
  constructor(title: string, kind: vscode.CodeActionKind, readonly doc: vscode.TextDocument, readonly format: FileFormat) {
    super(title, kind);
  }
}

export class BadgeCodeActions implements vscode.CodeActionProvider<vscode.CodeAction> {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL],
  };

  constructor(
    private readonly publisher: DiagnosticPublisher,
    private readonly store: ReportStore,
    private readonly fixes: TextFixCache,
  ) {}

  async provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, ctx: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const wants = (kind: vscode.CodeActionKind) => !ctx.only || ctx.only.contains(kind);
    const outcome = this.store.get(doc.uri);
    const format = outcome?.report.format ?? 'unknown';
    const inContext = wants(vscode.CodeActionKind.QuickFix) ? this.placedInContext(doc, ctx) : [];
    // the text fixes are worked out only when one can be offered: for a finding they fix at the
    // cursor, or a fix-all asked for (not on every move of the cursor, when the light bulb asks;
    // they take seconds on 20 MB), and only when the buffer holds the file's real text (not a
    // Big5 file shown as UTF-8)
    const fixAllAsked = ctx.only !== undefined && ctx.only.contains(FIX_ALL);
    const fixable = inContext.some(p => p.finding.fixes?.some(id => FIX_ORDER.includes(id)));
    const version = doc.version;
    const textFixes = outcome?.editorTextMatches && (fixable || fixAllAsked) ? await this.fixes.get(doc, format) : [];
    // edited meanwhile: the fixes' offsets are those of the older text
    if (doc.version !== version) { return []; }
    // fix-all applies only the fixes that need no person's look
    const certain = textFixes.filter(f => !f.review);
    const actions: vscode.CodeAction[] = [];
    if (wants(vscode.CodeActionKind.QuickFix)) {
      actions.push(...this.quickFixes(doc, inContext, textFixes));
      if (inContext.length > 0 && certain.length > 1) {
        actions.push(new FixAllAction(vscode.l10n.t('Fix all Open Data Badge problems in this file'), vscode.CodeActionKind.QuickFix, doc, format));
      }
    }
    if (wants(FIX_ALL) && certain.length > 0) {
      actions.push(new FixAllAction(vscode.l10n.t('Fix all Open Data Badge problems in this file'), FIX_ALL, doc, format));
    }
    return actions;
  }

  resolveCodeAction(action: vscode.CodeAction): vscode.CodeAction {
    if (!(action instanceof FixAllAction) || action.edit) { return action; }
    const { doc, format } = action;
    // untrusted: the title / notes rows' text could not be written to the metadata, so keep them
    const trusted = vscode.workspace.isTrusted;
    const result = fixAll(enginePath(doc.uri), doc.getText(), format, trusted ? [] : ['remove-title-rows', 'remove-notes-rows']);
    if (!result) { return action; }
    action.edit = new vscode.WorkspaceEdit();
    action.edit.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), result.text);
    if (result.removedText.length && trusted) {
      action.command = { command: CMD.moveToMetadata, title: '', arguments: [doc.uri, result.removedText] };
    }
    return action;
  }

  private placedInContext(doc: vscode.TextDocument, ctx: vscode.CodeActionContext): PlacedFinding[] {
    const ours = ctx.diagnostics.filter(d => d.source === DIAGNOSTIC_SOURCE);
    return this.publisher.findingsOn(doc.uri).filter(p => ours.some(d => codeOf(d) === p.finding.rule && d.range.isEqual(p.range)));
  }

  private quickFixes(doc: vscode.TextDocument, placed: PlacedFinding[], textFixes: TextFix[]): vscode.CodeAction[] {
    const byFix = new Map<FixId, { action: FixAction; diagnostics: vscode.Diagnostic[] }>();
    for (const p of placed) {
      let first = true;   // the finding's first applicable fix is its main one
      for (const id of p.finding.fixes ?? []) {
        let entry = byFix.get(id);
        if (!entry) {
          const action = this.action(doc, p, id, textFixes);
          if (!action) { continue; }
          entry = { action, diagnostics: [] };
          byFix.set(id, entry);
        }
        // the main fix is preferred, unless it only opens a preview of an uncertain restructuring
        if (first) { entry.action.isPreferred = !textFixes.find(f => f.id === id)?.review; first = false; }
        entry.diagnostics.push(this.diagnosticFor(doc, p));
      }
    }
    const actions: vscode.CodeAction[] = [...byFix.values()].map(({ action, diagnostics }) => {
      action.diagnostics = diagnostics;
      if (NEEDS_TRUST.has(action.fixId) && !vscode.workspace.isTrusted) {
        action.disabled = { reason: vscode.l10n.t('This fix writes files: trust the workspace first.') };
      }
      return action;
    });
    // no metadata: it can be written from the files (建立詮釋資料)
    const missing = placed.find(p => p.finding.rule === 'metadata-missing');
    if (missing) { actions.push(createMetadataAction(doc, missing)); }
    return actions;
  }

  private action(doc: vscode.TextDocument, p: PlacedFinding, id: FixId, textFixes: TextFix[]): FixAction | undefined {
    const make = (title: string) => new FixAction(title, id);
    switch (id) {
      case 'convert-utf8': {
        const enc = p.report.encoding;
        if (enc.name === 'utf-8') { return undefined; }   // e.g. a metadata that only names the wrong encoding
        const a = make(vscode.l10n.t('Convert {0} to UTF-8', encodingLabel(enc.name, enc.variant)));
        a.command = { command: CMD.convertToUtf8, title: a.title, arguments: [p.source] };
        return a;
      }
      case 'remove-bom': {
        const a = make(vscode.l10n.t('Remove the byte-order mark'));
        a.command = { command: CMD.convertToUtf8, title: a.title, arguments: [p.source, { bom: false }] };
        return a;
      }
      case 'update-metadata-fields':
      case 'update-metadata-encoding': {
        const a = make(id === 'update-metadata-fields'
          ? vscode.l10n.t('Update the metadata\'s 主要欄位說明 from the file')
          : vscode.l10n.t('Update the metadata\'s 編碼格式 from the file'));
        a.command = { command: CMD.updateMetadata, title: a.title, arguments: [p.source, id === 'update-metadata-fields' ? 'fields' : 'encoding'] };
        return a;
      }
      default: {
        const fix = p.target.toString() === doc.uri.toString() ? textFixes.find(f => f.id === id) : undefined;
        if (!fix) { return undefined; }
        // an uncertain restructuring opens VS Code's refactor preview: the user sees the diff and accepts it
        const review = fix.review
          ? { needsConfirmation: true, label: translate(fix.title), description: translate(fix.review) }
          : undefined;
        const a = make(review ? vscode.l10n.t('{0} (preview: {1})', translate(fix.title), translate(fix.review ?? fix.title)) : translate(fix.title));
        a.edit = new vscode.WorkspaceEdit();
        for (const e of fix.edits) { a.edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText, review); }
        if (fix.removedText?.length) {
          a.command = { command: CMD.moveToMetadata, title: a.title, arguments: [doc.uri, fix.removedText] };
        }
        return a;
      }
    }
  }

  private diagnosticFor(doc: vscode.TextDocument, p: PlacedFinding): vscode.Diagnostic {
    return vscode.languages.getDiagnostics(doc.uri).find(d => codeOf(d) === p.finding.rule && d.range.isEqual(p.range))
      ?? new vscode.Diagnostic(p.range, p.finding.message);
  }
}

function createMetadataAction(doc: vscode.TextDocument, p: PlacedFinding): vscode.CodeAction {
  const a = new vscode.CodeAction(vscode.l10n.t('Create the metadata from the files'), vscode.CodeActionKind.QuickFix);
  a.command = { command: CMD.createMetadata, title: a.title, arguments: [p.source] };
  a.diagnostics = [vscode.languages.getDiagnostics(doc.uri).find(d => codeOf(d) === p.finding.rule && d.range.isEqual(p.range)) ?? new vscode.Diagnostic(p.range, p.finding.message)];
  if (!vscode.workspace.isTrusted) { a.disabled = { reason: vscode.l10n.t('This fix writes files: trust the workspace first.') }; }
  return a;
}

function codeOf(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' ? d.code.value : d.code;
}
