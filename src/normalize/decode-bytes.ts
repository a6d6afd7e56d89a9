// Bytes to text: BOMs, UTF-8 (strict first), UTF-16 with a BOM, Windows-1252 as the
// fallback for text that is not UTF-8; binary files are recognised and refused.
export type DecodedText =
  | { ok: true; text: string; encoding: string; notes: string[] }
  | { ok: false; reason: string };

const MAGIC: Array<[string, number[]]> = [
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["PDF document", [0x25, 0x50, 0x44, 0x46]],
  ["ZIP archive", [0x50, 0x4b, 0x03, 0x04]],
  ["gzip archive", [0x1f, 0x8b]],
  ["WebP/RIFF file", [0x52, 0x49, 0x46, 0x46]],
];

function startsWithBytes(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, index) => bytes[index] === byte);
}

/** Control characters other than tab, newline, carriage return and form feed. */
function controlRatio(text: string): number {
  let controls = 0;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0x7f) controls++;
  }
  return sample.length ? controls / sample.length : 0;
}

const NUL_RUN = /\u0000+/g;

function finish(text: string, encoding: string, notes: string[]): DecodedText {
  // More than 2% control characters is not a text capture that lost a few bytes, it is binary.
  if (controlRatio(text) > 0.02) return { ok: false, reason: `looks binary (${encoding} decoding gives mostly control characters)` };
  if (text.includes("\u0000")) {
    notes.push("NUL bytes removed");
    text = text.replace(NUL_RUN, "");
  }
  return { ok: true, text, encoding, notes };
}

// Node's TextDecoder reads "windows-1252" as Latin-1; the 0x80–0x9F range differs (curly quotes, dashes, €).
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(...chunk).replace(/[\u0080-\u009F]/g, (char) => CP1252_HIGH[char.charCodeAt(0) - 0x80]!);
  }
  return text;
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  for (const [name, magic] of MAGIC) {
    if (startsWithBytes(bytes, magic)) return { ok: false, reason: `is a ${name}, not a text capture` };
  }
  if (startsWithBytes(bytes, [0xff, 0xfe])) return finish(new TextDecoder("utf-16le").decode(bytes.subarray(2)), "UTF-16LE", []);
  if (startsWithBytes(bytes, [0xfe, 0xff])) return finish(new TextDecoder("utf-16be").decode(bytes.subarray(2)), "UTF-16BE", []);
  const hasBom = startsWithBytes(bytes, [0xef, 0xbb, 0xbf]);
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return finish(new TextDecoder("utf-8", { fatal: true }).decode(body), hasBom ? "UTF-8 with BOM" : "UTF-8", []);
  } catch {
    const lenient = new TextDecoder("utf-8").decode(body);
    const broken = (lenient.match(/\uFFFD/g) ?? []).length;
    const multibyte = (lenient.match(/[^\u0000-\u007f\uFFFD]/g) ?? []).length;
    // A few broken sequences among real UTF-8: keep UTF-8 and mark them; otherwise the text was
    // written in a legacy single-byte encoding, and Windows-1252 keeps every byte readable.
    if (multibyte > 0 && broken <= Math.max(3, multibyte / 10)) {
      return finish(lenient, "UTF-8", [`${broken} invalid UTF-8 sequence(s) replaced with U+FFFD`]);
    }
    return finish(decodeWindows1252(body), "Windows-1252", ["not valid UTF-8: decoded as Windows-1252"]);
  }
}
