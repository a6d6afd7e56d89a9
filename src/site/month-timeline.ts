// Articles by month as a static SVG bar chart (the archive's on the home page, an entity's on its
// page); each month with articles links to its month page.
import type { TimelineMonth } from "./archive-types.ts";
import { html, type SafeHtml } from "./html.ts";
import { yearPath } from "./families/date-archives.ts";
import type { Link } from "./partials.ts";

const HEIGHT = 120;
const AXIS = 18;
/** Room a year label needs on the axis, in the chart's units. */
const YEAR_LABEL_WIDTH = 36;

/** `what` says what is counted: "Articles", "Articles naming Kirkuk". */
export function monthTimeline(u: Link, months: readonly TimelineMonth[], what = "Articles"): SafeHtml {
  if (months.length === 0) return html``;
  const barWidth = Math.max(4, Math.min(24, Math.floor(960 / months.length)));
  const width = months.length * barWidth;
  const max = Math.max(...months.map((month) => month.count));
  // Each month's link covers its whole column, not only its bar: a low bar is still a target.
  // An empty month draws nothing: the axis runs under it, and a long entity timeline stays small.
  const bars = months.map((month, index) => {
    if (month.count === 0) return "";
    const h = Math.max(3, Math.round(((HEIGHT - AXIS - 4) * month.count) / max));
    const rect = html`<rect class="timeline__bar" x="${index * barWidth + 1}" y="${HEIGHT - AXIS - h}" width="${barWidth - 2}" height="${h}"/>`;
    return month.path
      ? html`<a href="${u(month.path)}" aria-label="${month.label}: ${month.count} article${month.count === 1 ? "" : "s"}"><title>${month.label}: ${month.count}</title><rect class="timeline__hit" x="${index * barWidth}" y="0" width="${barWidth}" height="${HEIGHT - AXIS}"/>${rect}</a>`
      : rect;
  });
  // Label the first month's year, then each January far enough from the label before it and from the end to fit.
  const yearLabels: SafeHtml[] = [];
  const yearsWithArticles = new Set(months.filter((month) => month.count > 0).map((month) => month.key.slice(0, 4)));
  let lastLabelX = -Infinity;
  months.forEach((month, index) => {
    const x = index * barWidth + 1;
    const fits = x - lastLabelX >= YEAR_LABEL_WIDTH && (index === 0 || x + YEAR_LABEL_WIDTH * 0.75 <= width);
    if ((index === 0 || month.key.endsWith("-01")) && fits) {
      const year = month.key.slice(0, 4);
      const label = html`<text class="timeline__year" x="${x}" y="${HEIGHT - 4}">${year}</text>`;
      // A year with articles here has its page: its label is a target a finger can hit, bigger than a month's bar.
      yearLabels.push(yearsWithArticles.has(year)
        ? html`<a href="${u(yearPath(year))}" aria-label="${year}"><rect class="timeline__hit" x="${x - 1}" y="${HEIGHT - AXIS}" width="${YEAR_LABEL_WIDTH - 4}" height="${AXIS}"/>${label}</a>`
        : label);
      lastLabelX = x;
    }
  });
  return html`<figure class="timeline">
<div class="timeline__scroll">
<svg viewBox="0 0 ${Math.max(width, 40)} ${HEIGHT}" preserveAspectRatio="xMinYMax meet" role="group" aria-label="${what} per month, ${months[0]!.label} to ${months[months.length - 1]!.label}">
${bars}
<line class="timeline__axis" x1="0" x2="${width}" y1="${HEIGHT - AXIS + 0.5}" y2="${HEIGHT - AXIS + 0.5}"/>
${yearLabels}
</svg>
</div>
<figcaption>${what} per month (tallest bar: ${max}). Select a bar to open that month, a year to open that year.</figcaption>
</figure>`;
}
