// In a file that falls short of gold the encoding is the first thing to fix: the non-UTF-8
// finding becomes an error, comes first and says why, without changing the badge.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkBytes } from '../../src/core/engine';
import type { FileReport } from '../../src/core/types';
import { big5 } from '../fixtures/encoding/samples';

// a title row, a subtotal and a blank row: structured fails, so bronze
const FAULTY = '各縣市人數統計\r\n縣市,男,女\r\n臺北市,"1,200","1,300"\r\n新北市,"2,000","2,100"\r\n合計,"3,200","3,400"\r\n\r\n';
const CLEAN = '縣市,男,女\r\n臺北市,"1,200","1,300"\r\n新北市,"2,000","2,100"\r\n';
const FIRST = 'Not UTF-8 but {0}: convert the file to UTF-8 first. The other findings will be easier to read after conversion, and Excel and the platform expect UTF-8.';

const check = (text: string, severities = {}): FileReport => checkBytes({ path: '/d/people.csv', bytes: big5(text) }, { today: '2026-01-01', severities });

test('a Big5 file that falls short of gold: the encoding finding is an error, first, and says the rest reads better after conversion', () => {
  const r = check(FAULTY);
  assert.equal(r.badge.level, 'bronze');
  const f = r.findings[0];
  assert.equal(f.rule, 'non-utf8-encoding');
  assert.equal(f.severity, 'error');
  assert.equal(f.l10n?.template, FIRST);
  assert.equal(f.message, FIRST.replace('{0}', 'Big5 (CP950)'));
  assert.deepEqual(f.fixes, ['convert-utf8']);
  assert.ok(r.findings.slice(1).some(x => x.rule === 'title-row' && x.line === 1), 'the title row on line 1 comes after it');
});

test('the error never changes the badge: the same level with the rule off', () => {
  const on = check(FAULTY);
  const off = check(FAULTY, { 'non-utf8-encoding': 'off' });
  assert.equal(off.findings.some(f => f.rule === 'non-utf8-encoding'), false);
  assert.deepEqual(on.badge, off.badge);
});

test('a Big5 file that reaches gold keeps the warning and its plain message', () => {
  const r = check(CLEAN);
  assert.equal(r.badge.level, 'gold');
  const f = r.findings.find(x => x.rule === 'non-utf8-encoding');
  assert.equal(f?.severity, 'warning');
  assert.equal(f?.l10n?.template, 'Not UTF-8 but {0}: convert the file to UTF-8, which Excel and the platform expect.');
});

test('a severity the user set is kept, while the finding still goes first and says why', () => {
  const r = check(FAULTY, { 'non-utf8-encoding': 'warning' });
  assert.equal(r.findings[0].rule, 'non-utf8-encoding');
  assert.equal(r.findings[0].severity, 'warning');
  assert.equal(r.findings[0].l10n?.template, FIRST);
});
