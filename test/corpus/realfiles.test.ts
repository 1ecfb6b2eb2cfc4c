// The whole engine over the project's own labelled set of real government CSV exports
// (test/realfiles/manifest.tsv, labelled by hand before the checker ran on them): per-rule
// precision and recall, and no structural error on a file labelled clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OWN_FILES, OWN_MANIFEST, OWN_SKIP, readManifest } from './manifest';
import { describeEvaluation, evaluate } from './evaluate';

/**
 * Labels the hand labelling left out although its notes state the fact, added after review (each
 * with the note's words). 111: "'其他' appears twice" in the header; 112: "first cell repeats the
 * measure name '死亡人數'" — two columns of one name are a duplicate header.
 */
const CORRECTIONS: Record<string, string[]> = {
  '111_moi_nfa_ems_airway_by_region_102_111.csv': ['duplicate_header'],
  '112_moi_deaths_by_region_109_1_10.csv': ['duplicate_header'],
};

/** reached on this set; the test fails when the engine falls below (ratchet) */
const FLOOR = { fileMacroF1: 0.99, lineMacroF1: 0.98 };   // reached: 0.998 and 0.986 (87 files)

test('own real-file set: every rule against test/realfiles/manifest.tsv', { skip: OWN_SKIP }, () => {
  const entries = readManifest(OWN_MANIFEST, OWN_FILES);
  for (const e of entries) { for (const l of CORRECTIONS[e.file] ?? []) { e.labels.add(l); } }
  const ev = evaluate(entries);
  console.log(describeEvaluation('own set', ev));
  assert.deepEqual(ev.falseErrorsOnClean, [], 'no structural error on a file labelled clean');
  assert.ok(ev.fileF1 >= FLOOR.fileMacroF1, `file-level macro F1 ${ev.fileF1.toFixed(3)} fell below ${FLOOR.fileMacroF1}`);
  assert.ok(ev.lineF1 >= FLOOR.lineMacroF1, `line-level macro F1 ${ev.lineF1.toFixed(3)} fell below ${FLOOR.lineMacroF1}`);
});
