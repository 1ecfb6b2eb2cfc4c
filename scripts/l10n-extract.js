#!/usr/bin/env node
// Collects every user-facing English template of the engine and the extension, for the l10n
// bundles (l10n/bundle.l10n.<lang>.json, keyed by the English template):
//   - the first argument of msg('…') (src/core) and of vscode.l10n.t('…') / l10n.t('…');
//   - both branches when that argument is a conditional of two literals;
//   - both templates of plural(count, 'one', 'other', …) (src/core/messages.ts).
// Usage: node scripts/l10n-extract.js [--check [LANG]] [--list]
//   --check: exit 1 listing the templates that have no entry in the LANG bundle (default zh-tw).
// test/unit/l10n.test.ts runs the same check.
'use strict';
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

const root = path.resolve(__dirname, '..');
const SOURCE_DIRS = ['src'];

function sourceFiles(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { out.push(...sourceFiles(p)); }
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) { out.push(p); }
  }
  return out;
}

function literal(node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) { return [node.text]; }
  if (ts.isConditionalExpression(node)) {
    const a = literal(node.whenTrue);
    const b = literal(node.whenFalse);
    return a && b ? [...a, ...b] : null;
  }
  if (ts.isParenthesizedExpression(node)) { return literal(node.expression); }
  return null;
}

function isTemplateCall(call) {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) { return callee.text === 'msg'; }
  // vscode.l10n.t(…) or l10n.t(…)
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 't' &&
    (ts.isIdentifier(callee.expression) ? callee.expression.text === 'l10n'
      : ts.isPropertyAccessExpression(callee.expression) && callee.expression.name.text === 'l10n');
}

/** plural(count, 'one', 'other', …) */
function isPluralCall(call) {
  return ts.isIdentifier(call.expression) && call.expression.text === 'plural';
}

/** @returns {{ templates: Map<string, string[]>, dynamic: string[] }} template -> where it is used */
function extract(dirs = SOURCE_DIRS) {
  const templates = new Map();
  const dynamic = [];
  const add = (text, where) => { if (!templates.has(text)) { templates.set(text, []); } templates.get(text).push(where); };
  for (const file of dirs.flatMap(d => sourceFiles(path.join(root, d)))) {
    const rel = path.relative(root, file);
    const src = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = node => `${rel}:${src.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = node => {
      if (ts.isCallExpression(node) && isTemplateCall(node) && node.arguments.length > 0) {
        const texts = literal(node.arguments[0]);
        if (texts) { texts.forEach(t => add(t, where(node))); } else { dynamic.push(where(node)); }
      }
      if (ts.isCallExpression(node) && isPluralCall(node)) {
        const texts = node.arguments.length >= 3 ? [literal(node.arguments[1]), literal(node.arguments[2])] : [null];
        if (texts.every(Boolean)) { texts.flat().forEach(t => add(t, where(node))); } else { dynamic.push(where(node)); }
      }
      ts.forEachChild(node, visit);
    };
    visit(src);
  }
  return { templates, dynamic };
}

function bundle(lang) {
  const file = path.join(root, 'l10n', `bundle.l10n.${lang}.json`);
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
}

/** Templates without a translation in the LANG bundle. */
function missing(lang = 'zh-tw') {
  const b = bundle(lang);
  const { templates } = extract();
  return [...templates.entries()].filter(([t]) => typeof b[t] !== 'string' || b[t].length === 0)
    .map(([template, where]) => ({ template, where }));
}

module.exports = { extract, bundle, missing };

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args.includes('--list')) {
    console.log(JSON.stringify([...extract().templates.keys()], null, 2));
  } else {
    const lang = args[args.indexOf('--check') + 1] && !args[args.indexOf('--check') + 1].startsWith('-') ? args[args.indexOf('--check') + 1] : 'zh-tw';
    const m = missing(lang);
    const { templates, dynamic } = extract();
    for (const x of m) { console.log(`missing ${lang}: ${JSON.stringify(x.template)}  (${x.where[0]})`); }
    for (const d of dynamic) { console.log(`note: a template that is not a literal at ${d} (checked at run time by test/unit/l10n.test.ts)`); }
    console.log(`${templates.size} templates, ${m.length} missing in bundle.l10n.${lang}.json`);
    process.exit(m.length ? 1 : 0);
  }
}
