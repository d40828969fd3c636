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


parentPort?.on('message', async ({ id, source, select }: ParseRequest) => {
  let reply: ParseReply;
  try {
    // A worker gets the documents the main thread could not read alone: most need the parser.
    // (Loaded here, not at the top: a top-level await would stop this module before the
    // bundle's inlined parser module is evaluated.)
    await loadParser();
    const document = readMarkdownFast(source, select ? { select } : {});
    reply = { id, json: JSON.stringify(document) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
