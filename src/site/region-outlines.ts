// First-level regions (governorates, provinces) drawn as outlines: Natural Earth's admin-1 units
// (map-data/admin1.json, written by scripts/extract-region-outlines.ts), found by a place's name
// or aliases, and regions made of whole units (the Kurdistan Region: three governorates) merged
// into one outline without the borders between them.
import type { MultiPolygon } from "geojson";
import { merge } from "topojson-client";
import type { GeometryCollection, Polygon as TopoPolygon, MultiPolygon as TopoMultiPolygon, Topology } from "topojson-specification";
import { shapeOf, type Country } from "./world-map.ts";
// Imported, not read from disk, so the render key (page-inputs.ts follows imports) covers the data.
import admin1 from "./map-data/admin1.json" with { type: "json" };

type Unit = (TopoPolygon<{ name: string }> | TopoMultiPolygon<{ name: string }>) & { id: string };
type Admin1 = { topologies: Record<string, Topology<Record<string, GeometryCollection<{ name: string }>>>> };

/** Names a reader uses that Natural Earth spells otherwise, by the unit's HASC code. */
const ALSO_CALLED: Record<string, readonly string[]> = {
  "IQ.SD": ["Salahuddin", "Salah ad-Din", "Salah al-Din"],
  "IQ.DA": ["Duhok", "Dohuk"],
  "IQ.AR": ["Erbil"],
  "IQ.SU": ["Sulaymaniyah"],
  "IQ.TS": ["Kirkuk"],
  "IQ.NI": ["Nineveh"],
  "IQ.AN": ["Anbar"],
  "IQ.BB": ["Babylon"],
};

/** Regions made of whole units. */
const COMPOSED: readonly { names: readonly string[]; units: readonly string[] }[] = [
  { names: ["Kurdistan Region", "Iraqi Kurdistan"], units: ["IQ.DA", "IQ.AR", "IQ.SU"] },
];

/** "Al-Anbar", "al anbar" and "Anbar Governorate" are one name. */
export function regionKey(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()
    .replace(/\b(governorate|province)\b/g, "").replace(/^(al|an|as|at|ad)[- ]/, "").replace(/[^a-z]/g, "");
}

interface Units {
  byKey: Map<string, string[]>;
  topologyOf: Map<string, { topology: Topology; unit: Unit }>;
}
let units: Units | undefined;

function admin1Units(): Units {
  if (units) return units;
  const { topologies } = admin1 as unknown as Admin1;
  const found: Units = { byKey: new Map(), topologyOf: new Map() };
  const name = (key: string, ids: string[]) => found.byKey.set(regionKey(key), ids);
  for (const topology of Object.values(topologies)) {
    for (const collection of Object.values(topology.objects)) {
      for (const unit of collection.geometries as Unit[]) {
        found.topologyOf.set(unit.id, { topology, unit });
        for (const key of [unit.properties!.name, ...(ALSO_CALLED[unit.id] ?? [])]) name(key, [unit.id]);
      }
    }
  }
  for (const region of COMPOSED) for (const key of region.names) name(key, [...region.units]);
  return (units = found);
}

/** The outline of the region of that name (or one of its aliases), in unit Mercator, if the data has it. */
export function regionOutline(names: readonly string[]): Country | undefined {
  const { byKey, topologyOf } = admin1Units();
  const ids = names.map((name) => byKey.get(regionKey(name))).find((found) => found !== undefined);
  if (!ids) return undefined;
  const parts = ids.map((id) => topologyOf.get(id)!);
  const geometry = merge(parts[0]!.topology, parts.map((part) => part.unit)) as MultiPolygon;
  return shapeOf(names[0]!, geometry);
}
