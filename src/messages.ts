// One shape for every problem found in input, after vfile-message: data that travels
// with the file, printed as `path:line:col severity reason (ruleId)`.
import { catalogEntry, type RuleId } from "./message-catalog.ts";

export type Severity = "info" | "warning" | "error";

/**
 * What a message is about, as data, set where the message is made: a reader (the curation
 * report, a tool) takes it from here, never from the reason's words, which are for people.
 */
export interface MessageData {
  /** entity-unknown, outlet-unknown: the name found. */
  name?: string;
  /** entity-unknown: what its words make it (person, organization, place). */
  kind?: string;
  /** entity-unknown: the sentence it was found in. */
  sentence?: string;
  /** The field the message is about: a header or front-matter field (dotted path), e.g. "outlet", "provenance.date.line". */
  field?: string;
}

export interface Message {
  file: string;
  line?: number;
  column?: number;
  severity: Severity;
  /** One of the catalog's rules (src/message-catalog.ts), which says what to do about it. */
  ruleId: RuleId;
  reason: string;
  data?: MessageData;
}

export function formatMessage(message: Message): string {
  const where = [message.file, message.line, message.line ? message.column : undefined]
    .filter((part) => part !== undefined)
    .join(":");
  return `${where} ${message.severity} ${message.reason} (${message.ruleId})`;
}

/** What the maintainer should do about a message, from the catalog of its rule. */
export function messageHint(message: Pick<Message, "ruleId">): string | undefined {
  return catalogEntry(message.ruleId)?.fix;
}
