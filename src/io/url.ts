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

/** `text` as a URL (relative to `base`), or an Error that says why not, rather than the parser's "Invalid URL". */
function parse(text: string, why: () => string, base?: URL): URL {
  try {
    return new URL(text, base);
  } catch {
    throw new Error(why());
  }
}

export async function fetchText(address: string, limits: { maxBytes: number; timeoutMs: number }): Promise<string> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let url = parse(address, () => 'it is not a valid address (https://host/path)');
  checkUrl(url);
  const first = url;
  try {
    for (let hop = 0; ; hop++) {
      const response = await fetch(url, { redirect: 'manual', signal, headers: { accept: 'application/json, application/yaml, text/yaml, */*' } });
      if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
        await response.body?.cancel();
        const next = parse(response.headers.get('location')!, () => 'it redirects to something that is not a valid address', url);
        if (next.host !== url.host) throw new Error(`it redirects to another host (${next.host}), which is not followed`);
        if (next.username !== '' || next.password !== '') throw new Error('it redirects to an address with a user name or password, which is not followed');
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
    // fetch says only "fetch failed" (or "terminated" while the body is read); the reason is its cause.
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    if ((error as Error).name === 'TypeError' && cause) throw new Error(whyFailed(cause, url, url !== first));
    throw error;
  }
}

/** An address as messages show it: never a user name or password a redirect may carry. */
const shown = (url: URL): string => `${url.protocol}//${url.host}${url.pathname}${url.search}`;

/**
 * Why a fetch failed, in words, from its cause: the network's and TLS's
 * codes, never OpenSSL's own text (`…:error:0A00010B:SSL
 * routines:ssl3_get_record:wrong version number:…`). `redirected`: `url`
 * is where a redirect led, not the address the config names.
 */
function whyFailed(cause: { code?: string; message?: string }, url: URL, redirected: boolean): string {
  const code = cause.code ?? '';
  const where = redirected ? ` at ${shown(url)}, where it redirects` : '';
  const network: Record<string, string> = {
    ECONNREFUSED: 'the connection was refused',
    ENOTFOUND: 'no such host',
    ECONNRESET: 'the connection was reset',
    EAI_AGAIN: 'the host name could not be looked up',
    ETIMEDOUT: 'the connection timed out',
    UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
    EHOSTUNREACH: 'the host cannot be reached from here',
    ENETUNREACH: 'the network of the host cannot be reached from here',
    UND_ERR_SOCKET: 'the server closed the connection before its answer was complete',
  };
  if (network[code] !== undefined) return network[code] + where;
  // A plain HTTP server where HTTPS is asked for (or a redirect to https:// on a port that serves http://).
  if (code === 'ERR_SSL_WRONG_VERSION_NUMBER' || code === 'ERR_SSL_HTTP_REQUEST' || code === 'ERR_SSL_PACKET_LENGTH_TOO_LONG') {
    return `the server at ${shown(url)} does not speak HTTPS${redirected ? ' (the address redirects there)' : ''}; use the address it serves the file at`;
  }
  const certificate: Record<string, string> = {
    DEPTH_ZERO_SELF_SIGNED_CERT: 'is self-signed',
    SELF_SIGNED_CERT_IN_CHAIN: 'is signed by a self-signed authority this machine does not trust',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'is signed by an authority this machine does not trust',
    UNABLE_TO_GET_ISSUER_CERT: 'is signed by an authority this machine does not trust',
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'is signed by an authority this machine does not trust',
    CERT_HAS_EXPIRED: 'has expired',
    CERT_NOT_YET_VALID: 'is not valid yet',
    ERR_TLS_CERT_ALTNAME_INVALID: 'is for another host name',
    CERT_REVOKED: 'has been revoked',
  };
  if (certificate[code] !== undefined || /CERT/.test(code)) {
    const what = certificate[code] ?? `was refused (${code})`;
    // An authority of one's own (a company proxy that rewrites HTTPS) is trusted through NODE_EXTRA_CA_CERTS.
    const authority = /SELF_SIGNED|UNABLE_TO/.test(code) ? '; an authority of your own (a proxy that rewrites HTTPS) is trusted through NODE_EXTRA_CA_CERTS' : '';
    return `the certificate of the server at ${url.host} ${what}, so it is not trusted${redirected ? ` (the address redirects to ${shown(url)})` : ''}${authority}`;
  }
  if (code.startsWith('ERR_SSL_') || code === 'EPROTO') return `the HTTPS handshake with the server at ${url.host} failed${code.startsWith('ERR_SSL_') ? ` (${code.slice(8).toLowerCase().replace(/_/g, ' ')})` : ''}${where}`;
  // fetch refuses the ports of other protocols (25, 6000, …) outright.
  if (cause.message === 'bad port') return `fetch refuses port ${url.port}, which belongs to another protocol; serve the file on another port`;
  // Anything else: its code, or the first line of its message, without a library's location in it.
  const text = (cause.message ?? '').split('\n')[0]!.replace(/^[0-9A-F]+:error:[0-9A-F]+:[^:]*:[^:]*:([^:]+):.*$/, '$1');
  return `the connection failed (${code !== '' ? `${code}${text !== '' && !text.includes(':') ? `: ${text}` : ''}` : text || 'no reason given'})${where}`;
}
