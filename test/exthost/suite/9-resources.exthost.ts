// Check folder lists a dataset's spreadsheets as the CLI does (issue 12, item 7): by their bytes,
// not checked, never silver on their own, and the CSV beside one carries the badge.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { before, describe, it } from 'mocha';
import { ole2, xlsx } from '../../fixtures/resources/containers';
import { activate, wsUri, type Api } from './helpers';

describe('resource files in the workspace report', () => {
  let api: Api;
  before(async () => {
    api = await activate();
    fs.mkdirSync(wsUri('sheets').fsPath, { recursive: true });
    fs.writeFileSync(wsUri('sheets/both.csv').fsPath, '\uFEFF年度,人數\r\n2026,3\r\n');
    fs.writeFileSync(wsUri('sheets/both.xlsx').fsPath, xlsx());
    fs.writeFileSync(wsUri('sheets/only.xls').fsPath, ole2('Workbook'));
    // named like a spreadsheet, but text: checked as the CSV it is
    fs.writeFileSync(wsUri('sheets/text.xlsx').fsPath, '年度,人數\n2026,3\n');
  });

  it('a spreadsheet alone is bronze (structured fails), one beside a CSV leaves the badge to it', async () => {
    const r = await api.checkWorkspace(wsUri('sheets'));
    const by = (name: string) => r.portfolio.datasets.find(d => d.name === name);
    assert.deepEqual(r.portfolio.datasets.map(d => d.name).sort(), ['both', 'only', 'text']);
    assert.equal(by('only')?.badge.level, 'bronze');
    assert.equal(by('both')?.resources.length, 2);
    assert.notEqual(by('both')?.badge.level, 'bronze', JSON.stringify(by('both')?.badge));
    const sheet = api.report(wsUri('sheets/only.xls')) as { resource?: { type: string; checked: boolean } } | undefined;
    assert.deepEqual(sheet?.resource && [sheet.resource.type, sheet.resource.checked], ['xls', false]);
    const text = api.report(wsUri('sheets/text.xlsx')) as { format?: string; resource?: { checked: boolean } } | undefined;
    assert.equal(text?.format, 'csv');
    assert.equal(text?.resource?.checked, true);
  });
});
