import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';

describe('main', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stl-main-'));
    writeFileSync(join(dir, 'a.md'), '| Feature | Support State | Maintainers | Notes |\n| --- | --- | --- | --- |\n| x | Best effort | | y |\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const io = (stdoutWrite: (text: string) => unknown, isTTY = false, env: Record<string, string> = {}) => {
    let stderr = '';
    return {
      io: { cwd: dir, env, stdout: { write: stdoutWrite, isTTY }, stderr: { write: (text: string) => (stderr += text) } },
      stderr: () => stderr,
    };
  };

  it('turns an unexpected failure into an "internal error" message and exit code 2, without a stack trace', async () => {
    const { io: cliIo, stderr } = io(() => {
      throw new Error('disk on fire');
    });
    expect(await main(['a.md'], cliIo)).toBe(2);
    expect(stderr()).toBe(
      'support-table-lint: internal error: disk on fire\n' +
        'This is a bug in support-table-lint. Please report it at https://github.com/support-table-lint/support-table-lint/issues with the command you ran and the file it failed on.\n',
    );
  });

  it('waits for a stream that refuses more (as a pipe does) before writing the next piece', async () => {
    const many = join(dir, 'many.md');
    writeFileSync(many, '| Feature | Support State | Maintainers | Notes |\n| --- | --- | --- | --- |\n' + Array.from({ length: 2000 }, (_, i) => `| x${i} | Best effort | | y |\n`).join(''));
    // Refuses every piece, and asks for more only after a turn of the event loop.
    const stream = Object.assign(new EventEmitter(), {
      pieces: [] as string[],
      waiting: false,
      write(text: string): boolean {
        expect(stream.waiting).toBe(false);
        stream.pieces.push(text);
        stream.waiting = true;
        setImmediate(() => {
          stream.waiting = false;
          stream.emit('drain');
        });
        return false;
      },
    });
    const { io: cliIo } = io(() => undefined);
    expect(await main(['many.md', '--format', 'json'], { ...cliIo, stdout: stream })).toBe(1);
    expect(stream.pieces.length).toBeGreaterThan(2);
    expect(JSON.parse(stream.pieces.join('')).violations).toHaveLength(2000);
    expect(stream.listenerCount('drain') + stream.listenerCount('close')).toBe(0);
  });

  it('colours stylish output on a terminal unless NO_COLOR is set', async () => {
    let out = '';
    expect(await main(['a.md'], io((text) => (out += text), true).io)).toBe(1);
    expect(out).toContain('\u001b[31merror\u001b[39m');
    out = '';
    expect(await main(['a.md'], io((text) => (out += text), true, { NO_COLOR: '1' }).io)).toBe(1);
    expect(out).not.toContain('\u001b[');
    expect(out).toContain('  3:7  error  ');
  });
});
