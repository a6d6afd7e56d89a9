// Calendar days and the many ways captures write them. Dates are built from numbers only
// (Date.UTC), never parsed from strings.

export interface CorpusDay {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
  second: number;
}

const DAY_MS = 86_400_000;

export const monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const apMonths = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
const russianGenitiveMonths = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
export const weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const pad = (value: number, width = 2): string => String(value).padStart(width, "0");

export function dayFromEpochDay(epochDay: number, secondOfDay = 0): CorpusDay {
  const date = new Date(epochDay * DAY_MS + secondOfDay * 1000);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    weekday: date.getUTCDay(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

export function epochDay(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function isoDate(d: CorpusDay): string {
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** The dateline formats seen in real captures, keyed by a short name. */
export const datelineFormats = {
  /** `2020-07-22 11:11:17` */
  timestamp: (d: CorpusDay) => `${isoDate(d)} ${pad(d.hour)}:${pad(d.minute)}:${pad(d.second)}`,
  /** `16:49 GMT10 July 2020` (a page clock: often the capture's time, not the story's) */
  gmtClock: (d: CorpusDay) => `${pad(d.hour)}:${pad(d.minute)} GMT${d.day} ${monthNames[d.month - 1]} ${d.year}`,
  /** `Oct. 31, 2017 9:14 a.m. ET` */
  apStyle: (d: CorpusDay) => {
    const hour12 = d.hour % 12 === 0 ? 12 : d.hour % 12;
    return `${apMonths[d.month - 1]} ${d.day}, ${d.year} ${hour12}:${pad(d.minute)} ${d.hour < 12 ? "a.m." : "p.m."} ET`;
  },
  /** `1.11.2017` (day.month.year) */
  dotted: (d: CorpusDay) => `${d.day}.${d.month}.${d.year}`,
  /** `Tuesday, 14 March 2019` */
  longWeekday: (d: CorpusDay) => `${weekdayNames[d.weekday]}, ${d.day} ${monthNames[d.month - 1]} ${d.year}`,
  /** `15 октября 2017 г.` */
  russian: (d: CorpusDay) => `${d.day} ${russianGenitiveMonths[d.month - 1]} ${d.year} г.`,
  /** `March 14, 2019` */
  monthDayYear: (d: CorpusDay) => `${monthNames[d.month - 1]} ${d.day}, ${d.year}`,
  /** `14/03/2019` */
  slashed: (d: CorpusDay) => `${pad(d.day)}/${pad(d.month)}/${d.year}`,
} as const;

export type DatelineFormat = keyof typeof datelineFormats;

/** How a story's text refers to days near its own date ("on Tuesday", "Since October 27"). */
export const inTextDateFormats = {
  weekday: (d: CorpusDay) => `on ${weekdayNames[d.weekday]}`,
  monthDay: (d: CorpusDay) => `on ${monthNames[d.month - 1]} ${d.day}`,
  apMonthDay: (d: CorpusDay) => `on ${apMonths[d.month - 1]} ${d.day}`,
  since: (d: CorpusDay) => `since ${monthNames[d.month - 1]} ${d.day}`,
  weekdayUsSlashed: (d: CorpusDay) => `on the evening of ${weekdayNames[d.weekday]} ${d.month}/${d.day}/${d.year}`,
  fullDate: (d: CorpusDay) => `on ${d.day} ${monthNames[d.month - 1]} ${d.year}`,
} as const;

export type InTextDateFormat = keyof typeof inTextDateFormats;
