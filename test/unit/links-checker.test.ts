// LinkChecker bookkeeping with a stub single-link check: what is cached, and when a request
// shared by several callers is cancelled. (Against a real server: links.test.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkResourceLinks, LinkChecker, resourceUrls, type LinkResult } from '../../src/core/links';
import { msg } from '../../src/core/messages';

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
const answer = (u: string, status: LinkResult['status']): LinkResult =>
  ({ url: u, finalUrl: u, status, redirects: 0, reason: msg('x') });

test('errors are not cached; other results are', async () => {
  let calls = 0;
  let status: LinkResult['status'] = 'error';
  const checker = new LinkChecker({
    checkOne: async (u) => { calls++; return answer(u, status); },
  });
  await checker.check('http://example.test/a');
  await checker.check('http://example.test/a');
  assert.equal(calls, 2, 'an error (offline, cancelled) is tried again');
  status = 'broken';
  await checker.check('http://example.test/b');
  await checker.check('http://example.test/b');
  assert.equal(calls, 3);
  checker.clear();
  await checker.check('http://example.test/b');
  assert.equal(calls, 4, 'clear() forgets');
});

test('a shared request is cancelled only when every caller has given up', async () => {
  const signals: AbortSignal[] = [];
  let finish = (_r: LinkResult) => {};
  const checker = new LinkChecker({
    checkOne: (u, o) => new Promise<LinkResult>(resolve => {
      signals.push(o.signal as AbortSignal);
      finish = resolve;
      o.signal?.addEventListener('abort', () => resolve(answer(u, 'error')));
    }),
  });
  const a = new AbortController();
  const b = new AbortController();
  const first = checker.check('http://example.test/c', { signal: a.signal });
  const second = checker.check('http://example.test/c', { signal: b.signal });
  const third = checker.check('http://example.test/c');
  await sleep(0);
  assert.equal(signals.length, 1, 'one request for three callers');
  a.abort();
  assert.equal((await first).status, 'error');
  assert.equal(signals[0].aborted, false, 'others still wait');
  finish(answer('http://example.test/c', 'ok'));
  assert.equal((await second).status, 'ok');
  assert.equal((await third).status, 'ok');

  const lone = new AbortController();
  const alone = checker.check('http://example.test/d', { signal: lone.signal });
  await sleep(0);
  lone.abort();
  assert.equal((await alone).status, 'error');
  assert.equal(signals[1].aborted, true, 'nobody waits: the request is aborted');
});

test('a check that throws becomes an error result, and is not cached', async () => {
  let calls = 0;
  const checker = new LinkChecker({ checkOne: async () => { calls++; throw new Error('boom'); } });
  const r = await checker.check('http://example.test/e');
  assert.equal(r.status, 'error');
  await checker.check('http://example.test/e');
  assert.equal(calls, 2);
});

test('the options that change the verdict are part of the cache key', async () => {
  let calls = 0;
  const checker = new LinkChecker({ checkOne: async u => { calls++; return answer(u, 'ok'); } });
  await checker.check('http://example.test/f', { expectedFormat: 'csv' });
  await checker.check('http://example.test/f', { expectedFormat: 'CSV' });
  assert.equal(calls, 1, 'format case does not matter');
  await checker.check('http://example.test/f', { expectedFormat: 'json' });
  await checker.check('http://example.test/f', { expectedFormat: 'csv', allowPrivate: true });
  assert.equal(calls, 3);
});

test('the cache keeps at most maxEntries results', async () => {
  let calls = 0;
  const checker = new LinkChecker({ maxEntries: 2, checkOne: async u => { calls++; return answer(u, 'ok'); } });
  for (const u of ['http://a.test/', 'http://b.test/', 'http://c.test/']) { await checker.check(u); }
  await checker.check('http://c.test/');
  assert.equal(calls, 3, 'the newest is kept');
  await checker.check('http://a.test/');
  assert.equal(calls, 4, 'the oldest was dropped');
});

test('resourceUrls splits a 資料下載網址 value per resource, without blanks or repeats', () => {
  assert.deepEqual(resourceUrls(' https://a.test/x.csv ; https://a.test/x.json；https://a.test/x.csv;; '),
    ['https://a.test/x.csv', 'https://a.test/x.json']);
  assert.deepEqual(resourceUrls(''), []);
});

test('checkResourceLinks checks each URL once, with the options given', async () => {
  const seen: string[] = [];
  const checker = new LinkChecker({
    checkOne: async (u, o) => { seen.push(`${u} ${o.expectedFormat}`); return answer(u, 'ok'); },
  });
  const results = await checkResourceLinks(checker, 'http://a.test/1;http://a.test/2;http://a.test/1', { expectedFormat: 'csv' });
  assert.deepEqual(results.map(r => r.url), ['http://a.test/1', 'http://a.test/2']);
  assert.deepEqual(seen, ['http://a.test/1 csv', 'http://a.test/2 csv']);
});
