// Articles by month as a static bar chart (the archive's on the home page, an entity's on its page):
// one grid column a month, each month with articles a link to its month page, the first month's
// year and the Januaries that fit labelled with links to their year pages. A grid of HTML links,
// not one SVG, so a month keeps a fixed width on a phone (a target a finger can hit, the chart
// scrolling sideways) while its bar's height stays data; the page needs no script or inline style.
import type { TimelineMonth } from "./archive-types.ts";
import { html, type SafeHtml } from "./html.ts";
import { yearPath } from "./families/date-archives.ts";
import type { Link } from "./partials.ts";

/** A bar's height in hundredths of the chart's; a month with one article still shows. */
const MIN_BAR = 3;
/** Months a year label needs to itself before the next label and before the chart's end. */
const LABEL_MONTHS = 8;
/** Months a phone shows at once (44 px each, site.css); a longer chart scrolls there, and says so. */
const PHONE_MONTHS = 7;

function bar(count: number, max: number): SafeHtml {
  const h = Math.max(MIN_BAR, Math.round((100 * count) / max));
  return html`<svg class="timeline__bar" viewBox="0 0 10 100" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect x="1" y="${100 - h}" width="8" height="${h}"/></svg>`;
}

/** Indexes of the months whose year is labelled: the first, then each January far enough from the last label and from the end. */
export function labelledMonths(months: readonly TimelineMonth[]): Set<number> {
  const labelled = new Set<number>([0]);
  let last = 0;
  months.forEach((month, index) => {
    if (month.key.endsWith("-01") && index - last >= LABEL_MONTHS && months.length - index >= LABEL_MONTHS) {
      labelled.add(index);
      last = index;
    }
  });
  return labelled;
}

/** `what` says what is counted: "Articles", "Articles naming Kirkuk". */
export function monthTimeline(u: Link, months: readonly TimelineMonth[], what = "Articles"): SafeHtml {
  if (months.length === 0) return html``;
  const max = Math.max(...months.map((month) => month.count));
  const yearsWithArticles = new Set(months.filter((month) => month.count > 0).map((month) => month.key.slice(0, 4)));
  const labelled = labelledMonths(months);
  const cells = months.map((month, index) => {
    const year = month.key.slice(0, 4);
    // An empty month has no bar and no link: the axis runs under it.
    const monthLink = month.path && month.count > 0
      ? html`<a class="timeline__link" href="${u(month.path)}" title="${month.label}: ${month.count}" aria-label="${month.label}: ${month.count} article${month.count === 1 ? "" : "s"}">${bar(month.count, max)}</a>`
      : "";
    const yearLabel = !labelled.has(index) ? ""
      : yearsWithArticles.has(year) ? html`<a class="timeline__year" href="${u(yearPath(year))}">${year}</a>`
      : html`<span class="timeline__year">${year}</span>`;
    return html`<div class="timeline__month">${monthLink}${yearLabel}</div>`;
  });
  return html`<figure class="timeline">
<div class="timeline__scroll">
<div class="timeline__months" role="group" aria-label="${what} per month, ${months[0]!.label} to ${months[months.length - 1]!.label}">
${cells}
</div>
</div>
<figcaption>${what} per month (tallest bar: ${max}). Select a bar to open that month, a year to open that year.${months.length > PHONE_MONTHS ? html`<span class="timeline__swipe"> Swipe the chart sideways for later months.</span>` : ""}</figcaption>
</figure>`;
}
