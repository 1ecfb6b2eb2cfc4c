// opendata-badge: the engine as a command line (../shared/spec/cli-contract.md).
import { fstatSync } from 'node:fs';
import { langOf, parse, UsageError, usage } from './args';
import { writeAll } from './files';
import { msg, render } from '../core/messages';
import { translator } from './translate';
import { version } from '../../package.json';

async function main(): Promise<number> {
  const out = (s: string) => writeAll(1, s + '\n');
  const err = (s: string) => writeAll(2, s + '\n');
  const argv = process.argv.slice(2);
  const t = translator(langOf(argv, process.env));
  let args;
  try {
    // a terminal is a character device (node's tty module would load its streams: milliseconds)
    args = parse(argv, process.env, fstatSync(1).isCharacterDevice());
  } catch (e) {
    if (e instanceof UsageError) { err(`opendata-badge: ${e.l10n ? render(e.l10n, t) : e.message}\n\n${usage(t)}`); return 2; }
    throw e;
  }
  switch (args.command) {
    case 'help': out(usage(t)); return 0;
    case 'version': out(version); return 0;
    // each command loads only what it needs: start-up is paid on every file of a CI job
    case 'check': return (await import('./check-command')).runCheck(args, out, err);
    case 'fix': return (await import('./fix-command')).runFix(args, out, err);
    case 'report': return (await import('./report-command')).runReport(args, out, err);
    case 'describe': return (await import('./describe-command')).runDescribe(args, out, err);
  }
}

main().then(code => {
  if (process.env.OPENDATA_BADGE_PRINT_PEAK_RSS) {
    // for the benchmark: the peak resident memory of this process, in bytes
    writeAll(2, `peak-rss-bytes ${process.resourceUsage().maxRSS * 1024}\n`);
  }
  process.exitCode = code;
}, e => {
  const t = translator(langOf(process.argv.slice(2), process.env));
  writeAll(2, `opendata-badge: ${render(msg('internal error: {0}', e instanceof Error ? e.stack ?? e.message : String(e)), t)}\n`);
  process.exitCode = 2;
});
