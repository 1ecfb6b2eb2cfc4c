// Diagnostics through the real API, for each kind of file in the test workspace.
import * as assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activate, codeOf, open, rules, waitForDiagnostics, wsUri, zh } from './helpers';

const has = (...ids: string[]) => (d: vscode.Diagnostic[]) => ids.every(id => rules(d).includes(id));
const lineOf = (d: vscode.Diagnostic[], rule: string) => d.filter(x => codeOf(x) === rule).map(x => x.range.start.line);

/** VS Code's Problems view order within a file: severity, then the range's start and end */
function problemsOrder(a: vscode.Diagnostic, b: vscode.Diagnostic): number {
  return a.severity - b.severity || a.range.start.compareTo(b.range.start) || a.range.end.compareTo(b.range.end);
}

describe('diagnostics', () => {
  before(async () => { await activate(); });

  it('names Big5 (CP950) on a Big5 CSV that VS Code shows as UTF-8', async () => {
    const uri = wsUri('big5/wages.csv');
    await open('big5/wages.csv');
    const d = await waitForDiagnostics(uri, has('non-utf8-encoding'));
    const enc = d.find(x => codeOf(x) === 'non-utf8-encoding')!;
    assert.match(enc.message, /Big5 \(CP950\)/);
    assert.equal(enc.range.start.line, 0);
    assert.equal(enc.source, 'opendata-badge');
    const code = enc.code as { value: string; target: vscode.Uri };
    assert.ok(code.target.path.endsWith('/docs/rules/non-utf8-encoding.md'), code.target.toString());
    if (zh()) { assert.match(enc.message, /[\u4e00-\u9fff]/, 'zh-TW message: ' + enc.message); }
    else { assert.match(enc.message, /^[\x20-\x7e]+$/, 'English message: ' + enc.message); }
  });

  it('ranks the encoding first in a Big5 file that falls short of gold: an error, before the title, subtotal and metadata errors', async () => {
    const uri = wsUri('big5/monthly-wages.csv');
    await open('big5/monthly-wages.csv');
    const d = await waitForDiagnostics(uri, has('non-utf8-encoding', 'title-row', 'subtotal-row', 'metadata-encoding-mismatch'));
    assert.equal(codeOf(d[0]), 'non-utf8-encoding', rules(d).join());
    assert.equal(d[0].severity, vscode.DiagnosticSeverity.Error);
    assert.match(d[0].message, zh() ? /轉檔後其他問題會比較容易閱讀/ : /other findings will be easier to read after conversion/);
    // the Problems view sorts by severity, then by range (a stable sort): it stays first there too
    assert.equal(codeOf([...d].sort(problemsOrder)[0]), 'non-utf8-encoding');
    assert.ok(d.filter(x => x.range.start.line === 0).every(x => x.severity === vscode.DiagnosticSeverity.Error));
  });

  it('keeps the encoding a warning in a Big5 file that reaches gold', async () => {
    const uri = wsUri('big5/wages.csv');
    const d = await waitForDiagnostics(uri, has('non-utf8-encoding'));
    assert.equal(d.find(x => codeOf(x) === 'non-utf8-encoding')?.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('marks subtotal rows and blank rows on their lines', async () => {
    const uri = wsUri('subtotals/employment.csv');
    await open('subtotals/employment.csv');
    const d = await waitForDiagnostics(uri, has('subtotal-row', 'blank-row'));
    assert.deepEqual(lineOf(d, 'subtotal-row'), [4, 7]);
    assert.deepEqual(lineOf(d, 'blank-row'), [3, 6]);
  });

  it('finds a header merged over two rows', async () => {
    const uri = wsUri('merged-header/labor.csv');
    await open('merged-header/labor.csv');
    const d = await waitForDiagnostics(uri, has('multi-row-header'));
    assert.deepEqual(lineOf(d, 'multi-row-header'), [0]);
  });

  it('finds a title row and a notes row', async () => {
    const uri = wsUri('title-notes/population.csv');
    await open('title-notes/population.csv');
    const d = await waitForDiagnostics(uri, has('title-row', 'notes-row'));
    assert.deepEqual(lineOf(d, 'title-row'), [0]);
    assert.deepEqual(lineOf(d, 'notes-row'), [4]);
  });

  it('shows a metadata mismatch on the data file and at the exact field of the metadata file', async () => {
    const data = wsUri('mismatch/employment-rate.csv');
    const meta = wsUri('mismatch/employment-rate.metadata.json');
    await open('mismatch/employment-rate.csv');
    await waitForDiagnostics(data, has('metadata-fields-mismatch', 'metadata-encoding-mismatch'));
    const m = await waitForDiagnostics(meta, has('metadata-fields-mismatch', 'metadata-encoding-mismatch'));
    const text = (await vscode.workspace.openTextDocument(meta)).getText().split('\n');
    const fieldsLine = text.findIndex(l => l.includes('"主要欄位說明"'));
    const encLine = text.findIndex(l => l.includes('"編碼格式"'));
    // the list as a whole and each field of it that the file lacks: all on the 主要欄位說明 line
    const fields = lineOf(m, 'metadata-fields-mismatch');
    assert.ok(fields.length > 0 && fields.every(l => l === fieldsLine), `${fields} on line ${fieldsLine}`);
    assert.deepEqual(lineOf(m, 'metadata-encoding-mismatch'), [encLine]);
  });

  it('reports JSON and XML that are not well-formed, at the error', async () => {
    const json = wsUri('json/broken.json');
    await open('json/broken.json');
    const j = await waitForDiagnostics(json, has('invalid-json'));
    assert.equal(lineOf(j, 'invalid-json')[0], 3, 'the ] after a trailing comma');
    const xml = wsUri('xml/broken.xml');
    await open('xml/broken.xml');
    const x = await waitForDiagnostics(xml, has('invalid-xml'));
    assert.equal(lineOf(x, 'invalid-xml')[0], 3, 'the mismatched end tag');
  });

  it('checks TSV files', async () => {
    const uri = wsUri('tsv/stats.tsv');
    await open('tsv/stats.tsv');
    const d = await waitForDiagnostics(uri, has('blank-row'));
    assert.deepEqual(lineOf(d, 'blank-row'), [2]);
  });

  it('leaves a gold-ready dataset without errors or warnings', async () => {
    const uri = wsUri('gold/training.csv');
    await open('gold/training.csv');
    // the check has run once the badge of the file is known
    const p = await vscode.commands.executeCommand<{ level: string }>('opendataBadge.predictBadge', uri);
    assert.ok(p);
    const serious = vscode.languages.getDiagnostics(uri).filter(d => d.severity <= vscode.DiagnosticSeverity.Warning);
    assert.deepEqual(serious.map(d => `${codeOf(d)}: ${d.message}`), []);
  });

  it('follows the rule settings (opendataBadge.rules)', async () => {
    const uri = wsUri('tsv/stats.tsv');
    await open('tsv/stats.tsv');
    await waitForDiagnostics(uri, has('blank-row', 'metadata-missing'));
    const config = vscode.workspace.getConfiguration('opendataBadge');
    await config.update('rules', { 'metadata-missing': 'off', 'blank-row': 'info' }, vscode.ConfigurationTarget.Workspace);
    try {
      const d = await waitForDiagnostics(uri, x => !rules(x).includes('metadata-missing'));
      assert.equal(d.find(x => codeOf(x) === 'blank-row')?.severity, vscode.DiagnosticSeverity.Information);
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(uri, has('metadata-missing'));
  });

  it('re-checks while typing (debounced) and drops stale results', async () => {
    const uri = wsUri('tsv/stats.tsv');
    const editor = await open('tsv/stats.tsv');
    await waitForDiagnostics(uri, has('blank-row'));
    // several quick edits: fill the blank row, break it again, fill it again
    for (const text of ['2024\t桃園市\t9', '', '2024\t桃園市\t9']) {
      await editor.edit(e => e.replace(editor.document.lineAt(2).range, text));
    }
    const d = await waitForDiagnostics(uri, x => !rules(x).includes('blank-row'));
    assert.deepEqual(lineOf(d, 'blank-row'), []);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitForDiagnostics(uri, has('blank-row'));
  });
});
