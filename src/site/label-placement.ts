// Map labels placed without overlap: each label tries the four sides of its dot in turn and takes
// the first where it overlaps no label already placed, no dot and stays inside the frame;
// a label that fits nowhere is left out (its dot keeps its link and title), unless required.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  /** The dot's position. */
  x: number;
  y: number;
  text: string;
  /** Font size in the map's units. */
  size: number;
  /** Radius of the dot it names: the label keeps clear of it. */
  radius: number;
  /** Shown even where it must cover a dot (the map's own place). */
  required?: boolean;
  /** How it is styled (a place's name, a country's). */
  className: string;
}

export interface PlacedLabel {
  text: string;
  /** Baseline start or end, as SVG text wants it. */
  x: number;
  y: number;
  anchor: "start" | "end" | "middle";
  size: number;
  className: string;
}

/** Width of a label: an average sans-serif letter is a little over half the font size. */
const textWidth = (text: string, size: number) => text.length * size * 0.58;
const GAP = 2;

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function candidates(request: LabelRequest): { label: PlacedLabel; box: Box }[] {
  const { x, y, text, size, className } = request;
  const gap = request.radius + GAP;
  const width = textWidth(text, size);
  const height = size * 1.1;
  const at = (boxX: number, boxY: number, anchor: PlacedLabel["anchor"], textX: number) => ({
    label: { text, x: textX, y: boxY + size * 0.85, anchor, size, className },
    box: { x: boxX, y: boxY, width, height },
  });
  return [
    at(x + gap, y - height / 2, "start", x + gap),
    at(x - gap - width, y - height / 2, "end", x - gap),
    at(x - width / 2, y - gap - height, "middle", x),
    at(x - width / 2, y + gap, "middle", x),
  ];
}

/**
 * Places the labels in the order given (the most important first). `obstacles` are boxes no
 * label may cover (the dots); `frame` is the map.
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Box[], frame: Box): PlacedLabel[] {
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  const inside = (box: Box) => box.x >= frame.x + 2 && box.y >= frame.y + 2 && box.x + box.width <= frame.x + frame.width - 2 && box.y + box.height <= frame.y + frame.height - 2;
  for (const request of requests) {
    const options = candidates(request);
    const fit = options.find(({ box }) => inside(box) && !taken.some((other) => overlaps(box, other))) ?? (request.required ? options.find(({ box }) => inside(box)) : undefined);
    if (!fit) continue;
    taken.push(fit.box);
    placed.push(fit.label);
  }
  return placed;
}

/** The box a dot of radius `r` at (x, y) occupies. */
export const dotBox = (x: number, y: number, r: number): Box => ({ x: x - r, y: y - r, width: 2 * r, height: 2 * r });
