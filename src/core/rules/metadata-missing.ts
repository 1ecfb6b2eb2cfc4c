// No metadata (sidecar, catalogue export row or datapackage resource) was found for the file:
// the gold criteria that compare metadata with the data cannot be evaluated.
import { sidecarNameOf } from '../metadata/paths';
import { msg } from '../messages';
import type { Rule } from './rule';

const DATA_FORMATS = ['csv', 'tsv', 'json', 'xml'] as const;


export const rule: Rule = {
  id: 'metadata-missing',
  defaultSeverity: 'warning',
  formats: DATA_FORMATS,
  criterion: null,
  title: 'No dataset metadata was found for the file',
  create(ctx) {
    return {
      end() {
        if (ctx.metadata) { return; }
        const sidecar = sidecarNameOf(ctx.path);
        ctx.report(ctx.firstLine,
          msg('No metadata: add {0} next to this file, or put the platform\'s catalogue export (資料集清單) or a datapackage.json in its folder.', sidecar));
        const reason = msg('no metadata found: add {0}', sidecar);
        ctx.setCriterion('metadata-encoding', 'unknown', reason);
        ctx.setCriterion('metadata-fields', 'unknown', reason);
        ctx.setCriterion('timeliness', 'unknown', reason);
      },
    };
  },
};
