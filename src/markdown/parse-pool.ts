/**
 * Parses markdown within a time budget, on worker threads when the bundled
 * worker (dist/parse-worker.js, next to the running bundle) is there, else on
 * this thread.
 *
 * On a worker, a parse past its budget is stopped for sure: the thread is
 * terminated and replaced. On this thread the budget is checked between
 * parser runs only, so there runs are kept small, and a file that needs a
 * large one goes to a worker. A worker that runs out of memory dies alone;
 * the run goes on.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { now, ParseTimeoutError, ParseTooLargeError, readMarkdownFast } from './fast.js';
import { ParserNotLoaded, withParser } from './read.js';
import type { TableSelection } from './select.js';
import type { MarkdownDocument } from './types.js';
import type { ParseReply } from './worker.js';

export type ParseOutcome =
  | { document: MarkdownDocument }
  | { timeout: true }
  /** The parser failed (out of memory, or a bug): the message says why. */
  | { failure: string };

/**
 * Runs with this few files parse on this thread first (no worker start-up, no
 * copying of the result), handing the parser pieces of at most
 * IN_THREAD_MAX_PIECE characters so that the time budget, checked between
 * pieces, holds. A file that needs a larger piece goes to a worker. (In
 * larger runs, reading here first what the fast reader reads alone, and
 * sending only the rest, measured no faster on the bench corpus: the main
 * thread then has less time for linting.)
 */
const IN_THREAD_MAX_FILES = 2;
const IN_THREAD_MAX_PIECE = 32 * 1024;
/** Node's timers overflow past 2^31-1 ms (and then fire at once); the config schema bounds the budget too. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Heap limit per worker: a runaway parse fails alone instead of taking the process down. */
const WORKER_HEAP_MB = 2048;
/**
 * The parser allocates many short-lived objects (events, tokens, nodes); with
 * V8's default young generation a worker spent a fifth of its time in
 * scavenges on the bench corpus. A larger one collects less often.
 */
const WORKER_YOUNG_MB = 64;

const workerFile = (): string | undefined => {
  const path = fileURLToPath(new URL('./parse-worker.js', import.meta.url));
  return existsSync(path) ? path : undefined;
};

interface Job {
  id: number;
  source: string;
  select: TableSelection | undefined;
  maxMs: number;
  settle(outcome: ParseOutcome): void;
}

interface Slot {
  worker: Worker;
  /** Sent to the worker, in order: it parses them one after the other, the first now. */
  jobs: Job[];
  /** The first job's budget. */
  timer?: NodeJS.Timeout;
}

/**
 * Jobs sent ahead to each worker: with one, a worker waited for the main
 * thread between every two files (a quarter of its time on the bench
 * corpus); with two, the next file is there when it finishes one.
 */
const JOBS_PER_WORKER = 2;

export class ParsePool {
  private readonly file = workerFile();
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  /**
   * node:worker_threads, loaded before the first job goes to a worker: it
   * brings net, streams and perf_hooks (a few milliseconds of a start), and
   * a run of one small file starts no worker.
   */
  private threads?: typeof import('node:worker_threads');

  /** `expectedFiles` sizes the pool: one file needs at most one worker. */
  constructor(private readonly expectedFiles: number) {}

  /** Whether parses can run on workers (the bundle ships the worker). */
  get hasWorkers(): boolean {
    return this.file !== undefined;
  }

  /** `select`: see `FastOptions.select`. */
  async parse(source: string, maxMs: number, select?: TableSelection): Promise<ParseOutcome> {
    if (this.file === undefined) return (await withParser(() => parseHere(source, maxMs, select, Infinity)))!;
    const started = now();
    if (this.expectedFiles <= IN_THREAD_MAX_FILES) {
      const outcome = await withParser(() => parseHere(source, maxMs, select, IN_THREAD_MAX_PIECE));
      if (outcome) return outcome;
      maxMs = Math.max(1, maxMs - (now() - started));
    }
    this.threads ??= await import('node:worker_threads');
    return new Promise((settle) => {
      this.queue.push({ id: this.nextId++, source, select, maxMs, settle });
      this.pump();
    });
  }

