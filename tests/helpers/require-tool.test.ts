import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { INSTALL_HINTS, MissingToolError, requireTool } from "./require-tool.ts";

const empty = fs.mkdtempSync(path.join(os.tmpdir(), "require-tool-"));
after(() => fs.rmSync(empty, { recursive: true, force: true }));

describe("requireTool", () => {
  test("a command missing from the PATH throws, naming it and what to install", () => {
    assert.throws(() => requireTool("java", INSTALL_HINTS.java, empty), (error: unknown) => {
      assert.ok(error instanceof MissingToolError);
      assert.match(error.message, /^java not found on the PATH: apt-get install default-jre-headless/);
      return true;
    });
  });

  test("an empty PATH finds nothing", () => {
    assert.throws(() => requireTool("node", "install node", ""), MissingToolError);
  });

  test("a command on the PATH resolves to its absolute path", () => {
    const dir = path.dirname(process.execPath);
    assert.equal(requireTool(path.basename(process.execPath), "install node", `${empty}${path.delimiter}${dir}`), process.execPath);
  });

  test("a path is checked as given: missing, not executable, or a folder all throw", () => {
    const notExecutable = path.join(empty, "chromium");
    fs.writeFileSync(notExecutable, "#!/bin/sh\n", { mode: 0o644 });
    for (const command of [path.join(empty, "missing"), notExecutable, empty]) {
      assert.throws(() => requireTool(command, INSTALL_HINTS.chromium), { name: "MissingToolError", message: `${command} not found: ${INSTALL_HINTS.chromium}` });
    }
    assert.equal(requireTool(process.execPath, "install node"), process.execPath);
  });
});
