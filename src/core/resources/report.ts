// A dataset's resource files that the engine does not check (a spreadsheet, a PDF, an archive):
// each is listed with what it is and what was done with it, and none of them passes the
// structured criterion for a dataset that has nothing else.
import { msg, render, withWords, type Msg } from '../messages';
import type { ResolvedMetadata } from '../metadata/model';
import type { FileReport, ResourceInfo } from '../types';
import { KIND_OF, type ResourceType } from './sniff';

/** "spreadsheet (XLSX): not checked — publish a CSV beside it for the structured criterion" */
function notCheckedNote(type: ResourceType): Msg {
  const name = type.toUpperCase();
  switch (KIND_OF[type]) {
    case 'spreadsheet': return msg('spreadsheet ({0}): not checked — publish a CSV beside it for the structured criterion', name);
    case 'document': return msg('document ({0}): not checked — not structured data; publish the data as CSV, JSON or XML beside it', name);
    case 'archive': return msg('archive ({0}): not checked — publish the files it holds, unpacked', name);
  }
}

/** The file entry of a resource that was only identified, not checked. */
export function uncheckedResource(path: string, type: ResourceType, binaryKind: string, metadata: ResolvedMetadata | null): FileReport {
  const note = notCheckedNote(type);
  const report: FileReport = {
    path, format: 'unknown',
    encoding: { name: 'binary', bom: false, confidence: 1, binaryKind },
    findings: [],
    badge: { level: 'none', criteria: [], assumptions: [] },
    resource: { type, kind: KIND_OF[type], checked: false, note: render(note), l10n: note },
  };
  if (metadata) { report.metadata = { sources: metadata.sources.map(s => s.path), dataset: metadata.dataset }; }
  return report;
}

/** What was done with a file whose name promised a spreadsheet or a document but holds text. */
export function checkedAsText(report: FileReport, ext: string): FileReport {
  const format = report.format === 'unknown' ? msg('UNKNOWN').template : report.format.toUpperCase();
  const note = withWords(msg('checked as {0}: the content is text, not what the name {1} says', format, ext), 0);
  return { ...report, resource: { type: report.format, kind: 'data', checked: true, note: render(note), l10n: note } };
}

/** Every resource of a dataset and what was done with it. */
export function resourceStatus(f: FileReport): ResourceInfo & { path: string } {
  if (f.resource) { return { path: f.path, ...f.resource }; }
  const note = withWords(msg('checked as {0}', f.format === 'unknown' ? msg('UNKNOWN').template : f.format.toUpperCase()), 0);
  return { path: f.path, type: f.format, kind: 'data', checked: true, note: render(note), l10n: note };
}

export function isUnchecked(f: FileReport): boolean {
  return f.resource?.checked === false;
}

