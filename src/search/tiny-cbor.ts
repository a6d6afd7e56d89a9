// The part of CBOR that Pagefind's index files use (integers, byte and text strings, arrays), decoded and re-encoded in the shortest form, as Pagefind (minicbor) writes it.
export type CborValue = number | string | Uint8Array | CborValue[];

export function decodeCbor(bytes: Uint8Array, start = 0): { value: CborValue; end: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = start;
  const read = (): CborValue => {
    const initial = bytes[pos++]!;
    const major = initial >> 5;
    const info = initial & 31;
    let length: number;
    if (info < 24) length = info;
    else if (info === 24) length = bytes[pos++]!;
    else if (info === 25) (length = view.getUint16(pos)), (pos += 2);
    else if (info === 26) (length = view.getUint32(pos)), (pos += 4);
    else if (info === 27) (length = Number(view.getBigUint64(pos))), (pos += 8);
    else throw new Error(`unsupported CBOR length encoding ${info} at ${pos - 1}`);
    switch (major) {
      case 0:
        return length;
      case 1:
        return -1 - length;
      case 2:
        return bytes.slice(pos, (pos += length));
      case 3:
        return new TextDecoder().decode(bytes.subarray(pos, (pos += length)));
      case 4: {
        const items: CborValue[] = [];
        for (let i = 0; i < length; i++) items.push(read());
        return items;
      }
      default:
        throw new Error(`unsupported CBOR major type ${major} at ${start}`);
    }
  };
  const value = read();
  return { value, end: pos };
}

function head(major: number, length: number): number[] {
  const type = major << 5;
  if (length < 24) return [type | length];
  if (length < 0x100) return [type | 24, length];
  if (length < 0x10000) return [type | 25, length >> 8, length & 0xff];
  if (length < 0x100000000) return [type | 26, (length >>> 24) & 0xff, (length >>> 16) & 0xff, (length >>> 8) & 0xff, length & 0xff];
  throw new Error("CBOR length too large");
}

export function encodeCbor(value: CborValue): Uint8Array {
  const out: number[] = [];
  const write = (item: CborValue): void => {
    if (typeof item === "number") out.push(...(item < 0 ? head(1, -1 - item) : head(0, item)));
    else if (typeof item === "string") {
      const utf8 = new TextEncoder().encode(item);
      out.push(...head(3, utf8.length));
      for (const byte of utf8) out.push(byte);
    } else if (item instanceof Uint8Array) {
      out.push(...head(2, item.length));
      for (const byte of item) out.push(byte);
    } else {
      out.push(...head(4, item.length));
      for (const inner of item) write(inner);
    }
  };
  write(value);
  return Uint8Array.from(out);
}
