/**
 * Login rate limiting in memory: after `max` failures for one username from one address within
 * the window, further attempts are refused until the oldest failure ages out. Memory is enough
 * for one server process; the clock is injected so tests can move time on.
 */

/** Counts failed sign-ins per key (username + address) in a sliding window. */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly clock: () => Date = () => new Date(),
    readonly max = 5,
    readonly windowMs = 15 * 60_000,
    private readonly maxKeys = 10_000,
  ) {}

  private recent(key: string): number[] {
    const since = this.clock().getTime() - this.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length > 0) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }

  /** True when the key has used up its attempts. */
  blocked(key: string): boolean {
    return this.recent(key).length >= this.max;
  }

  /** Records a failed attempt. */
  fail(key: string): void {
    // A flood of distinct usernames must not grow memory without bound: forget the oldest key.
    if (!this.failures.has(key) && this.failures.size >= this.maxKeys) {
      const oldest = this.failures.keys().next().value;
      if (oldest !== undefined) this.failures.delete(oldest);
    }
    this.failures.set(key, [...this.recent(key), this.clock().getTime()]);
  }

  /** Forgets the failures of a key after a successful sign-in. */
  succeed(key: string): void {
    this.failures.delete(key);
  }
}

/** The limiter's key: the username as typed (trimmed, case-folded) and the client address. */
export function limiterKey(username: string, address: string): string {
  return `${username.trim().toLowerCase()}|${address}`;
}
