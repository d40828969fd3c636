/**
 * Worker-thread entry (bundled to dist/parse-worker.js): parses the sources
 * the main thread sends. Parsing runs here so that a parse past its time
 * budget can be stopped by terminating the thread.
 */
import { parentPort } from 'node:worker_threads';
import { readMarkdownFast } from './fast.js';
import { loadParser } from './read.js';
import type { TableSelection } from './select.js';

export interface ParseRequest {
  id: number;
  source: string;
  select?: TableSelection;
}

export type ParseReply =
  | { id: number; document: ReturnType<typeof readMarkdownFast> }
  /** Documents travel as JSON: cheaper than cloning their object graph (one string is copied). */
  | { id: number; json: string }
  | { id: number; error: string };


// A worker gets the documents the main thread could not read alone: most need the parser.
// (Not awaited here: a top-level await would stop this module before the bundle's inlined
// parser module is evaluated.) Every request waits on it, and so runs in the order sent.
const ready = loadParser();

parentPort?.on('message', (request: ParseRequest) => void ready.then(() => answer(request)));

function answer({ id, source, select }: ParseRequest): void {
  let reply: ParseReply;
  try {
    const document = readMarkdownFast(source, select ? { select } : {});
    reply = { id, ...asJsonOrClone(document) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  try {
    parentPort!.postMessage(reply);
  } catch (error) {
    // A document too large to clone either: the file's failure, said, not the worker's death.
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * A document whose JSON would pass V8's longest string (a table of 100,000
 * columns and a few rows, under the size budget) is sent as it is, to be
 * cloned: slower, but the same document as on the main thread.
 */
export function asJsonOrClone(
  document: ReturnType<typeof readMarkdownFast>,
  stringify: (value: unknown) => string = JSON.stringify,
): { json: string } | { document: ReturnType<typeof readMarkdownFast> } {
  try {
    return { json: stringify(document) };
  } catch (error) {
    if (error instanceof RangeError) return { document };
    throw error;
  }
}
