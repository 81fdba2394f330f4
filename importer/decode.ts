/**
 * A picked file's bytes as text, as the exports write them: UTF-8 (with or without Meta's
 * byte-order mark), or UTF-16LE (Meta's page-level files, Excel's "Unicode text"), found by its
 * byte-order mark or by the zero bytes of ASCII text in UTF-16.
 */
export function decodeBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  let oddZeros = 0;
  const sample = Math.min(bytes.length, 2000);
  for (let i = 1; i < sample; i += 2) if (bytes[i] === 0) oddZeros++;
  if (sample > 1 && oddZeros > sample / 4) return new TextDecoder('utf-16le').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
