// link-not-direct: the 資料下載網址 answers, but with a web page or a login form instead of the
// data (bronze: 資料資源可直接下載). Findings at the URL in the metadata file.
import { msg, plural, render } from '../messages';
import type { Rule } from './rule';

export const rule: Rule = {
  id: 'link-not-direct',
  defaultSeverity: 'error',
  formats: ['csv', 'tsv', 'json', 'xml'],
  criterion: 'direct-download',
  title: 'A resource link leads to a page or a login, not to the data',
  create(ctx) {
    return {
      end() {
        const links = ctx.links;
        if (links === null) { return; }
        const url = ctx.metadata?.fields['資料下載網址'];
        const answered = links.filter(l => l.status === 'ok' || l.status === 'not-direct');
        if (answered.length === 0) {
          ctx.setCriterion('direct-download', 'unknown', msg('no resource link answered, so downloading could not be tried'));
          return;
        }
        const pages = answered.filter(l => l.status === 'not-direct');
        for (const l of pages) {
          const m = msg('Not a direct download: {0} ({1})', render(l.reason), l.url);
          ctx.report(ctx.firstLine, m);
          if (url?.range) { ctx.report(url.range, m, { path: url.source.path }); }
        }
        ctx.setCriterion('direct-download', pages.length ? 'fail' : 'pass', pages.length
          ? plural(pages.length, '{0} resource link leads to a page, not to the data', '{0} resource links lead to a page, not to the data')
          : plural(answered.length, '{0} resource link downloads the data directly', '{0} resource links download the data directly'));
      },
    };
  },
};
