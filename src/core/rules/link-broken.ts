// link-broken: a 資料下載網址 that does not answer with success (bronze: 資料資源連結有效性).
// The network part runs in the adapters (CLI without --offline, the editor when enabled); the
// rule turns their results into findings at the URL in the metadata file and into the criterion.
import { msg, plural, render } from '../messages';
import type { Rule } from './rule';

export const rule: Rule = {
  id: 'link-broken',
  defaultSeverity: 'error',
  formats: ['csv', 'tsv', 'json', 'xml'],
  criterion: 'link-works',
  title: 'A resource link (資料下載網址) does not answer with success',
  create(ctx) {
    return {
      end() {
        const links = ctx.links;
        if (links === null) { return; }   // offline: the badge says "links not checked"
        const url = ctx.metadata?.fields['資料下載網址'];
        if (links.length === 0 || !url) {
          ctx.setCriterion('link-works', 'unknown', msg('no 資料下載網址 in the metadata to check'));
          return;
        }
        let failed = 0;
        for (const l of links) {
          if (l.status === 'refused' || l.status === 'error') {
            ctx.setCriterion('link-works', 'unknown', l.reason);
            continue;
          }
          if (l.status !== 'broken') { continue; }
          failed++;
          const m = msg('Broken resource link: {0} ({1})', render(l.reason), l.url);
          ctx.report(ctx.firstLine, m);
          if (url.range) { ctx.report(url.range, m, { path: url.source.path }); }
        }
        if (failed > 0) {
          ctx.setCriterion('link-works', 'fail', plural(links.length, '{0} of {1} resource link does not work',
            '{0} of {1} resource links do not work', failed, links.length));
        } else if (links.every(l => l.status !== 'refused' && l.status !== 'error')) {
          ctx.setCriterion('link-works', 'pass', plural(links.length, '{0} resource link answered with success',
            '{0} resource links answered with success'));
        }
      },
    };
  },
};
