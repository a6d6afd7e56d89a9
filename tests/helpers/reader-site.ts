// A small archive written for the reader-facing tests (entity pages, lists, the map): captures
// written here by hand, normalized when the test runs with the fixture site's registries.
// Kirkuk is named by ten stories over five years (a list long enough to group by year), Masoud
// Barzani appears with it in three, Erbil is written once under its alias "Hawler", one story has
// no outlet anyone could identify, one names the Kurdistan Region, one capture stops in the middle
// of a sentence, and nine stories about Duhok come from nine small outlets.
import fs from "node:fs";
import path from "node:path";
import type { BuildSiteResult } from "../../src/publish/build-site.ts";
import { buildSourcesSite } from "./fixture-site.ts";

interface Story {
  file: string;
  title: string;
  date: string;
  outlet?: string;
  url?: string;
  paragraphs: string[];
}

const STORIES: Story[] = [
  { file: "kirkuk-water.txt", title: "Kirkuk council votes to repair the old water mains", date: "2015-03-04", outlet: "Shafaq News", paragraphs: ["The provincial council met on Tuesday to discuss the summer.", "Engineers told the council that the water mains of Kirkuk lose a third of their water before it reaches a tap.", "Work is to begin in May."] },
  { file: "kirkuk-school.txt", title: "A new school opens in the citadel quarter", date: "2015-09-14", outlet: "Shafaq News", paragraphs: ["Four hundred children started lessons on Sunday in a school built beside the citadel of Kirkuk.", "Parents said the old building had no heating."] },
  { file: "kirkuk-barzani-visit.txt", title: "Barzani visits the oil city after the floods", date: "2016-04-02", outlet: "Sputnik", paragraphs: ["Masoud Barzani toured flooded districts on Saturday.", "He said the people of Kirkuk would not be left alone, and promised tents and food."] },
  { file: "kirkuk-market.txt", title: "Traders reopen the cattle market", date: "2016-11-20", outlet: "Iraq Business News", paragraphs: ["The cattle market on the southern road reopened after two years.", "Traders from Kirkuk and Tikrit sold more than two hundred head on the first morning."] },
  { file: "kirkuk-talks.txt", title: "Leaders meet to settle the budget dispute", date: "2017-10-16", outlet: "Al-Monitor", paragraphs: ["Masoud Barzani met the governor of Kirkuk on Monday to settle the dispute over the province's share of the budget.", "Officials from Hawler said the talks would continue."] },
  { file: "kirkuk-roads.txt", title: "Road to the north closed for repairs", date: "2017-12-01", outlet: "Shafaq News", paragraphs: ["The road between Kirkuk and Altun Kupri will be closed for three weeks.", "Drivers are asked to use the old road."] },
  { file: "kirkuk-harvest.txt", title: "Wheat harvest is the best in ten years", date: "2018-06-11", outlet: "Iraq Business News", paragraphs: ["Farmers around Kirkuk brought in the largest wheat harvest in ten years.", "Silos in the province are full."] },
  { file: "kirkuk-election.txt", title: "Barzani calls for calm before the vote", date: "2018-05-03", outlet: "Sputnik", paragraphs: ["Masoud Barzani called on all parties in Kirkuk to keep the peace before the vote.", "Observers arrived on Wednesday."] },
  { file: "kirkuk-unknown-outlet.txt", title: "Power cuts return to the southern districts", date: "2019-07-22", paragraphs: ["Residents of the southern districts of Kirkuk said power cuts of up to ten hours a day had returned with the heat.", "The electricity directorate blamed the heat."] },
  { file: "kirkuk-cut-short.txt", title: "Football club celebrates promotion", date: "2019-08-30", outlet: "Shafaq News", url: "https://news.example/sport/kirkuk-club", paragraphs: ["Thousands of fans filled the streets of Kirkuk after the city's club won promotion.", "The coach told reporters that the players had trained through the summer and that the"] },
  // The Kurdistan Region, a region drawn as its outline on its map, in a month that already has a story.
  { file: "kurdistan-parliament.txt", title: "Regional parliament passes the water law", date: "2021-01-20", outlet: "Shafaq News", paragraphs: ["The parliament of the Kurdistan Region passed a law on Wednesday to share the water of its rivers.", "The vote was 80 to 12."] },
  // Nine small outlets, one story each: a search for Duhok has more outlets than a facet shows at first.
  ...["Duhok Daily", "Zakho Post", "Amedi Voice", "Akre Courier", "Semel Times", "Bardarash Herald", "Shekhan Review", "Simele Star", "Faida Tribune"].map((outlet, i): Story => ({
    file: `duhok-${i}.txt`,
    title: `Duhok roads report number ${i + 1}`,
    date: `2021-0${(i % 9) + 1}-10`,
    outlet,
    paragraphs: [`Engineers in Duhok inspected ${i + 3} bridges on the northern roads this week.`, "The report goes to the provincial council."],
  })),
];

/** Slugs the normalizer gives some of the stories (from their titles). */
export const READER = {
  kirkuk: "/places/kirkuk/",
  kurdistan: "/places/iraqi-kurdistan/",
  barzani: "/actors/masoud-barzani/",
  talks: "/articles/leaders-meet-to-settle-the-budget-dispute/",
  unknownOutlet: "/articles/power-cuts-return-to-the-southern-districts/",
  cutShort: "/articles/football-club-celebrates-promotion/",
  cutShortUrl: "https://news.example/sport/kirkuk-club",
} as const;

function capture(story: Story): string {
  const header = [`title: "${story.title}"`, `date: "${story.date}"`, ...(story.outlet ? [`outlet: "${story.outlet}"`] : []), ...(story.url ? [`url: "${story.url}"`] : [])];
  return `---\n${header.join("\n")}\n---\n${story.title}\n\n${story.paragraphs.join("\n\n")}\n`;
}

export interface ReaderBuild {
  dir: string;
  site: string;
  result: BuildSiteResult;
}

export async function buildReaderSite(): Promise<ReaderBuild> {
  return buildSourcesSite("reader-site-", (sourcesDir) => {
    fs.mkdirSync(sourcesDir);
    for (const story of STORIES) fs.writeFileSync(path.join(sourcesDir, story.file), capture(story));
  });
}
