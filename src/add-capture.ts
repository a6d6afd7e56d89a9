// Adding a capture: a stable, safe file name in content/sources/ and an optional maintainer
// header with the fields given on the command line (they win over extraction).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import type { CaptureHeader } from "./normalize/read-capture.ts";
import { slugify } from "./slug.ts";


/** `<readable-stem>-<8 hex of the content hash>.txt`: the same text always gets the same name. */
export function captureFileName(originalName: string, content: Buffer): string {
  const stem = slugify(path.basename(originalName).replace(/\.[^.]*$/, ""), 50) || "capture";
  const hash = crypto.createHash("sha256").update(content).digest("hex").slice(0, 8);
  return `${stem}-${hash}.txt`;
}

export function withHeader(content: Buffer, header: CaptureHeader): Buffer {
  const fields = Object.fromEntries(Object.entries(header).filter(([, value]) => value !== undefined && value !== ""));
  if (Object.keys(fields).length === 0) return content;
  const yaml = stringify(fields, { defaultStringType: "QUOTE_DOUBLE", lineWidth: 0 });
  return Buffer.concat([Buffer.from(`---\n${yaml}---\n`, "utf8"), content]);
}

export interface AddedCapture {
  from: string;
  to: string;
  alreadyPresent: boolean;
}

/** Copies a capture into sourcesDir; an identical capture already there is not copied twice. */
export function addCapture(from: string, sourcesDir: string, header: CaptureHeader): AddedCapture {
  const content = withHeader(fs.readFileSync(from), header);
  const to = path.join(sourcesDir, captureFileName(from, content));
  const alreadyPresent = fs.existsSync(to);
  if (!alreadyPresent) {
    fs.mkdirSync(sourcesDir, { recursive: true });
    const temporary = `${to}.tmp-${process.pid}`;
    fs.writeFileSync(temporary, content);
    fs.renameSync(temporary, to);
  }
  return { from, to, alreadyPresent };
}
