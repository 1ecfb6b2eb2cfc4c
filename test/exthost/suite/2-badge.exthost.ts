// "Predict badge" and the badge view (webview), through the command and the extension's exports.
import * as assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activate, open, wsUri, type Api } from './helpers';

interface Prediction { level: string; criteria: { id: string; status: string; reason: string }[]; resources: string[] }

const predict = (rel: string) => vscode.commands.executeCommand<Prediction>('opendataBadge.predictBadge', wsUri(rel));
const status = (p: Prediction, id: string) => p.criteria.find(c => c.id === id)?.status;

/** The next time the webview draws `level` (not what it shows already). */
function nextRender(api: Api, level: string): Promise<{ level: string | null; criteria: number }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`no ${level} render; last: ${JSON.stringify(api.lastRendered())}`)); }, 30000);
    const sub = api.onDidRender(r => { if (r.level === level) { clearTimeout(timer); sub.dispose(); resolve(r); } });
  });
}

describe('predict badge', () => {
  let api: Api;
  before(async () => { api = await activate(); });

  it('predicts gold for a dataset whose metadata matches (all its resources)', async () => {
    const p = await predict('gold/training.csv');
    assert.equal(p.level, 'gold', JSON.stringify(p.criteria));
    assert.equal(p.resources.length, 2, 'training.csv and training.json');
    assert.equal(status(p, 'structured'), 'pass');
    assert.equal(status(p, 'metadata-fields'), 'pass');
  });

  it('predicts silver when the metadata does not match', async () => {
    const p = await predict('mismatch/employment-rate.csv');
    assert.equal(p.level, 'silver', JSON.stringify(p.criteria));
    assert.equal(status(p, 'metadata-fields'), 'fail');
    assert.equal(status(p, 'metadata-encoding'), 'fail');
  });

  it('predicts bronze for subtotal and blank rows, and says why', async () => {
    const p = await predict('subtotals/employment.csv');
    assert.equal(p.level, 'bronze');
    const structured = p.criteria.find(c => c.id === 'structured')!;
    assert.equal(structured.status, 'fail');
    assert.match(structured.reason, /subtotal/);
  });

  it('returns the prediction for a uri without opening any UI', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    const p = await predict('gold/training.json');
    assert.equal(p.level, 'gold');
    assert.equal(vscode.window.visibleTextEditors.length, 0, 'no editor opened');
  });

  it('shows the active dataset in the badge view: silver, with its checklist', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    await open('mismatch/employment-rate.csv');
    const rendered = nextRender(api, 'silver');
    await vscode.commands.executeCommand('opendataBadge.predictBadge');   // no uri: shows the panel
    const r = await rendered;
    assert.equal(r.level, 'silver');
    assert.equal(r.criteria, 6);
  });

  it('jumps to a finding (what a checklist link does)', async () => {
    const uri = wsUri('mismatch/employment-rate.metadata.json');
    const target = new vscode.Location(uri, new vscode.Range(3, 10, 3, 16));
    await vscode.commands.executeCommand('opendataBadge.revealFinding', target);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), uri.toString());
    const sel = editor.selection;
    assert.deepEqual([sel.start.line, sel.start.character, sel.end.line, sel.end.character], [3, 10, 3, 16]);
  });

  it('follows the active editor', async () => {
    const next = nextRender(api, 'gold');
    await open('gold/training.csv');
    const r = await next;
    assert.equal(r.level, 'gold');
  });
});
