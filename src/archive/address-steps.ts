// The archive steps of the address ledger (content/addresses.jsonl, see address-ledger.ts): read
// every address published before, give each article its address, and write the ledger when it
// gained or changed one.
import { ledgerFileFor, readLedger, writeLedger } from "../normalize/address-ledger.ts";
import { assignSlugs } from "../normalize/write-article.ts";
import { writes, type ArchiveRun } from "./archive-run.ts";
import { STOP } from "../run-steps.ts";
import { appendAll } from "../append-all.ts";

const ledgerFile = (run: ArchiveRun) => run.options.addressesFile ?? ledgerFileFor(run.options.articlesDir);

/** Reads the ledger; one that does not parse stops the run (a new article could be given an old one's slug). */
export function readAddresses(run: ArchiveRun): void | typeof STOP {
  run.addresses = readLedger(ledgerFile(run));
  appendAll(run.messages, run.addresses.messages);
  if (run.addresses.broken) return STOP;
}

/** An article published before keeps its address; a new one gets a unique slug from its title. */
export function planArticleAddresses(run: ArchiveRun): void {
  run.plan = assignSlugs(run.related, run.addresses!.ledger);
}

/** The ledger is written with the articles it gives addresses to (before the site is). */
export function writeAddressLedger(run: ArchiveRun): void {
  const { plan, addresses } = run;
  if (writes(run) && (plan!.changed || addresses!.rewrite)) run.messages.push(...writeLedger(ledgerFile(run), plan!.ledger, addresses!.text));
}
