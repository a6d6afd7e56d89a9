// The actors, places and outlets of the synthetic corpus. The project's registries come first
// (so their names resolve); built-in entries, each with alias spellings, fill up to a few hundred.
// `corpusRegistryEntries` lists the built-in ones so a bench can add them to its registry copy.
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { createRandom, type Random } from "./prng.ts";

export interface CorpusEntity {
  name: string;
  kind: string;
  aliases: string[];
  /** Outlets only: how a capture of this outlet signs its text. */
  signature?: OutletSignature;
  /** Outlets only: registry signature patterns. */
  signatures?: string[];
  /** Persons only: a role used in apposition ("the spokesman of …"). */
  role?: string;
  coordinates?: [number, number];
  builtIn: boolean;
}

export type OutletSignature = "slash" | "wire" | "dash" | "byline" | "none";

export interface CorpusEntities {
  actors: CorpusEntity[];
  places: CorpusEntity[];
  outlets: CorpusEntity[];
}

const firstNames = `Hemin Masoud Nechirvan Masrour Qubad Kosrat Barham Fuad Haider Nouri Adel Mustafa Mohammed Ahmed Ali Hassan
Hussein Omar Karwan Rebwar Dilshad Shirwan Sherko Aram Hiwa Bakhtiar Jabar Sarbast Najmaldin Rawand Bashar Ayad Salim Khalid
Jalal Hoshyar Falah Qasem Ibrahim Yusuf Saad Ammar Muqtada Hadi Qais Faleh Abu Rashid Tariq Kamal Jamal Dara Soran Zana Goran
Lana Vian Shilan Ala Hero Nasrin Rezan Tara Bayan Gulnar Leyla Ayesha Zainab Maryam Noor Huda Sarah Nadia Rana Dilan`.split(/\s+/);

const surnameRoots = `Hawram Barzan Talaban Jaff Sinjar Zebar Amed Khoshnaw Mahmoud Rasul Salih Karim Aziz Faraj Hamad Kirkuk
Sulaiman Bakir Dizay Mirza Othman Shwan Khalil Kakay Hamid Rashid Jabbour Obeid Dulaim Jubour Shammar Tamim Hakim Sadr Maliki
Allaw Abad Kadhim Nujaif Hashim Ansar Sharif Yazd Khal Nouri Qaran Dosk Mergas Bamarn Zakh Akra Soran Ranya Halabj Penjw`.split(/\s+/);

const roles = [
  "spokesman of",
  "aide of",
  "adviser to",
  "deputy head of",
  "member of",
  "head of",
  "commander of",
  "senior official in",
  "representative of",
];

const organizationTemplates = [
  "{place} Provincial Council",
  "{place} Security Committee",
  "{place} Operations Command",
  "{place} Chamber of Commerce",
  "{place} University",
  "{place} Police Directorate",
  "{place} Governorate",
];

const ministries = `Interior Defense Finance Oil Health Education Electricity Agriculture Water Resources Planning Justice Trade
Transport Culture Migration Displacement Foreign Affairs Labor Youth Housing Communications Industry Environment`.split(/\s+/);

const knownOrganizations: [string, string[]][] = [
  ["Kurdistan Democratic Party", ["KDP"]],
  ["Patriotic Union of Kurdistan", ["PUK"]],
  ["Peshmerga", ["Kurdish Peshmerga", "Peshmerga forces"]],
  ["Popular Mobilization Forces", ["PMF", "Hashd al-Shaabi", "Popular Mobilization Units"]],
  ["Kurdistan Regional Government", ["KRG"]],
  ["Gorran Movement", ["Gorran", "Change Movement"]],
  ["Islamic State", ["ISIS", "IS", "Daesh", "ISIL"]],
  ["Council of Representatives of Iraq", ["Iraqi parliament", "Iraqi Parliament"]],
  ["Federal Supreme Court", ["Supreme Court of Iraq", "Iraqi court"]],
  ["Joint Operations Command", ["JOC"]],
  ["United Nations Assistance Mission for Iraq", ["UNAMI"]],
  ["Kurdistan Region Security Council", ["KRSC"]],
  ["Independent High Electoral Commission", ["IHEC", "electoral commission"]],
  ["Kurdistan Workers' Party", ["PKK"]],
  ["Asa'ib Ahl al-Haq", ["Asaib Ahl al-Haq"]],
  ["Kataib Hezbollah", ["Kata'ib Hizballah"]],
  ["Iraqi Counter-Terrorism Service", ["CTS", "Counter-Terrorism Service"]],
  ["Sadrist Movement", ["Sadrists"]],
  ["Kurdistan Islamic Union", ["KIU"]],
  ["Iraqi Turkmen Front", ["ITF", "Turkmen Front"]],
  ["Global Coalition", ["US-led coalition", "international coalition"]],
  ["World Food Programme", ["WFP"]],
  ["International Organization for Migration", ["IOM"]],
  ["North Oil Company", ["NOC"]],
];

