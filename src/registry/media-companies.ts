// Companies that own news sites without being one (src/registry/data/media-companies.json, general
// knowledge): "© 2020 Example Media Inc." in a station's footer names its owner, not the station.
import fs from "node:fs";
import { compactKey } from "./alias-key.ts";

export const MEDIA_COMPANIES_FILE = new URL("./data/media-companies.json", import.meta.url);

/** A legal form after a company's name: not part of the key ("Nexstar Inc." is "Nexstar"). */
const LEGAL_FORM = /(?:,?\s+(?:LLC|L\.L\.C|Inc|Ltd|Limited|Pty|PLC|GmbH|AG|SA|S\.A|Co|Corp|LP|LLP|Pvt)\.?)+$/i;

const keyOf = (name: string) => compactKey(name.trim().replace(LEGAL_FORM, "").replace(/^the\s+/i, ""));

let keys: Set<string> | undefined;

/** Whether a name is a well-known media company's ("Nexstar Inc.", "Gannett"): an owner, never the outlet. */
export function isMediaCompany(name: string): boolean {
  keys ??= new Set((JSON.parse(fs.readFileSync(MEDIA_COMPANIES_FILE, "utf8")) as { companies: string[] }).companies.map(keyOf));
  return keys.has(keyOf(name));
}