  /** Stops every worker; pending parses are not expected at this point. */
  async close(): Promise<void> {
    await Promise.all(this.slots.map(({ worker }) => worker.terminate()));
    this.slots.length = 0;
  }

  private pump(): void {
    const maxSlots = Math.min(availableParallelism(), Math.max(1, this.expectedFiles));
    while (this.queue.length > 0) {
      // The least busy worker; a new one rather than a second job for a busy one.
      let slot: Slot | undefined;
      for (const candidate of this.slots) if (!slot || candidate.jobs.length < slot.jobs.length) slot = candidate;
      if (!slot || (slot.jobs.length > 0 && this.slots.length < maxSlots)) slot = this.spawn();
      if (slot.jobs.length >= JOBS_PER_WORKER) return;
      this.send(slot, this.queue.shift()!);
    }
  }

  private spawn(): Slot {
    const worker = new this.threads!.Worker(this.file!, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    const slot: Slot = { worker, jobs: [] };
    worker.on('message', (reply: ParseReply) => {
      const job = slot.jobs[0];
      if (!job || job.id !== reply.id) return;
      if ('error' in reply) this.finish(slot, { failure: reply.error });
      else this.finish(slot, { document: 'json' in reply ? (JSON.parse(reply.json) as MarkdownDocument) : reply.document });
    });
    worker.on('error', (error) => this.replace(slot, { failure: error.message }));
    worker.on('exit', () => this.replace(slot, { failure: 'the parser stopped unexpectedly' }));
    this.slots.push(slot);
    return slot;
  }

  private send(slot: Slot, job: Job): void {
    slot.jobs.push(job);
    if (slot.jobs.length === 1) this.startClock(slot);
    slot.worker.postMessage({ id: job.id, source: job.source, select: job.select });
  }

  /** The first job's budget runs from when the worker can start it: when the job before it is done. */
  private startClock(slot: Slot): void {
    slot.timer = setTimeout(() => this.replace(slot, { timeout: true }), Math.min(slot.jobs[0]!.maxMs, MAX_TIMER_MS));
  }

  private finish(slot: Slot, outcome: ParseOutcome): void {
    const job = slot.jobs.shift()!;
    clearTimeout(slot.timer);
    if (slot.jobs.length > 0) this.startClock(slot);
    job.settle(outcome);
    this.pump();
  }

  /** The worker is stuck or dead: settle its job, drop it, and let the queue spawn a fresh one. */
  private replace(slot: Slot, outcome: ParseOutcome): void {
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    this.slots.splice(index, 1);
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => {});
    void slot.worker.terminate();
    clearTimeout(slot.timer);
    // The first job gets the outcome; those sent after it were not started, and go to another worker first.
    const [job, ...waiting] = slot.jobs;
    slot.jobs = [];
    this.queue.unshift(...waiting);
    job?.settle(outcome);
    this.pump();
  }
}

/** Undefined when the source needs a parser run larger than `maxPiece`. */
function parseHere(source: string, maxMs: number, select: TableSelection | undefined, maxPiece: number): ParseOutcome | undefined {
  try {
    return { document: readMarkdownFast(source, { deadline: now() + maxMs, maxParseChars: maxPiece, ...(select ? { select } : {}) }) };
  } catch (error) {
    if (error instanceof ParseTimeoutError) return { timeout: true };
    if (error instanceof ParseTooLargeError) return undefined;
    if (error instanceof ParserNotLoaded) throw error;
    // A document nested thousands of levels deep overflows the parser's stack:
    // that file fails alone, with a finding, and the run goes on.
    return { failure: error instanceof Error ? error.message : String(error) };
  }
}
