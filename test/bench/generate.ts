// Deterministic CSV like a ministry's monthly table: quoted numbers with thousands separators,
// Chinese text, a few negatives and "-" for missing values.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const TRADES = ['製造業', '營建工程業', '批發及零售業', '住宿及餐飲業', '金融及保險業', '教育業', '醫療保健及社會工作服務業'];
const CITIES = ['臺北市', '新北市', '桃園市', '臺中市', '臺南市', '高雄市', '新竹縣', '彰化縣'];

export const HEADER = '年月,縣市,行業別,受僱員工人數,平均薪資,平均工時,加班工時,進入率,退出率,備註說明\n';

/** xorshift: the same rows on every machine */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s / 4294967296; };
}

function thousands(n: number): string {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function makeRows(seed: number, count: number): string {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const ym = `${2000 + Math.floor(r() * 26)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}`;
    const note = r() < 0.1 ? '"含部分工時, 不含派遣"' : r() < 0.2 ? '-' : '無';
    out.push(`${ym},${CITIES[Math.floor(r() * CITIES.length)]},${TRADES[Math.floor(r() * TRADES.length)]},` +
      `"${thousands(Math.floor(r() * 3_000_000))}","${thousands(30_000 + Math.floor(r() * 60_000))}",` +
      `${(150 + r() * 30).toFixed(1)},${(r() * 20).toFixed(1)},${(r() * 5).toFixed(2)},${(r() * 5 - 1).toFixed(2)},${note}`);
  }
  return out.join('\n') + '\n';
}

/** A CSV of about `megabytes` MB in memory. */
export function makeCsv(megabytes: number): Buffer {
  const parts: string[] = [HEADER];
  let size = Buffer.byteLength(HEADER);
  for (let seed = 1; size < megabytes * 1048576; seed++) {
    const chunk = makeRows(seed, 2000);
    parts.push(chunk);
    size += Buffer.byteLength(chunk);
  }
  return Buffer.from(parts.join(''), 'utf8');
}

/** Streams a CSV of about `megabytes` MB to a file without holding it. */
export async function writeCsv(path: string, megabytes: number): Promise<number> {
  const out = createWriteStream(path);
  let size = 0;
  const write = async (s: string) => {
    size += Buffer.byteLength(s);
    if (!out.write(s)) { await once(out, 'drain'); }
  };
  await write(HEADER);
  for (let seed = 1; size < megabytes * 1048576; seed++) { await write(makeRows(seed, 2000)); }
  out.end();
  await once(out, 'finish');
  return size;
}
