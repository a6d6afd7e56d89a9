// Which index chunks of a Pagefind bundle hold a word family, read from the bundle's metadata, for
// the search page (search.js, preloadWordFamilies). Pagefind matches a query word to every word of
// the chunks it has loaded that starts with the word's stem, but loads only the chunk whose word
// range holds the query word itself; where a family spans several chunks ("al": "alabama" …
// "alwan", a dozen chunks in a shard of 900 articles), the others' pages were missed. The
// metadata lists each chunk's first and last word, in order, so a chunk holds the words from its
// first word up to the next chunk's first word; the family's chunks are those that range meets,
// and a word inside each (a "probe") makes Pagefind's own preload fetch it, exactly as a query
// word would. An ES module: imported by search.js and by the tests.

/** What a Pagefind data file starts with once decompressed. */
const SIGNATURE = "pagefind_dcd";

/** A bundle's index chunks, in order: [first word, last word] each, or the start of either that
 * sets it apart from the neighbouring chunk (the chunk's first word starts with the one, its last
 * word with the other). `metadata`: the bundle's pf_meta file as served (gzip), or decompressed. */
export async function readIndexChunks(metadata) {
  let bytes = new Uint8Array(metadata);
  if (!startsWithSignature(bytes)) bytes = await gunzip(bytes);
  if (!startsWithSignature(bytes)) throw new Error("not a Pagefind metadata file");
  // [generator version, pages, index chunks ([from, to, hash] each), filter chunks, sorts]: the
  // pages (one per article) are skipped, not decoded, and nothing after the chunks is read.
  const cbor = cborReader(bytes.subarray(SIGNATURE.length));
  cbor.arrayLength();
  cbor.skip();
  cbor.skip();
  return Array.from({ length: cbor.arrayLength() }, () => {
    cbor.arrayLength();
    const range = [cbor.text(), cbor.text()];
    cbor.skip();
    return range;
  });
}

/** Words that, preloaded, make Pagefind fetch every chunk of `chunks` that may hold a word
 * starting with `stem` (the stem a query word is matched by): one inside each such chunk's range,
 * left unchanged by the normalising Pagefind applies to a query. */
export function familyProbes(chunks, stem) {
  const probes = [];
  chunks.forEach(([from, to], i) => {
    const next = chunks[i + 1]?.[0];
    // This chunk's words lie in [from, next); the family's in [stem, stem followed by anything).
    if (!(from < stem || from.startsWith(stem)) || (next !== undefined && next <= stem)) return;
    // The range's start (or the stem), else its end, else a word past a start that Pagefind would
    // read otherwise ("zakho“": "zakho\uffff"), U+FFFF being above every character a word holds.
    const candidates = [from < stem ? stem : from, to, `${stem}\uffff`, `${readablePrefix(from)}\uffff`];
    const probe = candidates.find((word) => from <= word && word <= to && readUnchanged(word));
    if (probe !== undefined) probes.push(probe);
  });
  return probes;
}

/** Whether Pagefind reads `word` as it is in a query: it drops punctuation, lower-cases and takes
 * the accents off (pagefind.js, search), then looks the word up among the chunks' ranges. */
function readUnchanged(word) {
  const read = word.replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}\s]/gu, "").toLocaleLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
  return read === word && word !== "";
}

/** The start of `word` up to its first character that Pagefind would read otherwise. */
function readablePrefix(word) {
  let prefix = "";
  for (const c of word) {
    if (!readUnchanged(c)) break;
    prefix += c;
  }
  return prefix;
}

function startsWithSignature(bytes) {
  return bytes.length >= SIGNATURE.length && [...SIGNATURE].every((c, i) => bytes[i] === c.charCodeAt(0));
}

async function gunzip(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The part of CBOR Pagefind's metadata uses (unsigned integers, byte and text strings, arrays of
 * known length), read in order: an array's length, a text, or any item skipped. */
function cborReader(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder();
  let at = 0;
  const head = () => {
    const initial = bytes[at++];
    const info = initial & 31;
    let n = info;
    if (info >= 24) {
      const size = 1 << (info - 24);
      if (size > 8) throw new Error(`unexpected CBOR length ${info}`);
      n = size === 1 ? view.getUint8(at) : size === 2 ? view.getUint16(at) : size === 4 ? view.getUint32(at) : Number(view.getBigUint64(at));
      at += size;
    }
    return { major: initial >> 5, n };
  };
  const expect = (major) => {
    const item = head();
    if (item.major !== major) throw new Error(`expected CBOR type ${major}, found ${item.major}`);
    return item.n;
  };
  const skip = () => {
    const { major, n } = head();
    if (major === 2 || major === 3) at += n;
    else if (major === 4) for (let i = 0; i < n; i++) skip();
    else if (major !== 0) throw new Error(`unexpected CBOR type ${major}`);
  };
  return {
    arrayLength: () => expect(4),
    text: () => {
      const n = expect(3);
      return decoder.decode(bytes.subarray(at, (at += n)));
    },
    skip,
  };
}
