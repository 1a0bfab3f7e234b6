/** Editing one XML part of an unzipped package in place: the post-passes after ExcelJS share this. */

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** Replaces `part` with what `change` makes of its text (text is encoded; bytes are taken as they are). */
export function editPart(files: Record<string, Uint8Array>, part: string, change: (xml: string) => string | Uint8Array): void {
  const bytes = files[part];
  if (!bytes) throw new Error(`the package has no ${part}`);
  const changed = change(decoder.decode(bytes));
  files[part] = typeof changed === 'string' ? encoder.encode(changed) : changed;
}