const knownPlaces: [string, string, string[], [number, number]][] = [
  ["Erbil", "city", ["Arbil", "Hawler", "Hewler"], [36.19, 44.01]],
  ["Baghdad", "city", [], [33.31, 44.36]],
  ["Kirkuk", "city", ["Karkuk"], [35.47, 44.39]],
  ["Sulaimaniyah", "city", ["Sulaymaniyah", "Slemani", "Suleimani"], [35.56, 45.43]],
  ["Mosul", "city", ["Mawsil"], [36.34, 43.13]],
  ["Duhok", "city", ["Dohuk", "Dahuk"], [36.87, 42.99]],
  ["Halabja", "city", ["Halabjah"], [35.18, 45.99]],
  ["Basra", "city", ["Basrah"], [30.51, 47.78]],
  ["Najaf", "city", [], [32.0, 44.33]],
  ["Karbala", "city", ["Kerbala"], [32.62, 44.02]],
  ["Tikrit", "city", [], [34.6, 43.68]],
  ["Fallujah", "city", ["Falluja"], [33.35, 43.78]],
  ["Ramadi", "city", [], [33.42, 43.3]],
  ["Sinjar", "town", ["Shingal"], [36.32, 41.87]],
  ["Khanaqin", "town", ["Khanaqeen"], [34.35, 45.38]],
  ["Tuz Khurmatu", "town", ["Tuz Khormato", "Tuz"], [34.88, 44.63]],
  ["Makhmour", "town", ["Makhmur"], [35.78, 43.58]],
  ["Zakho", "town", ["Zakhu"], [37.14, 42.68]],
  ["Dukan", "town", ["Dokan"], [35.95, 44.95]],
  ["Ranya", "town", ["Raniya"], [36.25, 44.88]],
  ["Koya", "town", ["Koysinjaq"], [36.08, 44.63]],
  ["Fish Khabur", "border crossing", ["Faysh Khabur", "Peshkhabour"], [37.07, 42.38]],
  ["Ibrahim Khalil", "border crossing", ["Habur"], [37.12, 42.58]],
  ["Mandali", "town", [], [33.75, 45.55]],
  ["Nineveh", "province", ["Ninawa", "Nineveh province"], [36.0, 42.5]],
  ["Diyala", "province", ["Diyala province"], [33.9, 45.0]],
  ["Anbar", "province", ["Al-Anbar", "Anbar province"], [33.0, 42.0]],
  ["Salahaddin", "province", ["Salah al-Din", "Saladin"], [34.5, 43.5]],
  ["Iraqi Kurdistan", "region", ["Kurdistan Region", "Kurdistan Region of Iraq"], [36.4, 44.4]],
  ["Iraq", "country", [], [33.0, 44.0]],
  ["Iran", "country", ["Islamic Republic of Iran"], [32.0, 53.0]],
  ["Turkey", "country", ["Türkiye"], [39.0, 35.0]],
  ["Syria", "country", [], [35.0, 38.0]],
  ["United States", "country", ["US", "U.S.", "United States of America"], [38.0, -97.0]],
  ["Tehran", "city", ["Teheran"], [35.69, 51.39]],
  ["Ankara", "city", [], [39.93, 32.86]],
  ["Damascus", "city", [], [33.51, 36.29]],
  ["Washington", "city", ["Washington, D.C."], [38.9, -77.04]],
  ["Qamishli", "city", ["Qamishlo"], [37.05, 41.22]],
  ["Kobani", "town", ["Kobane", "Ain al-Arab"], [36.89, 38.35]],
];

const placeSyllables = `Ba Ka Sha Qa Ta Za Ra Da Ma Na Ha Kho Dar Ben Gir Sar Kel Dol Hal Bar Sor Mer Ris Ter Gul Zer Shi Ku Du Bi`.split(/\s+/);
const placeEndings = ["an", "ar", "awa", "ok", "in", "iya", "stan", "ava", "e", "ir", "ul", "aban"];
const villageKinds = ["village", "village", "town", "subdistrict", "district"];

