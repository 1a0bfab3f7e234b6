/** What a file is before we unzip it: an OOXML zip, an OLE compound file (encrypted or .xls), or other. */

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export type ContainerKind = 'zip' | 'encrypted' | 'legacy_xls' | 'cfb_other' | 'unknown';

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Encodes an ASCII stream name as the UTF-16LE bytes a CFB directory entry holds. */
function utf16le(name: string): Uint8Array {
  const out = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) out[i * 2] = name.charCodeAt(i);
  return out;
}

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  outer: for (let i = bytes.indexOf(first ?? 0); i !== -1 && i <= bytes.length - needle.length; i = bytes.indexOf(first ?? 0, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Classifies a file by its signature; a CFB container by the stream names in its directory. */
export function detectContainer(bytes: Uint8Array): ContainerKind {
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) return 'zip';
  if (!startsWith(bytes, CFB_MAGIC)) return 'unknown';
  // Password-protected OOXML is a CFB holding EncryptionInfo + EncryptedPackage (MS-OFFCRYPTO).
  if (contains(bytes, utf16le('EncryptedPackage')) || contains(bytes, utf16le('EncryptionInfo'))) return 'encrypted';
  if (contains(bytes, utf16le('Workbook')) || contains(bytes, utf16le('Book'))) return 'legacy_xls';
  return 'cfb_other';
}
