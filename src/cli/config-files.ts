// The CLI's project configuration: the nearest .opendatabadge.json from each checked file's
// folder upward (or the one --config names, for every file), read once per folder, with a
// synchronous read: loading fs.promises costs milliseconds of every start-up.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { ConfigError, CONFIG_FILE, parseConfigText, type ProjectConfig } from '../core/config/project-config';
import { msg, render } from '../core/messages';
import type { Translate } from './translate';

export { ConfigError } from '../core/config/project-config';

/** The config of each file (none: []). Throws ConfigError for a file that cannot be used. */
export async function configsFor(files: readonly string[], explicit: string | null): Promise<Map<string, ProjectConfig[]>> {
  const out = new Map<string, ProjectConfig[]>();
  if (explicit) {
    const c = await load(resolve(explicit));
    if (!c) { throw new ConfigError(explicit, '', msg('cannot be read'), null); }
    for (const f of files) { out.set(f, [c]); }
    return out;
  }
  const nearest = new Map<string, Promise<ProjectConfig | null>>();
  const find = (dir: string): Promise<ProjectConfig | null> => {
    let p = nearest.get(dir);
    if (!p) {
      p = load(resolve(dir, CONFIG_FILE)).then(c => c ?? (dirname(dir) === dir ? null : find(dirname(dir))));
      nearest.set(dir, p);
    }
    return p;
  };
  for (const f of files) {
    const c = await find(dirname(resolve(f)));
    out.set(f, c ? [c] : []);
  }
  return out;
}

async function load(path: string): Promise<ProjectConfig | null> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  // globs are relative to the config's folder; files are matched by their absolute path
  return parseConfigText(text, path, dirname(path).replace(/\\/g, '/'));
}

/** `.opendatabadge.json: "rules.notes-rows": unknown rule id …` in the chosen language */
export function configErrorText(e: ConfigError, t: Translate): string {
  const where = relative(process.cwd(), e.source);
  return `${where.startsWith('..') ? e.source : where}: ${e.key ? `"${e.key}": ` : ''}${render(e.reason, t)}`;
}

/** configsFor, or null after saying on stderr why the configuration cannot be used (exit 2). */
export async function loadConfigs(files: readonly string[], explicit: string | null, t: Translate, err: (s: string) => void): Promise<Map<string, ProjectConfig[]> | null> {
  try {
    return await configsFor(files, explicit);
  } catch (e) {
    if (!(e instanceof ConfigError)) { throw e; }
    err(`opendata-badge: ${configErrorText(e, t)}`);
    return null;
  }
}
