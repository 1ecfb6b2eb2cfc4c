// What differs between the node extension host (desktop, a VS Code server) and the browser's web
// worker extension host (vscode.dev, github.dev): how worker threads start and whether resource
// links can be checked. Each build makes its own (platform.node.ts, platform.web.ts; esbuild.mjs
// puts the web one in the browser bundle) and BadgeExtension takes it. Files are the other
// difference: file-access.ts with local-files.node.ts / local-files.web.ts.
import type { LinkResult } from '../core/links/types';
import type { ResolvedMetadata } from '../core/metadata/model';
import type { SpawnThread } from '../core/worker/thread';

export type LinkCheck = (metadata: ResolvedMetadata, path: string, opts: { allowPrivate: boolean; signal: AbortSignal }) => Promise<LinkResult[]>;

export interface Platform {
  /** the engine's check worker (files over the worker threshold) */
  engineThread: SpawnThread;
  /** the table preview's worker */
  previewThread: SpawnThread;
  /** checks a data file's resource links (資料下載網址); undefined where it cannot be done honestly */
  checkLinks?: LinkCheck;
  /** forgets the link results cached so far ("Check links now" asks afresh) */
  clearLinkCache?: () => void;
}
