/** A growable UTF-8 buffer for writing large XML parts without building them as one string first. */
export class ByteSink {
  private static readonly encoder = new TextEncoder();
  private buffer: Uint8Array<ArrayBuffer>;
  private spare: Uint8Array<ArrayBuffer> | null = null;
  private length = 0;

  constructor(capacity: number) {
    this.buffer = new Uint8Array(Math.max(1024, capacity));
  }

  /** Appends any text as UTF-8. */
  text(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    this.reserve(text.length * 3);
    this.length += ByteSink.encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
  }

  /** Appends a short run of bytes (markup encoded once); a loop beats set() below ~64 bytes. */
  raw(data: Uint8Array): void {
    this.reserve(data.length);
    const { buffer } = this;
    let at = this.length;
    for (let i = 0; i < data.length; i++) buffer[at++] = data[i] ?? 0;
    this.length = at;
  }

  /** Appends a non-negative integer in decimal without making a string of it. */
  uint(n: number): void {
    this.reserve(16);
    const { buffer } = this;
    const start = this.length;
    let at = start;
    let v = n;
    do {
      buffer[at++] = 48 + (v % 10);
      v = Math.floor(v / 10);
    } while (v > 0);
    // The digits came out last first.
    for (let i = start, j = at - 1; i < j; i++, j--) {
      const d = buffer[i] ?? 0;
      buffer[i] = buffer[j] ?? 0;
      buffer[j] = d;
    }
    this.length = at;
  }

  /** Appends bytes. */
  bytes(data: Uint8Array): void {
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
  }

  /** What was written (a view, not a copy). */
  result(): Uint8Array<ArrayBuffer> {
    return this.buffer.subarray(0, this.length);
  }

  /** Bytes written since the last hand-off. */
  get size(): number {
    return this.length;
  }

  /**
   * What was written, handed over; writing goes on in a second buffer, and the two take turns. So a view
   * handed over stays as it is until the hand-off after next: a consumer can deflate one chunk while the
   * next is being written.
   */
  handOff(): Uint8Array<ArrayBuffer> {
    const written = this.buffer.subarray(0, this.length);
    const next = this.spare ?? new Uint8Array(this.buffer.length);
    this.spare = this.buffer;
    this.buffer = next;
    this.length = 0;
    return written;
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.length + extra, this.buffer.length * 2));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}