const outletList: [string, string, string[], OutletSignature, string[]][] = [
  ["Shafaq News", "independent", ["Shafaq"], "slash", ["Shafaq News /"]],
  ["Rudaw", "broadcaster", ["Rudaw English"], "dash", ["Rudaw —"]],
  ["Kurdistan24", "broadcaster", ["K24"], "slash", ["Kurdistan24 /"]],
  ["Sputnik", "state media", ["Sputnik News"], "none", ["sputniknews", "Get short URL"]],
  ["Al-Monitor", "independent", [], "byline", ["for Al-Monitor"]],
  ["Reuters", "news agency", ["Thomson Reuters"], "wire", ["\\(Reuters\\) -"]],
  ["Associated Press", "news agency", ["AP"], "wire", ["\\(AP\\) —"]],
  ["Agence France-Presse", "news agency", ["AFP"], "wire", ["\\(AFP\\) -"]],
  ["Iraqi News Agency", "state media", ["INA"], "slash", ["INA /"]],
  ["Baghdad Post", "newspaper", [], "dash", ["Baghdad Post —"]],
  ["The New Arab", "newspaper", ["Al-Araby Al-Jadeed"], "byline", ["for The New Arab"]],
  ["Asharq Al-Awsat", "newspaper", ["Asharq al-Awsat"], "dash", ["Asharq Al-Awsat —"]],
  ["Middle East Eye", "independent", ["MEE"], "byline", ["for Middle East Eye"]],
  ["Iraq Business News", "republisher", [], "none", ["Iraq Business News"]],
  ["Kurdistan Chronicle", "magazine", [], "dash", ["Kurdistan Chronicle —"]],
  ["Anadolu Agency", "news agency", ["AA"], "slash", ["Anadolu Agency /"]],
  ["Al Jazeera", "broadcaster", ["Al Jazeera English"], "byline", ["for Al Jazeera"]],
  ["Xinhua", "state media", ["Xinhua News Agency"], "wire", ["\\(Xinhua\\) --"]],
  ["BasNews", "independent", ["Bas News"], "slash", ["BasNews /"]],
  ["NRT", "broadcaster", ["NRT TV", "NRT English"], "slash", ["NRT /"]],
  ["Enab Baladi", "independent", [], "dash", ["Enab Baladi —"]],
  ["Kurdistan Regional Government", "government statement", ["KRG"], "none", []],
];

export interface ProjectRegistry {
  actors: { name: string; kind?: string; aliases?: string[] }[];
  places: { name: string; kind?: string; aliases?: string[] }[];
  outlets: { name: string; kind?: string; aliases?: string[]; signatures?: string[] }[];
}

/** Reads content/registry/{actors,places,outlets}.yaml where present; a missing or broken file counts as empty. */
export function readProjectRegistry(registryDir: string | undefined): ProjectRegistry {
  const read = (file: string): any[] => {
    if (!registryDir) return [];
    const full = path.join(registryDir, file);
    if (!fs.existsSync(full)) return [];
    try {
      const data: unknown = parse(fs.readFileSync(full, "utf8"));
      return Array.isArray(data) ? data.filter((entry) => entry && typeof entry.name === "string") : [];
    } catch {
      return [];
    }
  };
  return { actors: read("actors.yaml"), places: read("places.yaml"), outlets: read("outlets.yaml") };
}

/** Transliteration variants a reporter might write: "Masoum"/"Masum", "al-Abadi"/"Abadi". */
function spellingVariant(name: string, random: Random): string | undefined {
  const swaps: [RegExp, string][] = [
    [/ou/, "u"],
    [/u(?=[a-z])/, "ou"],
    [/ee/, "i"],
    [/i(?=[a-z]{2})/, "ee"],
    [/k(?=h)/, "c"],
    [/y$/, "i"],
    [/ah$/, "a"],
  ];
  for (const [pattern, replacement] of random.sample(swaps, swaps.length)) {
    if (pattern.test(name)) return name.replace(pattern, replacement);
  }
  return undefined;
}

/**
 * All entities the corpus mentions: the project's registry entries, then built-in ones until there
 * are at least `actorCount` actors, `placeCount` places. Built-in names and aliases never collide
 * with each other or with the project's, so every alias resolves to one entry.
 */
