// The table preview page's connection to the extension (acquireVsCodeApi may be called once per page).
import type { PreviewToHost } from '../../../src/extension/webview/preview-protocol';

interface VsCodeApi {
  postMessage(m: PreviewToHost): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

export const host = acquireVsCodeApi();
