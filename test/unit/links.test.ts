// The link checker against a local HTTP server on 127.0.0.1 (hence allowPrivate: true, except in
// the test that checks private addresses are refused). Behaviour only, no timing assertions.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { checkLink, LinkChecker, type LinkCheckOptions } from '../../src/core/links';

// A test-only key and certificate for 127.0.0.1, issued by a throwaway CA no machine trusts
// (generated with openssl for this test, valid until 2126).
const TEST_KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg9CTJ1+dVLeZieW1F
5AeNvoKJ2C4EFHyuVOd1oPkRuEGhRANCAARLWo9Kw74MDjXHGX+9ixDoZOlrEV3B
kCgWaNpE89XF5WjlstQm8fpL96xE4hzGiNLLJDCrRdHX1a6BfSh+cSl6
-----END PRIVATE KEY-----`;
const TEST_LEAF = `-----BEGIN CERTIFICATE-----
MIIBgTCCASegAwIBAgIUOn6cnKz4cSJRy0HIcDisVZQcHpgwCgYIKoZIzj0EAwIw
FjEUMBIGA1UEAwwLb2RiIHRlc3QgQ0EwIBcNMjYxMTI2MTk0MzA4WhgPMjEyNjEx
MDIxOTQzMDhaMBQxEjAQBgNVBAMMCTEyNy4wLjAuMTBZMBMGByqGSM49AgEGCCqG
SM49AwEHA0IABEtaj0rDvgwONccZf72LEOhk6WsRXcGQKBZo2kTz1cXlaOWy1Cbx
+kv3rETiHMaI0sskMKtF0dfVroF9KH5xKXqjUzBRMA8GA1UdEQQIMAaHBH8AAAEw
HQYDVR0OBBYEFHrjBZkwb4FX/Y7HiqNYivtCTF1WMB8GA1UdIwQYMBaAFAknaj4V
5IcxKGdHuHymLeFh3S1zMAoGCCqGSM49BAMCA0gAMEUCIE+kzqfC+QpolbqFPrfi
6hDcw6sOd2GFiNDZtNncUavrAiEA3yOnRUZYkgDBpBLGHvTyvkfjAxZTcQo19/1U
R3idGFE=
-----END CERTIFICATE-----`;
const TEST_CA = `-----BEGIN CERTIFICATE-----
MIIBgjCCASmgAwIBAgIUUraxn+INexGom/znpo77EIdMXD0wCgYIKoZIzj0EAwIw
FjEUMBIGA1UEAwwLb2RiIHRlc3QgQ0EwIBcNMjYxMTI2MTk0MzA4WhgPMjEyNjEx
MDIxOTQzMDhaMBYxFDASBgNVBAMMC29kYiB0ZXN0IENBMFkwEwYHKoZIzj0CAQYI
KoZIzj0DAQcDQgAELuJpVD5nAUsrRgGXETUZrcEG7+HiNCt2erjZ7eLOktmAMc54
VhqBHzaiVy/Rr7m3hE5XAIpRMsVcCTGHCLTHLaNTMFEwHQYDVR0OBBYEFAknaj4V
5IcxKGdHuHymLeFh3S1zMB8GA1UdIwQYMBaAFAknaj4V5IcxKGdHuHymLeFh3S1z
MA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDRwAwRAIgYUsFx0qphwebxPxa
X6u5ampdE4ZfPg1CM6DeT5kT6tgCIFpe/5xfYRqJ8w5QgVsm5oriJZSXuUySN6pF
96Vzd/bl
-----END CERTIFICATE-----`;

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

interface Big { written: number; finished: boolean; closed: Promise<void> }

/** Routes of the test server; counters and hooks live on this object, not in module state. */
function makeServer() {
  const hits = new Map<string, number>();
  const held: ServerResponse[] = [];
  const state = { active: 0, maxActive: 0, big: undefined as Big | undefined };
  const send = (res: ServerResponse, status: number, type: string | null, body: string) => {
    res.writeHead(status, type ? { 'content-type': type } : {});
    res.end(body);
  };
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const hop = /^\/hop\/(\d+)$/.exec(path);
    if (hop) {
      const n = Number(hop[1]);
      res.writeHead(302, { location: n === 0 ? '/good.csv' : `/hop/${n - 1}` }).end();
      return;
    }
    if (path.startsWith('/held/')) {
      state.active++;
      state.maxActive = Math.max(state.maxActive, state.active);
      res.on('close', () => { state.active--; });
      held.push(res);
      return;
    }
    switch (path) {
      case '/good.csv': return send(res, 200, 'text/csv; charset=utf-8', '\uFEFF名稱,數量\n甲,1\n');
      case '/good.json': return send(res, 200, 'application/json', ' \n[{"a":1}]');
      case '/good.xml': return send(res, 200, 'application/xml', '<?xml version="1.0" encoding="UTF-8"?><rows><row/></rows>');
      case '/not-found': return send(res, 404, 'text/html', '<html><body>Not found</body></html>');
      case '/error': return send(res, 500, 'text/plain', 'oops');
      case '/slow': return; // never answers; the server closes it at the end
      case '/loop-a': res.writeHead(301, { location: '/loop-b' }).end(); return;
      case '/loop-b': res.writeHead(302, { location: 'http://127.0.0.1:' + port() + '/loop-a' }).end(); return;
      case '/login': return send(res, 200, 'text/html; charset=utf-8',
        '<!DOCTYPE html><html><body><form method="post"><input name="user"><input type="password" name="pw"></form></body></html>');
      case '/to-login': res.writeHead(302, { location: '/login' }).end(); return;
      case '/csv-as-html': return send(res, 200, 'text/html', 'a,b\n1,2\n');
      case '/csv-attachment':
        res.writeHead(200, { 'content-type': 'text/html', 'content-disposition': 'attachment; filename="a.csv"' });
        res.end('a,b\n1,2\n');
        return;
      case '/big.csv': return streamBig(res);
      default: return send(res, 404, 'text/plain', 'no route');
    }
  });
  // 100 MB of CSV, written only as fast as the socket takes it: a reader that stops after 1 KB
  // makes the server see the connection closed long before the end
  function streamBig(res: ServerResponse) {
    const total = 100 * 1024 * 1024;
    const chunk = Buffer.from('1234567,abcdefg\n'.repeat(1024));
    let closedResolve = () => {};
    const big: Big = { written: 0, finished: false, closed: new Promise(r => { closedResolve = r; }) };
    state.big = big;
    res.writeHead(200, { 'content-type': 'text/csv', 'content-length': String(total) });
    res.on('finish', () => { big.finished = true; });
    res.on('close', () => closedResolve());
    const pump = () => {
      while (!res.destroyed && big.written < total) {
        big.written += chunk.length;
        if (!res.write(chunk)) { res.once('drain', pump); return; }
      }
      if (big.written >= total && !res.destroyed) { res.end(); }
    };
    pump();
  }
  const port = () => (server.address() as AddressInfo).port;
  return { server, hits, held, state, port };
}

describe('checkLink against a local server', () => {
  const srv = makeServer();
  const url = (path: string) => `http://127.0.0.1:${srv.port()}${path}`;
  const allow: LinkCheckOptions = { allowPrivate: true };

  before(() => new Promise<void>(resolve => srv.server.listen(0, '127.0.0.1', resolve)));
  after(() => new Promise<void>(resolve => { srv.server.closeAllConnections(); srv.server.close(() => resolve()); }));

  test('good CSV, JSON and XML are ok', async () => {
    for (const [path, fmt] of [['/good.csv', 'csv'], ['/good.json', 'JSON'], ['/good.xml', 'xml']]) {
      const r = await checkLink(url(path), { ...allow, expectedFormat: fmt });
      assert.equal(r.status, 'ok', `${path}: ${r.reason.template}`);
      assert.equal(r.httpStatus, 200);
      assert.equal(r.redirects, 0);
      assert.equal(r.finalUrl, url(path));
      assert.ok(r.contentType);
    }
  });

  test('a JSON link that serves CSV is not the declared data', async () => {
    const r = await checkLink(url('/good.csv'), { ...allow, expectedFormat: 'json' });
    assert.equal(r.status, 'not-direct');
  });

  test('404 and 500 are broken', async () => {
    const a = await checkLink(url('/not-found'), { ...allow, expectedFormat: 'csv' });
    assert.equal(a.status, 'broken');
    assert.equal(a.httpStatus, 404);
    assert.deepEqual(a.reason.args, [404]);
    const b = await checkLink(url('/error'), allow);
    assert.equal(b.status, 'broken');
    assert.equal(b.httpStatus, 500);
  });

  test('a server that does not answer in time is broken, with the timeout in the reason', async () => {
    const r = await checkLink(url('/slow'), { ...allow, timeoutMs: 150 });
    assert.equal(r.status, 'broken');
    assert.match(r.reason.template, /within/);
    assert.deepEqual(r.reason.args, [150]);
  });

  test('a redirect loop is broken', async () => {
    const r = await checkLink(url('/loop-a'), allow);
    assert.equal(r.status, 'broken');
    assert.match(r.reason.template, /loop/);
    assert.equal(r.redirects, 1);
  });

  test('5 redirects are followed, 6 are too many', async () => {
    const five = await checkLink(url('/hop/4'), { ...allow, expectedFormat: 'csv' });
    assert.equal(five.status, 'ok', five.reason.template);
    assert.equal(five.redirects, 5);
    assert.equal(five.finalUrl, url('/good.csv'));
    const six = await checkLink(url('/hop/5'), { ...allow, expectedFormat: 'csv' });
    assert.equal(six.status, 'broken');
    assert.match(six.reason.template, /more than/);
    const custom = await checkLink(url('/hop/1'), { ...allow, maxRedirects: 1 });
    assert.equal(custom.status, 'broken');
  });

  test('an HTML login page, directly or after a redirect, is not-direct', async () => {
    const a = await checkLink(url('/login'), { ...allow, expectedFormat: 'csv' });
    assert.equal(a.status, 'not-direct');
    assert.match(a.reason.template, /login/);
    const b = await checkLink(url('/to-login'), { ...allow, expectedFormat: 'csv' });
    assert.equal(b.status, 'not-direct');
    assert.equal(b.redirects, 1);
    assert.equal(b.finalUrl, url('/login'));
    assert.match(b.reason.template, /login/);
  });

  test('a CSV served as text/html is not-direct', async () => {
    const r = await checkLink(url('/csv-as-html'), { ...allow, expectedFormat: 'csv' });
    assert.equal(r.status, 'not-direct');
    assert.deepEqual(r.reason.args, ['text/html', 'CSV']);
    const attachment = await checkLink(url('/csv-attachment'), { ...allow, expectedFormat: 'csv' });
    assert.equal(attachment.status, 'ok', 'Content-Disposition: attachment downloads whatever the type');
  });

  test('a host name is resolved and connected to at the checked address', async () => {
    const r = await checkLink(`http://localhost:${srv.port()}/good.csv`, { ...allow, expectedFormat: 'csv' });
    assert.equal(r.status, 'ok', r.reason.template);
  });

  test('a large body: only the first KB is read, then the connection is closed', async () => {
    const r = await checkLink(url('/big.csv'), { ...allow, expectedFormat: 'csv' });
    assert.equal(r.status, 'ok', r.reason.template);
    const big = srv.state.big;
    assert.ok(big, 'the server streamed the big file');
    await big.closed; // the server sees the connection close ...
    assert.equal(big.finished, false); // ... before it could finish the 100 MB body
    assert.ok(big.written < 100 * 1024 * 1024, `server wrote ${big.written} bytes`);
  });

  test('a private address is refused unless allowed, and the server is not contacted', async () => {
    const before = srv.hits.get('/good.csv') ?? 0;
    const r = await checkLink(url('/good.csv'), { expectedFormat: 'csv' });
    assert.equal(r.status, 'refused');
    assert.deepEqual(r.reason.args, ['127.0.0.1', '127.0.0.1']);
    const byName = await checkLink(`http://localhost:${srv.port()}/good.csv`);
    assert.equal(byName.status, 'refused');
    assert.equal(srv.hits.get('/good.csv') ?? 0, before);
  });

  test('bad URLs and other schemes never throw', async () => {
    assert.equal((await checkLink('not a url', allow)).status, 'broken');
    assert.equal((await checkLink('ftp://example.test/a.csv', allow)).status, 'error');
    const refusedPort = await checkLink('http://127.0.0.1:1/x.csv', allow);
    assert.equal(refusedPort.status, 'broken');
    assert.deepEqual(refusedPort.reason.args, ['ECONNREFUSED']);
  });

  test('a cancelled check is an error, not broken', async () => {
    const ac = new AbortController();
    const pending = checkLink(url('/slow'), { ...allow, signal: ac.signal });
    setImmediate(() => ac.abort());
    const r = await pending;
    assert.equal(r.status, 'error');
    assert.match(r.reason.template, /cancelled/);
  });

  test('https: a certificate from an unknown issuer is "could not check", not broken', async () => {
    for (const cert of [TEST_LEAF, `${TEST_LEAF}\n${TEST_CA}`]) {
      const tls = createHttpsServer({ key: TEST_KEY, cert }, (_req, res) => { res.writeHead(200).end('a,b\n'); });
      await new Promise<void>(resolve => tls.listen(0, '127.0.0.1', resolve));
      try {
        const r = await checkLink(`https://127.0.0.1:${(tls.address() as AddressInfo).port}/a.csv`, { ...allow, expectedFormat: 'csv' });
        assert.equal(r.status, 'error', r.reason.template);
        assert.match(String(r.reason.args[0]), /UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN/);
      } finally {
        tls.closeAllConnections();
        await new Promise(resolve => tls.close(resolve));
      }
    }
  });

  describe('LinkChecker', () => {
    test('caches results for the TTL (injectable clock)', async () => {
      let now = 1_000;
      const checker = new LinkChecker({ ttlMs: 60_000, now: () => now });
      const hits = () => srv.hits.get('/good.json') ?? 0;
      const start = hits();
      assert.equal((await checker.check(url('/good.json'), { ...allow, expectedFormat: 'json' })).status, 'ok');
      assert.equal(hits(), start + 1);
      now += 59_999;
      assert.equal((await checker.check(url('/good.json'), { ...allow, expectedFormat: 'json' })).status, 'ok');
      assert.equal(hits(), start + 1, 'second call within the TTL comes from the cache');
      now += 1;
      await checker.check(url('/good.json'), { ...allow, expectedFormat: 'json' });
      assert.equal(hits(), start + 2, 'after the TTL the server is asked again');
    });

    test('concurrent checks of one URL share one request', async () => {
      const checker = new LinkChecker();
      const start = srv.hits.get('/good.xml') ?? 0;
      const results = await Promise.all([1, 2, 3].map(() => checker.check(url('/good.xml'), { ...allow, expectedFormat: 'xml' })));
      assert.deepEqual(results.map(r => r.status), ['ok', 'ok', 'ok']);
      assert.equal(srv.hits.get('/good.xml'), start + 1);
    });

    test('no more than `concurrency` requests at a time', async () => {
      const checker = new LinkChecker({ concurrency: 2 });
      srv.state.maxActive = 0;
      const urls = [1, 2, 3, 4, 5, 6].map(i => url(`/held/${i}`));
      let finished = false;
      const all = Promise.all(urls.map(u => checker.check(u, { ...allow, expectedFormat: 'csv' })))
        .finally(() => { finished = true; });
      // hold the answers until two requests wait, give any extra request time to arrive too,
      // then release them all; a checker without a limit shows more than two here
      while (!finished) {
        while (!finished && srv.held.length < 2) { await sleep(5); }
        await sleep(100);
        for (const res of srv.held.splice(0)) { res.writeHead(200, { 'content-type': 'text/csv' }).end('a,b\n1,2\n'); }
        await sleep(5);
      }
      const results = await all;
      assert.deepEqual(results.map(r => r.status), ['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
      assert.equal(srv.state.maxActive, 2);
    });
  });
});
