// How the tests ask the driver (test/host/run-tests.js) for what only the browser can do — a
// screenshot, a DOM query — through files in a folder both see: the request is written whole
// (a temporary name, then a rename), the answer is waited for. The node host's tests use a
// folder on disk (node-store in shot.ts); the web host's, one in the workspace through
// vscode.workspace.fs (test/exthost/web/store.ts).

export interface DriverStore {
  /** writes `name` whole (the driver never sees half a request) */
  write(name: string, text: string): Promise<void>;
  /** the text of `name`, or undefined while it is not there */
  read(name: string): Promise<string | undefined>;
  remove(name: string): Promise<void>;
}

/** Writes `request` with `body`, then waits for `answer`; returns its text (and removes it). */
export async function ask(store: DriverStore, request: string, body: string, answer: string, timeoutMs: number): Promise<string> {
  await store.write(request, body);
  const end = Date.now() + timeoutMs;
  for (;;) {
    const text = await store.read(answer);
    if (text !== undefined) {
      await store.remove(answer);
      return text;
    }
    if (Date.now() > end) { throw new Error(`the driver did not answer ${request}`); }
    await new Promise(r => setTimeout(r, 50));
  }
}

/** `NAME-LANG.png` in the driver's folder; resolves to its name there. `options`: JSON for the driver (ShotOptions). */
export async function screenshotIn(store: DriverStore, name: string, language: string, timeoutMs = 20000, options = ''): Promise<string> {
  const file = `${name}-${language}`;
  await ask(store, file + '.request', options, file + '.done', timeoutMs);
  return file + '.png';
}

export interface DomAnswer {
  count: number;
  texts?: (string | null)[];
  error?: string;
}

export interface DomQuery { selector: string; action: 'texts' | 'click' | 'press'; key?: string }

/** The real DOM of the workbench and its webviews (every frame): texts of elements, a click, a key. */
export async function domIn(store: DriverStore, q: DomQuery, timeoutMs = 20000): Promise<DomAnswer> {
  const name = `dom-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const a = JSON.parse(await ask(store, name + '.query', JSON.stringify(q), name + '.answer', timeoutMs)) as DomAnswer;
  if (a.error) { throw new Error(`driver: ${a.error}`); }
  return a;
}
