/**
 * The REST client against a server on 127.0.0.1 that answers badly: a body
 * cut off, or one that stops coming. Octokit reads a body it cannot finish
 * as "", and its pagination that as an empty list; the client must say the
 * answer was unreadable instead, or a pull request's files would read as none.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { octokitApi } from '../../src/action/github-api.js';

let server: Server;
let base: string;
let answer: (response: ServerResponse, url: string) => void;

beforeAll(async () => {
  server = createServer((request, response) => answer(response, request.url ?? ''));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

const json = { 'content-type': 'application/json; charset=utf-8' };

describe('answers the client cannot read', () => {
  it('a list whose body is cut off is an error, not an empty list', async () => {
    answer = (response) => {
      response.writeHead(200, { ...json, 'content-length': '4000' });
      response.write('[{"filename": "docs/a.md", "status": "modified"}, {"filen');
      setTimeout(() => response.socket?.destroy(), 20);
    };
    // The client retries a failed read twice (after 1 s and 4 s, as for a 5xx) before it gives up.
    await expect(octokitApi('t', 'o', 'r', base).listPullFiles(1)).rejects.toThrow(/was cut off/);
  }, 20_000);

  it('a body that stops coming ends at the request timeout, and no call is made after it', async () => {
    process.env['SUPPORT_TABLE_LINT_REQUEST_TIMEOUT_MS'] = '300';
    let calls = 0;
    answer = (response) => {
      calls++;
      response.writeHead(200, { ...json, 'content-length': '4000' });
      response.write('[');
    };
    try {
      const api = octokitApi('t', 'o', 'r', base);
      await expect(api.listPullFiles(1)).rejects.toThrow(/did not finish its answer within 0.3 s/);
      const before = calls;
      await expect(api.listReviewComments(1)).rejects.toThrow(/did not finish its answer/);
      expect(calls).toBe(before);
    } finally {
      delete process.env['SUPPORT_TABLE_LINT_REQUEST_TIMEOUT_MS'];
    }
  });

  it('a check run whose answer is cut off is not created again: GitHub may have made it', async () => {
    let posts = 0;
    answer = (response) => {
      posts++;
      response.writeHead(201, { ...json, 'content-length': '4000' });
      response.write('{"id": 7, "name": "suppo');
      setTimeout(() => response.socket?.destroy(), 20);
    };
    const output = { title: 't', summary: 's', annotations: [] };
    const created = octokitApi('t', 'o', 'r', base).createCheckRun({ name: 'n', headSha: 'a'.repeat(40), conclusion: 'success', output });
    await expect(created).rejects.toThrow(/was cut off .*not sent again/);
    expect(posts).toBe(1);
  });

  it('a check run answer that names no check run is a failure, not a check run', async () => {
    for (const body of ['{}', '{"id": "abc"}', '[]', '<html>ok</html>']) {
      answer = (response) => {
        response.writeHead(201, body.startsWith('<') ? { 'content-type': 'text/html' } : json);
        response.end(body);
      };
      const output = { title: 't', summary: 's', annotations: [] };
      await expect(octokitApi('t', 'o', 'r', base).createCheckRun({ name: 'n', headSha: 'a'.repeat(40), conclusion: 'success', output })).rejects.toThrow(/names no check run/);
    }
  });

  it('a write answered with a redirect is not sent on, and a list whose next page is on another host is not read', async () => {
    const elsewhere: string[] = [];
    const other = createServer((request, response) => {
      elsewhere.push(`${request.method} ${request.url} ${request.headers.authorization ?? ''}`);
      response.writeHead(200, json);
      response.end(request.method === 'GET' ? '[]' : '{"id": 5}');
    });
    await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
    const otherBase = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    try {
      answer = (response, url) => {
        if (url.startsWith('/repos/o/r/check-runs')) {
          response.writeHead(307, { location: `${otherBase}/steal` });
          response.end();
        } else {
          response.writeHead(200, { ...json, link: `<${otherBase}/steal/page2>; rel="next"` });
          response.end('[{"filename": "docs/a.md", "status": "modified"}]');
        }
      };
      const api = octokitApi('t0ken', 'o', 'r', base);
      const output = { title: 't', summary: 's', annotations: [] };
      await expect(api.createCheckRun({ name: 'n', headSha: 'a'.repeat(40), conclusion: 'success', output })).rejects.toThrow(/with a redirect \(HTTP 307\); a write is not sent anywhere else/);
      await expect(api.listPullFiles(1)).rejects.toThrow(/not the API .*the token stays with GitHub/);
      expect(elsewhere).toEqual([]);
    } finally {
      other.closeAllConnections();
      await new Promise((done) => other.close(done));
    }
  });

  it('a whole answer is read as before', async () => {
    answer = (response) => {
      response.writeHead(200, json);
      response.end('[{"filename": "docs/a.md", "status": "modified"}]');
    };
    expect(await octokitApi('t', 'o', 'r', base).listPullFiles(1)).toEqual([{ filename: 'docs/a.md', status: 'modified' }]);
  });
});

describe('the login the token acts as', () => {
  it('a /user that fails otherwise than "not allowed" (422, 500) falls back to GraphQL, not to giving up the review', async () => {
    answer = (response, url) => {
      if (url === '/user') {
        response.writeHead(422, json);
        response.end('{"message": "Unprocessable"}');
      } else {
        response.writeHead(200, json);
        response.end('{"data": {"viewer": {"login": "docs-bot", "__typename": "Bot"}}}');
      }
    };
    expect(await octokitApi('t', 'o', 'r', base).authenticatedLogin()).toBe('docs-bot[bot]');
  });
});
