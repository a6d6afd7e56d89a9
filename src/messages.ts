// One shape for every problem found in input, after vfile-message: data that travels
// with the file, printed as `path:line:col severity reason (ruleId)`.
export type Severity = "info" | "warning" | "error";

export interface Message {
  file: string;
  line?: number;
  column?: number;
  severity: Severity;
  ruleId: string;
  reason: string;
}

export function formatMessage(message: Message): string {
  const where = [message.file, message.line, message.line ? message.column : undefined]
    .filter((part) => part !== undefined)
    .join(":");
  return `${where} ${message.severity} ${message.reason} (${message.ruleId})`;
}

/** Collects messages for a run; stages push into it and the build prints them at the end. */
export class MessageLog {
  readonly messages: Message[] = [];

  add(message: Message): void {
    this.messages.push(message);
  }

  warn(file: string, ruleId: string, reason: string, line?: number): void {
    this.add({ file, line, severity: "warning", ruleId, reason });
  }

  error(file: string, ruleId: string, reason: string, line?: number): void {
    this.add({ file, line, severity: "error", ruleId, reason });
  }

  info(file: string, ruleId: string, reason: string, line?: number): void {
    this.add({ file, line, severity: "info", ruleId, reason });
  }

  count(severity: Severity): number {
    return this.messages.filter((message) => message.severity === severity).length;
  }
}