export function buildEntities(project: ProjectRegistry, seed: number, actorCount = 400, placeCount = 250): CorpusEntities {
  const random = createRandom(seed ^ 0xe471e5);
  const taken = new Set<string>();
  const claim = (...names: string[]): boolean => {
    if (names.some((name) => taken.has(name.toLowerCase()))) return false;
    for (const name of names) taken.add(name.toLowerCase());
    return true;
  };
  const fromProject = (entry: { name: string; kind?: string; aliases?: string[] }, kind: string): CorpusEntity => {
    claim(entry.name, ...(entry.aliases ?? []));
    return { name: entry.name, kind: entry.kind ?? kind, aliases: entry.aliases ?? [], builtIn: false };
  };
  const actors = project.actors.map((entry) => fromProject(entry, "person"));
  const places = project.places.map((entry) => fromProject(entry, "place"));
  const outlets: CorpusEntity[] = project.outlets.map((entry) => ({
    ...fromProject(entry, "news outlet"),
    signatures: entry.signatures ?? [],
    signature: "none" as OutletSignature,
  }));

  for (const [name, kind, aliases, signature, signatures] of outletList) {
    const existing = outlets.find((outlet) => outlet.name === name);
    if (existing) {
      existing.signature = signature;
      continue;
    }
    if (claim(name, ...aliases)) outlets.push({ name, kind, aliases, signature, signatures, builtIn: true });
  }

  for (const [name, kind, aliases, coordinates] of knownPlaces) {
    if (places.some((place) => place.name === name)) continue;
    if (claim(name, ...aliases)) places.push({ name, kind, aliases, coordinates, builtIn: true });
  }
  while (places.length < placeCount) {
    const stem = random.pick(placeSyllables) + random.pick(placeSyllables).toLowerCase() + random.pick(placeEndings);
    const variant = spellingVariant(stem, random);
    const aliases = variant && variant !== stem ? [variant] : [];
    const coordinates: [number, number] = [Number((33 + random.next() * 4).toFixed(2)), Number((42 + random.next() * 4).toFixed(2))];
    if (claim(stem, ...aliases)) places.push({ name: stem, kind: random.pick(villageKinds), aliases, coordinates, builtIn: true });
  }

  for (const [name, aliases] of knownOrganizations) {
    if (actors.some((actor) => actor.name === name)) continue;
    if (claim(name, ...aliases)) actors.push({ name, kind: "organization", aliases, builtIn: true });
  }
  for (const ministry of ministries) {
    const name = `Ministry of ${ministry}`;
    if (claim(name, `${ministry} Ministry`)) actors.push({ name, kind: "organization", aliases: [`${ministry} Ministry`], builtIn: true });
  }
  for (const place of places.filter((p) => p.builtIn && p.kind !== "country").slice(0, 40)) {
    const name = random.pick(organizationTemplates).replace("{place}", place.name);
    if (claim(name)) actors.push({ name, kind: "organization", aliases: [], builtIn: true });
  }
  const surnames = new Set<string>();
  let attempts = 0;
  while (actors.length < actorCount && attempts++ < actorCount * 50) {
    const root = random.chance(0.5) ? random.pick(surnameRoots) : random.pick(placeSyllables) + random.pick(placeSyllables).toLowerCase();
    const surname = root + random.pick(["i", "i", "ani", "awi", "", "zada"]);
    if (surnames.has(surname)) continue;
    const withAl = random.chance(0.25);
    const first = random.pick(firstNames);
    const name = withAl ? `${first} al-${surname}` : `${first} ${surname}`;
    const aliases = withAl ? [`${first} ${surname}`, `Al-${surname}`, surname] : [surname];
    const variant = spellingVariant(surname, random);
    if (variant && variant !== surname) aliases.push(`${first} ${variant}`);
    if (!claim(name, ...aliases)) continue;
    surnames.add(surname);
    actors.push({ name, kind: "person", aliases, role: random.pick(roles), builtIn: true });
  }
  return { actors, places, outlets };
}

/** The built-in entities as registry entries (the shape of content/registry/*.yaml). */
export function corpusRegistryEntries(entities: CorpusEntities): {
  actors: object[];
  places: object[];
  outlets: object[];
} {
  return {
    actors: entities.actors.filter((e) => e.builtIn).map((e) => ({ name: e.name, kind: e.kind, aliases: e.aliases })),
    places: entities.places
      .filter((e) => e.builtIn)
      .map((e) => ({ name: e.name, kind: e.kind, aliases: e.aliases, ...(e.coordinates ? { coordinates: e.coordinates } : {}) })),
    outlets: entities.outlets
      .filter((e) => e.builtIn)
      .map((e) => ({ name: e.name, kind: e.kind, aliases: e.aliases, signatures: e.signatures ?? [] })),
  };
}
