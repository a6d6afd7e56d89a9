// Writes content/articles/: every file atomically (temp file + rename), .md files of captures that
// are gone removed, nothing else touched, and an unchanged file left as it is (its modification
// time kept: incremental site builds rely on it). A large write of new files goes to a thread of
// its own (article-write-thread.ts): it moves while this thread is busy with work that never lets
// the event loop turn (the site data, the page plan), and each file is let go once written.
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { contentHash } from "../content-hash.ts";
import type { Message } from "../messages.ts";
import { startTsWorker } from "../ts-worker.ts";

/** Files written at once on this thread: the writes are system calls, spread over libuv's threads (and both cores). */
const WRITES_AT_ONCE = 16;
/** From this many new files, they are written on a thread of their own (it takes ~0.3 s to start). */
export const WRITER_THREAD_FROM = 1_000;

/**
 * What this writer last wrote: per file its size, modification time and text hash. A file whose
 * size and time still match is known without reading it back (10,000 reads took ~0.6 s of a
 * rebuild); any other file is compared by its bytes.
 */
const WRITTEN_RECORD = ".written.json";
export type WrittenRecord = Record<string, [size: number, mtimeMs: number, hash: string]>;

/** What a write needs of an article file (write-article.ts's ArticleFile). */
export interface PendingFile {
  slug: string;
  text: string;
  /** contentHash of text, when known already. */
  hash?: string;
}
/** What the writer thread is sent: its folder, then each file with its position, then the end. */
export type WriterRequest = { articlesDir: string } | { file: PendingFile; position: number } | { end: true };
/** What it answers at the end: the record of what it wrote and the files it could not write, by position. */
export type WriterReply = { record: WrittenRecord; failures: Array<[position: number, message: Message]> } | { failure: string };

function readRecord(articlesDir: string): WrittenRecord {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(path.join(articlesDir, WRITTEN_RECORD), "utf8"));
    return parsed && typeof parsed === "object" ? (parsed as WrittenRecord) : {};
  } catch {
    return {};
  }
}

export function writeFailure(target: string, error: unknown): Message {
  return { file: target, severity: "error", ruleId: "article-write", reason: `could not write the article: ${error instanceof Error ? error.message : String(error)}` };
}

function temporaryFor(articlesDir: string, slug: string): string {
  return path.join(articlesDir, `.${slug}.md.tmp-${process.pid}`);
}

/** Removes a half-written temporary file, if there is one (a folder of that name is not this writer's). */
function removeLeftover(temporary: string): void {
  try {
    fs.unlinkSync(temporary);
  } catch {
    // Nothing was written, or it is not a file.
  }
}

/** Writes one new file now (the writer thread's way): its record entry, or why it could not. */
export function writeNewFile(articlesDir: string, file: PendingFile): { entry: WrittenRecord[string] } | { failure: Message } {
  const target = path.join(articlesDir, `${file.slug}.md`);
  const temporary = temporaryFor(articlesDir, file.slug);
  try {
    fs.writeFileSync(temporary, file.text);
    fs.renameSync(temporary, target);
    const stat = fs.statSync(target);
    return { entry: [stat.size, stat.mtimeMs, file.hash ?? contentHash(file.text)] };
  } catch (error) {
    removeLeftover(temporary);
    return { failure: writeFailure(target, error) };
  }
}

/**
 * Writes every file and removes stale .md files. Each file is let go once written: a site build
 * renders its pages meanwhile, and the articles' texts are the largest thing it would otherwise
 * hold. (Not an async function: a suspended one keeps its arguments, here every file, until it ends.)
 */
export function writeArticleFiles(articlesDir: string, files: readonly PendingFile[]): Promise<Message[]> {
  fs.mkdirSync(articlesDir, { recursive: true });
  const present = fs.readdirSync(articlesDir, { withFileTypes: true });
  const existing = new Set(present.map((entry) => entry.name));
  const wanted = new Set(files.map((file) => `${file.slug}.md`));
  const stale = present.filter((entry) => entry.isFile() && entry.name.endsWith(".md") && !wanted.has(entry.name)).map((entry) => entry.name);
  // Only what the write needs: the front matter objects are let go with the site's input.
  const pending = files.map(({ slug, text, hash }): PendingFile | undefined => ({ slug, text, hash }));
  const fresh = pending.flatMap((file, position) => (existing.has(`${file!.slug}.md`) ? [] : [position]));
  const onThread = fresh.length >= WRITER_THREAD_FROM ? writeOnThread(articlesDir, pending, fresh) : undefined;
  return writeInTurn(articlesDir, pending, existing, stale, onThread);
}

