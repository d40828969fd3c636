/**
 * Fetching a source of truth over the network (a config's `url:` source): a
 * docs repository can check its tables against another repository's release
 * asset. Bounded in every way a stranger's server could abuse: HTTPS only
 * (plain HTTP only to a loopback address, for tests and local mirrors), a
 * size limit enforced while reading, a timeout over the whole exchange, and
 * redirects followed only within the same host, at most five.
 */
// Node's own fetch (undici inside): importing the undici package here would put all of it on the CLI's start-up path.
import { decodeUtf8 } from './utf8.js';

const MAX_REDIRECTS = 5;

const isLoopback = (hostname: string): boolean => hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);

function checkUrl(url: URL): void {
  if (url.protocol === 'https:') return;
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return;
  throw new Error(`only https:// URLs are fetched (plain http:// only from a loopback address), not ${url.protocol}//${url.host}`);
}

export async function fetchText(address: string, limits: { maxBytes: number; timeoutMs: number }): Promise<string> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let url = new URL(address);
  checkUrl(url);
  try {
    for (let hop = 0; ; hop++) {
      const response = await fetch(url, { redirect: 'manual', signal, headers: { accept: 'application/json, application/yaml, text/yaml, */*' } });
      if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
        await response.body?.cancel();
        const next = new URL(response.headers.get('location')!, url);
        if (next.host !== url.host) throw new Error(`it redirects to another host (${next.host}), which is not followed`);
        if (hop >= MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`);
        checkUrl(next);
        url = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
      }
      const length = Number(response.headers.get('content-length') ?? NaN);
      if (length > limits.maxBytes) {
        await response.body?.cancel();
        throw new Error(`it is ${length} bytes, more than the ${limits.maxBytes}-byte limit (maxBytes)`);
      }
      const chunks: Uint8Array[] = [];
      let size = 0;
      for await (const chunk of (response.body ?? []) as AsyncIterable<Uint8Array>) {
        size += chunk.length;
        if (size > limits.maxBytes) throw new Error(`it is more than the ${limits.maxBytes}-byte limit (maxBytes)`);
        chunks.push(chunk);
      }
      const text = decodeUtf8(Buffer.concat(chunks));
      if (text === undefined) throw new Error('the answer is not UTF-8 text');
      return text;
    }
  } catch (error) {
    if (signal.aborted) throw new Error(`no answer within ${limits.timeoutMs} ms (timeoutMs)`);
    // fetch says only "fetch failed"; the reason (refused, no such host, a bad certificate) is its cause.
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    if ((error as Error).name === 'TypeError' && cause) {
      const why: Record<string, string> = { ECONNREFUSED: 'the connection was refused', ENOTFOUND: 'no such host', ECONNRESET: 'the connection was reset', EAI_AGAIN: 'the host name could not be looked up' };
      throw new Error(why[cause.code ?? ''] ?? `${cause.message ?? cause.code ?? (error as Error).message}`.split('\n')[0]!);
    }
    throw error;
  }
}
