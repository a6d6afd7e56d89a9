// What every capture's stages may read besides the capture: the build date, the compiled
// registries and the name-finding options. Built once per thread (capture-thread.ts builds its own).
import { EntityIndex } from "../registry/entity-index.ts";
import { loadRegistries, type Registries } from "../registry/load-registries.ts";
import { OutletIndex } from "../registry/outlet-index.ts";
import type { NameFinder } from "./candidate-names.ts";

export interface CaptureContext {
  /** The build's "now" (ISO): later dates are not publication dates. */
  now: string;
  entities: EntityIndex;
  outlets: OutletIndex;
  /** Registry aliases only: no unknown names at all. */
  registryOnly?: boolean;
  /** How unknown names are proposed: capitalised runs (default, fast) or wink-nlp's POS tagger. */
  nameFinder?: NameFinder;
}

/** What a worker needs to rebuild the capture context on its side. */
export interface CaptureSettings {
  registryDir: string;
  /** The registries as loaded (sent to workers, so they do not parse the YAML again). */
  registries?: Registries;
  now: string;
  registryOnly?: boolean;
  nameFinder?: NameFinder;
}

export function captureContext(settings: CaptureSettings, registries: Registries = settings.registries ?? loadRegistries(settings.registryDir), outlets = OutletIndex.fromRegistries(registries)): CaptureContext {
  return { now: settings.now, entities: EntityIndex.fromRegistries(registries), outlets, registryOnly: settings.registryOnly, nameFinder: settings.nameFinder };
}
