/** A least-recently-used map bounded by the total size of its values, in bytes. */

/** An LRU of values that know their size; the oldest entries go first once `maxBytes` is passed. */
export class ByteLru<V extends { bytes: number }> {
  // A Map iterates in insertion order, so re-inserting on every hit keeps the oldest first.
  private readonly entries = new Map<string, V>();
  private used = 0;

  constructor(readonly maxBytes: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    // A value larger than the whole cache would only evict everything else.
    if (value.bytes > this.maxBytes) return;
    this.delete(key);
    this.entries.set(key, value);
    this.used += value.bytes;
    for (const [oldest, old] of this.entries) {
      if (this.used <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.used -= old.bytes;
    }
  }

  delete(key: string): void {
    const old = this.entries.get(key);
    if (old === undefined) return;
    this.entries.delete(key);
    this.used -= old.bytes;
  }

  clear(): void {
    this.entries.clear();
    this.used = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  get bytesUsed(): number {
    return this.used;
  }
}
