// Runs stages 1–6 on a text, with a small registry, for tests of the later stages; and the stage
// list part of the way, for tests of one stage.
import type { CaptureFile, CleanFields, DateFields, EntityFields, OutletFields, ReadFields, TitleFields } from "../../src/normalize/capture-file.ts";
import { captureFile } from "../../src/normalize/capture-file.ts";
import { runCaptureStages, stagesThrough, type CaptureStageName } from "../../src/normalize/capture-stages.ts";
import { normalizeCapture, type CaptureContext } from "../../src/normalize/normalize-capture.ts";
import type { EntityCapture } from "../../src/normalize/find-entities.ts";
import { EntityIndex } from "../../src/registry/entity-index.ts";
import type { Registries } from "../../src/registry/load-registries.ts";
import { OutletIndex } from "../../src/registry/outlet-index.ts";

export const SMALL_REGISTRIES: Registries = {
  actors: [
    { name: "Masoud Barzani", kind: "person", aliases: ["Barzani"] },
    { name: "Kurdistan Regional Government", kind: "organization", aliases: ["KRG"] },
    { name: "Peshmerga", kind: "organization", aliases: [] },
  ],
  places: [
    { name: "Erbil", kind: "city", aliases: ["Arbil"], coordinates: [36.19, 44.01] },
    { name: "Baghdad", kind: "city", aliases: [], coordinates: [33.31, 44.37] },
    { name: "Kirkuk", kind: "city", aliases: [], coordinates: [35.47, 44.39] },
  ],
  outlets: [
    { name: "Sputnik", kind: "state media", aliases: [], signatures: ["^Get short URL$"] },
    { name: "Rudaw", kind: "broadcaster", aliases: [], signatures: ["^Rudaw\\s*/"] },
    { name: "Kurdistan24", kind: "broadcaster", aliases: [], signatures: ["^Kurdistan24\\s*/"] },
  ],
};

export function testContext(registries: Registries = SMALL_REGISTRIES): CaptureContext {
  return { now: "2026-11-23T00:00:00Z", entities: EntityIndex.fromRegistries(registries), outlets: OutletIndex.fromRegistries(registries), registryOnly: true };
}

/** No registry (or only the names given): what a stage finds by itself. */
export function bareContext(now = "2026-11-23", entities = EntityIndex.fromRegistries({ actors: [], places: [], outlets: [] }), outlets = new OutletIndex([])): CaptureContext {
  return { now, entities, outlets };
}

export function captureOf(name: string, text: string, context = testContext(), modifiedAt?: string): EntityCapture {
  const result = normalizeCapture({ file: `content/sources/${name}`, bytes: new TextEncoder().encode(text), modifiedAt }, context);
  if (!result.capture) throw new Error(`${name}: ${result.messages.map((message) => message.reason).join("; ")}`);
  return result.capture;
}

/** What the capture holds once each stage ran. */
interface FoundThrough {
  read: ReadFields;
  "strip-boilerplate": ReadFields & CleanFields;
  "find-title": ReadFields & CleanFields & TitleFields;
  "find-date": ReadFields & CleanFields & TitleFields & DateFields;
  "find-outlet": ReadFields & CleanFields & TitleFields & DateFields & OutletFields;
  "find-entities": ReadFields & CleanFields & TitleFields & DateFields & OutletFields & EntityFields;
}

/** The capture after the stages from the first through `last` ran on a text. */
export function captureThrough<S extends CaptureStageName>(last: S, text: string | Uint8Array, options: { file?: string; modifiedAt?: string; context?: CaptureContext } = {}): CaptureFile & FoundThrough[S] {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  const capture = runCaptureStages(captureFile({ file: options.file ?? "t.txt", bytes, modifiedAt: options.modifiedAt }), options.context ?? bareContext(), stagesThrough(last));
  if (capture.skipped) throw new Error(`skipped: ${capture.messages.map((message) => message.reason).join("; ")}`);
  // The stages through `last` ran: the fields they find are there (normalizedCapture checks the full set).
  return capture as CaptureFile & FoundThrough[S];
}
