// Issue 12, item 8: the project configuration (.opendatabadge.json, or the editor's settings in
// the same shape): parsed and validated with an error that names the key, resolved per file with
// globs relative to the file that declares them; and the CLI reads it (nearest one upward, or
// --config FILE).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigError, configFromObject, parseConfigText, resolveFor } from '../../src/core/config/project-config';

const CLI = join(resolve(__dirname, '..', '..', '..'), 'dist', 'cli.js');

describe('parseConfigText', () => {
  test('rules, overrides with one glob or several, grace days; comments and trailing commas are fine', () => {
    const c = parseConfigText(`{
      // shared by the CLI and the editor
      "$schema": "x",
      "rules": { "notes-row": "warning", "metadata-missing": "off" },
      "overrides": [ { "files": "archive/**", "rules": { "blank-row": "off" } }, { "files": ["*.tsv", "old/*.csv"], "rules": {} }, ],
      "timeliness": { "graceDays": 7 }
    }`, '/p/.opendatabadge.json', '/p');
    assert.deepEqual(c.rules, { 'notes-row': 'warning', 'metadata-missing': 'off' });
    assert.deepEqual(c.overrides.map(o => o.files), [['archive/**'], ['*.tsv', 'old/*.csv']]);
    assert.equal(c.graceDays, 7);
  });

  const bad: [string, string, RegExp][] = [
    ['{"rules": {"notes-rows": "off"}}', 'rules.notes-rows', /unknown rule id/],
    ['{"rules": {"notes-row": "warn"}}', 'rules.notes-row', /must be "error", "warning", "info" or "off", not "warn"/],
    ['{"rule": {}}', 'rule', /unknown key \(known: rules, overrides, timeliness\)/],
    ['{"overrides": {"files": "a"}}', 'overrides', /must be a list/],
    ['{"overrides": [{"rules": {}}]}', 'overrides[0].files', /is missing/],
    ['{"overrides": [{"files": [""], "rules": {}}]}', 'overrides[0].files', /a glob or a list of globs/],
    ['{"overrides": [{"files": "a", "rules": {"x": "off"}}]}', 'overrides[0].rules.x', /unknown rule id/],
    ['{"timeliness": {"graceDays": -1}}', 'timeliness.graceDays', /whole number of days from 0 to 3650, not -1/],
    ['{"timeliness": {"grace": 1}}', 'timeliness.grace', /unknown key \(known: graceDays\)/],
    ['[]', '', /must be an object/],
    ['{"rules": {', '', /not valid JSON/],
  ];
  for (const [text, key, reason] of bad) {
    test(`refuses ${text} naming "${key}"`, () => {
      assert.throws(() => parseConfigText(text, '/p/.opendatabadge.json', '/p'), (e: unknown) => {
        assert.ok(e instanceof ConfigError);
        assert.equal(e.key, key);
        assert.match(e.message, reason);
        return true;
      });
    });
  }

  test('the error points at the offending value (or the unknown key) in the text', () => {
    const text = '{\n  "rules": { "notes-row": "warn" }\n}';
    try { parseConfigText(text, 'c', '/'); assert.fail('accepted'); } catch (e) {
      assert.ok(e instanceof ConfigError && e.at);
      assert.equal(text.slice(e.at.offset, e.at.offset + e.at.length), '"warn"');
    }
    try { parseConfigText('{"rulez": 1}', 'c', '/'); assert.fail('accepted'); } catch (e) {
      assert.ok(e instanceof ConfigError && e.at);
      assert.equal('{"rulez": 1}'.slice(e.at.offset, e.at.offset + e.at.length), '"rulez"');
    }
  });

  test('the settings object is checked the same way', () => {
    assert.deepEqual(configFromObject({ rules: { 'blank-row': 'off' } }, 'settings', '/w').rules, { 'blank-row': 'off' });
    assert.throws(() => configFromObject({ rules: { 'blank-row': 'none' } }, 'settings', '/w'), /"rules.blank-row"/);
  });
});

