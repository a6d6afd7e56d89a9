// The archive by month as a static SVG bar chart; each month with articles links to its page.
import type { Archive } from "./archive-types.ts";
import { html, type SafeHtml } from "./html.ts";
import type { Link } from "./partials.ts";

const HEIGHT = 120;
const AXIS = 18;

export function monthTimeline(u: Link, archive: Archive): SafeHtml {
  const months = archive.timeline;
  if (months.length === 0) return html``;
  const barWidth = Math.max(4, Math.min(24, Math.floor(960 / months.length)));
  const width = months.length * barWidth;
  const max = Math.max(...months.map((month) => month.count));
  const bars = months.map((month, index) => {
    const h = month.count === 0 ? 0 : Math.max(3, Math.round(((HEIGHT - AXIS - 4) * month.count) / max));
    const rect = html`<rect class="${month.count === 0 ? "timeline__bar timeline__bar--empty" : "timeline__bar"}" x="${index * barWidth + 1}" y="${HEIGHT - AXIS - h}" width="${barWidth - 2}" height="${Math.max(h, 1)}"/>`;
    return month.path
      ? html`<a href="${u(month.path)}" aria-label="${month.label}: ${month.count} article${month.count === 1 ? "" : "s"}"><title>${month.label}: ${month.count}</title>${rect}</a>`
      : rect;
  });
  // Label each January, and the first month unless a January follows too closely to fit both.
  const firstJanuary = months.findIndex((month) => month.key.endsWith("-01"));
  const labelFirst = firstJanuary === -1 || firstJanuary * barWidth >= 36;
  const yearLabels = months.flatMap((month, index) =>
    (index === 0 && labelFirst) || month.key.endsWith("-01")
      ? [html`<text class="timeline__year" x="${index * barWidth + 1}" y="${HEIGHT - 4}">${month.key.slice(0, 4)}</text>`]
      : [],
  );
  return html`<figure class="timeline">
<div class="timeline__scroll">
<svg viewBox="0 0 ${Math.max(width, 40)} ${HEIGHT}" preserveAspectRatio="xMinYMax meet" role="group" aria-label="Articles per month, ${months[0]!.label} to ${months[months.length - 1]!.label}">
${bars}
<line class="timeline__axis" x1="0" x2="${width}" y1="${HEIGHT - AXIS + 0.5}" y2="${HEIGHT - AXIS + 0.5}"/>
${yearLabels}
</svg>
</div>
<figcaption>Articles per month (tallest bar: ${max}). Select a bar to open that month.</figcaption>
</figure>`;
}
