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
