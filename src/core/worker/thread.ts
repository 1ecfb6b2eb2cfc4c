// What a worker channel needs of a thread, whatever runs it: a node worker_threads Worker in the
// node extension host and the CLI (node-thread.ts), a Web Worker in the browser (web-thread.ts).
// The engine stays free of both: each platform hands the channel a way to start one.

export interface WorkerThread {
  postMessage(message: unknown, transfer?: ArrayBuffer[]): void;
  /** ends the thread; nothing more is delivered */
  terminate(): void;
  /** node only: whether a busy thread keeps the process alive (a browser has no such notion) */
  ref?(): void;
  unref?(): void;
}

export interface ThreadEvents {
  message(data: unknown): void;
  /** the thread failed (its script threw, or it could not be started) */
  error(e: Error): void;
  /** the thread ended by itself with this code (node; a Web Worker never exits by itself) */
  exit(code: number): void;
}

/** Starts a thread that reports to `events`. */
export type SpawnThread = (events: ThreadEvents) => WorkerThread;

/** The side of a worker's script that talks to its owner. */
export interface OwnerPort {
  onMessage(listener: (data: unknown) => void): void;
  postMessage(message: unknown, transfer?: ArrayBuffer[]): void;
}
