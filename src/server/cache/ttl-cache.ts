// A small in-process cache with a time to live and a size bound (oldest first out), for
// public answers that may be a few seconds old: search result pages and posting rows.
// Each app instance keeps its own; nothing personal is ever put in it.
export class TtlCache<V> {
  readonly #entries = new Map<string, { value: V; expires: number }>();
  /** Computations under way: callers asking for the same key meanwhile wait for them. */
  readonly #pending = new Map<string, Promise<V>>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  get(key: string): V | undefined {
    if (!this.enabled) return undefined;
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: V): void {
    if (!this.enabled) return;
    this.#entries.delete(key);
    this.#entries.set(key, { value, expires: this.now() + this.ttlMs });
    while (this.#entries.size > this.maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  /**
   * Returns the cached value or computes, stores and returns it. When an entry expires
   * under load, the requests that ask for it at once share one computation instead of
   * each running the same query (a failed computation is shared too, and not stored).
   */
  async getOrSet(key: string, compute: () => Promise<V>): Promise<V> {
    const hit = this.get(key);
    if (hit !== undefined) return hit;
    if (!this.enabled) return compute();
    const running = this.#pending.get(key);
    if (running) return running;
    const computing = compute()
      .then((value) => {
        this.set(key, value);
        return value;
      })
      .finally(() => this.#pending.delete(key));
    this.#pending.set(key, computing);
    return computing;
  }
}
