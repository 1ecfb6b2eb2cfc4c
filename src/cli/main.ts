// opendata-badge: the engine as a command line (../shared/spec/cli-contract.md).
import { langOf, parse, UsageError, usage } from './args';
import { runCheck } from './check-command';
import { runDescribe } from './describe-command';
import { runFix } from './fix-command';
import { runReport } from './report-command';
import { msg, render } from '../core/messages';
import { translator } from './translate';
import { version } from '../../package.json';

async function main(): Promise<number> {
  const out = (s: string) => process.stdout.write(s + '\n');
  const err = (s: string) => process.stderr.write(s + '\n');
  const argv = process.argv.slice(2);
  const t = translator(langOf(argv, process.env));
  let args;
  try {
    args = parse(argv, process.env, Boolean(process.stdout.isTTY));
  } catch (e) {
    if (e instanceof UsageError) { err(`opendata-badge: ${e.l10n ? render(e.l10n, t) : e.message}\n\n${usage(t)}`); return 2; }
    throw e;
  }
  switch (args.command) {
    case 'help': out(usage(t)); return 0;
    case 'version': out(version); return 0;
    case 'check': return runCheck(args, out, err);
    case 'fix': return runFix(args, out, err);
    case 'report': return runReport(args, out, err);
    case 'describe': return runDescribe(args, out, err);
  }
}

main().then(code => {
  if (process.env.OPENDATA_BADGE_PRINT_PEAK_RSS) {
    // for the benchmark: the peak resident memory of this process, in bytes
    process.stderr.write(`peak-rss-bytes ${process.resourceUsage().maxRSS * 1024}\n`);
  }
  process.exitCode = code;
}, e => {
  const t = translator(langOf(process.argv.slice(2), process.env));
  process.stderr.write(`opendata-badge: ${render(msg('internal error: {0}', e instanceof Error ? e.stack ?? e.message : String(e)), t)}\n`);
  process.exitCode = 2;
});