/** Posts the files at `positions` to a writer thread (and lets go of them here); settles with its reply. */
function writeOnThread(articlesDir: string, pending: Array<PendingFile | undefined>, positions: number[]): Promise<WriterReply> {
  const worker = startTsWorker(new URL("./article-write-thread.ts", import.meta.url));
  const reply = new Promise<WriterReply>((resolve) => {
    worker.once("message", (answer: WriterReply) => resolve(answer));
    worker.once("error", (error) => resolve({ failure: error.message }));
    worker.once("exit", (code) => resolve({ failure: `the article writer stopped with exit code ${code}` }));
  }).finally(() => void worker.terminate());
  worker.postMessage({ articlesDir } satisfies WriterRequest);
  for (const position of positions) {
    worker.postMessage({ file: pending[position]!, position } satisfies WriterRequest);
    pending[position] = undefined;
  }
  worker.postMessage({ end: true } satisfies WriterRequest);
  return reply;
}

async function writeInTurn(articlesDir: string, pending: Array<PendingFile | undefined>, existing: Set<string>, stale: string[], onThread?: Promise<WriterReply>): Promise<Message[]> {
  const previous = readRecord(articlesDir);
  const record: WrittenRecord = {};
  const failures: Array<Message | undefined> = new Array(pending.length);
  const writeOne = async (file: PendingFile, position: number) => {
    const name = `${file.slug}.md`;
    const target = path.join(articlesDir, name);
    const temporary = temporaryFor(articlesDir, file.slug);
    const hash = file.hash ?? contentHash(file.text);
    try {
      if (existing.has(name)) {
        const stat = await fsp.stat(target);
        const known = previous[name];
        const same = known && known[0] === stat.size && known[1] === stat.mtimeMs ? known[2] === hash : stat.isFile() && (await fsp.readFile(target, "utf8")) === file.text;
        if (same) {
          record[name] = [stat.size, stat.mtimeMs, hash];
          return;
        }
      }
      await fsp.writeFile(temporary, file.text);
      await fsp.rename(temporary, target);
      const stat = await fsp.stat(target);
      record[name] = [stat.size, stat.mtimeMs, hash];
    } catch (error) {
      await fsp.rm(temporary, { force: true });
      failures[position] = writeFailure(target, error);
    }
  };
  let next = 0;
  const writer = async () => {
    while (next < pending.length) {
      const position = next++;
      const file = pending[position];
      if (!file) continue;
      pending[position] = undefined;
      await writeOne(file, position);
    }
  };
  await Promise.all(Array.from({ length: Math.min(WRITES_AT_ONCE, pending.length) }, writer));
  if (onThread) takeThreadReply(await onThread, articlesDir, record, failures);
  for (const name of stale) fs.rmSync(path.join(articlesDir, name), { force: true });
  saveRecord(articlesDir, record);
  return failures.filter((message): message is Message => message !== undefined);
}

function takeThreadReply(answer: WriterReply, articlesDir: string, record: WrittenRecord, failures: Array<Message | undefined>): void {
  if ("failure" in answer) {
    failures.push({ file: articlesDir, severity: "error", ruleId: "article-write", reason: `could not write the articles: ${answer.failure}` });
    return;
  }
  Object.assign(record, answer.record);
  for (const [position, message] of answer.failures) failures[position] = message;
}

function saveRecord(articlesDir: string, record: WrittenRecord): void {
  const recordFile = path.join(articlesDir, WRITTEN_RECORD);
  const temporary = `${recordFile}.tmp-${process.pid}`;
  try {
    // Sorted: the writes finish in any order, the record is the same for the same files.
    fs.writeFileSync(temporary, JSON.stringify(Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)))));
    fs.renameSync(temporary, recordFile);
  } catch {
    // Only a shortcut for the next run: without it, files are compared by their bytes.
    fs.rmSync(temporary, { force: true });
  }
}