describe('resolveFor', () => {
  const c = parseConfigText('{"rules": {"blank-row": "warning"}, "overrides": [{"files": "archive/**", "rules": {"blank-row": "off"}}, {"files": "*.tsv", "rules": {"ragged-row": "info"}}], "timeliness": {"graceDays": 3}}', '/p/.opendatabadge.json', '/p');
  test('rules everywhere, overrides by glob relative to the config folder', () => {
    assert.deepEqual(resolveFor([c], '/p/a.csv'), { severities: { 'blank-row': 'warning' }, graceDays: 3 });
    assert.deepEqual(resolveFor([c], '/p/archive/2020/a.csv').severities, { 'blank-row': 'off' });
    assert.deepEqual(resolveFor([c], '/p/x/y.tsv').severities, { 'blank-row': 'warning', 'ragged-row': 'info' });
    // a file outside the config's folder gets its rules but none of its globs
    assert.deepEqual(resolveFor([c], '/q/archive/a.csv').severities, { 'blank-row': 'warning' });
  });
  test('later configs win (the editor: settings, then the project file)', () => {
    const settings = configFromObject({ rules: { 'blank-row': 'error', 'formula': 'off' }, timeliness: { graceDays: 10 } }, 'settings', '/p');
    assert.deepEqual(resolveFor([settings, c], '/p/a.csv'), { severities: { 'blank-row': 'warning', formula: 'off' }, graceDays: 3 });
    assert.deepEqual(resolveFor([], '/p/a.csv'), { severities: {} });
  });
});

describe('the CLI reads it', () => {
  function project(): string {
    const d = mkdtempSync(join(tmpdir(), 'odb-config-'));
    mkdirSync(join(d, 'archive'));
    const csv = '\uFEFF年度,人數\r\n2026,3\r\n\r\n2025,4\r\n';
    writeFileSync(join(d, 'now.csv'), csv);
    writeFileSync(join(d, 'archive', 'old.csv'), csv);
    return d;
  }
  const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [CLI, 'check', ...args, '--offline', '--format', 'json'], { cwd, encoding: 'utf8' });
  const blank = (out: string, name: string) => JSON.parse(out).files.find((f: { path: string }) => f.path.endsWith(name)).findings
    .filter((x: { rule: string }) => x.rule === 'blank-row').map((x: { severity: string }) => x.severity);

  test('the nearest .opendatabadge.json from the file upward: severities, and off per glob', () => {
    const d = project();
    writeFileSync(join(d, '.opendatabadge.json'), '{"rules": {"blank-row": "warning"}, "overrides": [{"files": "archive/**", "rules": {"blank-row": "off"}}]}');
    const r = run(join(d, 'archive'), '..');
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(blank(r.stdout, 'now.csv'), ['warning']);
    assert.deepEqual(blank(r.stdout, 'old.csv'), []);
    assert.ok(!JSON.parse(r.stdout).files.some((f: { path: string }) => f.path.endsWith('.opendatabadge.json')), 'the config is not a data file');
    // off removes the rule's effect on the badge too
    assert.equal(JSON.parse(r.stdout).files.find((f: { path: string }) => f.path.endsWith('old.csv')).badge.criteria.find((c: { id: string }) => c.id === 'structured').status, 'pass');
  });

  test('--config FILE instead, for every file; --grace-days beats the file\'s grace', () => {
    const d = project();
    writeFileSync(join(d, '.opendatabadge.json'), '{"rules": {"blank-row": "info"}}');
    const other = join(d, 'strict.json');
    writeFileSync(other, '{"rules": {"blank-row": "warning"}, "timeliness": {"graceDays": 400}}');
    const r = run(d, '.', '--config', other);
    assert.deepEqual(blank(r.stdout, 'now.csv'), ['warning']);
    assert.deepEqual(blank(r.stdout, 'old.csv'), ['warning']);
    writeFileSync(join(d, 'now.metadata.json'), JSON.stringify({ 更新頻率: '每1年', 詮釋資料更新時間: '2025-01-01' }));
    const status = (...more: string[]) => JSON.parse(run(d, '.', '--config', other, '--today', '2026-03-01', ...more).stdout).files
      .find((f: { path: string }) => f.path.endsWith('now.csv')).badge.criteria.find((c: { id: string }) => c.id === 'timeliness').status;
    assert.equal(status(), 'pass');
    assert.equal(status('--grace-days', '0'), 'fail');
  });

  test('a bad file: exit 2 and one line naming the file and the key, in the chosen language', () => {
    const d = project();
    writeFileSync(join(d, '.opendatabadge.json'), '{"rules": {"blank-rows": "off"}}');
    const r = spawnSync(process.execPath, [CLI, 'check', '.', '--offline'], { cwd: d, encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.equal(r.stderr.trim(), 'opendata-badge: .opendatabadge.json: "rules.blank-rows": unknown rule id (the ids are the pages under docs/rules/)');
    const zh = spawnSync(process.execPath, [CLI, 'report', '.', '--offline', '--lang', 'zh-TW'], { cwd: d, encoding: 'utf8' });
    assert.equal(zh.status, 2);
    assert.match(zh.stderr, /"rules\.blank-rows": 未知的規則代號/);
    const missing = spawnSync(process.execPath, [CLI, 'check', '.', '--config', 'nope.json'], { cwd: d, encoding: 'utf8' });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nope\.json: cannot be read/);
  });
});
