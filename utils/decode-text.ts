/** The encodings Chalkline recognises in files a school gives it (rosters, settings, packs, calendars). */
export type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

/**
 * Decodes file bytes: UTF-8 with or without BOM; UTF-16 LE/BE with BOM (Excel "Unicode text"), or
 * without one when every other byte is zero; otherwise, if the bytes are not valid UTF-8, Windows-1252
 * (Excel's "CSV" on Windows).
 */
export function decodeTextBytes(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { text: decode('utf-8', bytes.subarray(3)), encoding: 'UTF-8' };
  if (b0 === 0xff && b1 === 0xfe) return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (b0 === 0xfe && b1 === 0xff) return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'UTF-16BE' };
  const wide = guessUtf16(bytes);
  if (wide === 'UTF-16LE') return { text: decode('utf-16le', bytes), encoding: wide };
  if (wide === 'UTF-16BE') return { text: decode('utf-16be', bytes), encoding: wide };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'Windows-1252' };
  }
}

function decode(label: string, bytes: Uint8Array): string {
  return new TextDecoder(label, { ignoreBOM: true }).decode(bytes);
}

/** UTF-16 without a BOM: text in Latin script has a zero byte in every other position. */
function guessUtf16(bytes: Uint8Array): TextEncodingName | undefined {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.6 && evenZeros === 0) return 'UTF-16LE';
  if (evenZeros > pairs * 0.6 && oddZeros === 0) return 'UTF-16BE';
  return undefined;
}

/** Windows-1252 bytes 0x80–0x9F; the rest of the code page is Latin-1. */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Whether this runtime's TextDecoder really decodes Windows-1252: some (Node 20 among them) accept the
 * label but decode Latin-1, turning 0x92 (’) and 0x80 (€) into invisible control characters.
 */
let nativeWindows1252: boolean | undefined;

function decodeWindows1252(bytes: Uint8Array): string {
  nativeWindows1252 ??= (() => {
    try {
      return new TextDecoder('windows-1252').decode(new Uint8Array([0x80, 0x92])) === '\u20ac\u2019';
    } catch {
      return false;
    }
  })();
  if (nativeWindows1252) return new TextDecoder('windows-1252').decode(bytes);
  const parts: string[] = [];
  const chunk = new Uint16Array(8192);
  for (let start = 0; start < bytes.length; start += chunk.length) {
    const end = Math.min(start + chunk.length, bytes.length);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      chunk[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
    }
    parts.push(String.fromCharCode(...chunk.subarray(0, end - start)));
  }
  return parts.join('');
}

