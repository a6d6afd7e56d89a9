// The Nu HTML checker (vnu-jar) over files or folders, in one JVM. Without java the test fails
// saying what to install; a run that produced no JSON report is a throw, never "no messages".
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { PROJECT_ROOT } from "../../src/publish/build-site.ts";
import { INSTALL_HINTS, requireTool } from "./require-tool.ts";

export const VNU_JAR = path.join(PROJECT_ROOT, "node_modules/vnu-jar/build/dist/vnu.jar");

export interface NuHtmlMessage {
  type: string;
  url?: string;
  message: string;
  lastLine?: number;
}

/** The checker's error messages for the HTML files in `targets` (it exits 1 when it found any). */
export async function checkHtml(targets: string[]): Promise<NuHtmlMessage[]> {
  const java = requireTool("java", INSTALL_HINTS.java);
  if (!fs.existsSync(VNU_JAR)) throw new Error(`${VNU_JAR} is missing: run npm ci`);
  const args = ["-jar", VNU_JAR, "--skip-non-html", "--errors-only", "--format", "json", ...targets];
  const result = await promisify(execFile)(java, args, { maxBuffer: 1 << 26 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code?: number | string; stdout?: string; stderr?: string; message: string }) => {
      if (error.code !== 1) throw new Error(`the Nu HTML checker did not run: ${error.message}`, { cause: error });
      return { code: 1, stdout: error.stdout ?? "", stderr: error.stderr ?? "" };
    },
  );
  let report: { messages?: unknown };
  try {
    report = JSON.parse(result.stderr || result.stdout) as { messages?: unknown };
  } catch (error) {
    throw new Error(`the Nu HTML checker exited ${result.code} without a JSON report:\n${result.stderr}${result.stdout}`, { cause: error });
  }
  if (!Array.isArray(report.messages)) throw new Error(`the Nu HTML checker's report has no messages list: ${result.stderr || result.stdout}`);
  return report.messages as NuHtmlMessage[];
}

/** One line per message, for an assertion's diff: `file:///…/index.html:12: error: Stray end tag “span”.` */
export const formatNuHtmlMessage = (m: NuHtmlMessage) => `${m.url}:${m.lastLine}: ${m.type}: ${m.message}`;
