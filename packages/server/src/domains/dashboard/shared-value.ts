/**
 * A value that is costly to compute and the same for every reader: computed once for all who ask
 * at the same time, kept for `freshMs`, then, until `staleMs`, still served at once while a new
 * one is computed beside the reader. Older than `staleMs` (nobody asked for a while), readers wait
 * for the new one, so nobody gets figures from long ago.
 */
export class SharedValue<T> {
  private kept: { at: number; value: T } | null = null;
  private computing: Promise<T> | null = null;

  constructor(
    private readonly compute: () => Promise<T>,
    private readonly freshMs: number,
    private readonly staleMs: number = freshMs,
  ) {}

  get(): Promise<T> {
    const kept = this.kept;
    const age = kept ? Date.now() - kept.at : Infinity;
    if (kept && age < this.freshMs) return Promise.resolve(kept.value);
    const next = this.recompute();
    if (kept && age < this.staleMs) {
      // A failed recomputation keeps the value at hand; the next reader tries again.
      next.catch(() => undefined);
      return Promise.resolve(kept.value);
    }
    return next;
  }

  private recompute(): Promise<T> {
    this.computing ??= this.compute()
      .then((value) => {
        this.kept = { at: Date.now(), value };
        return value;
      })
      .finally(() => {
        this.computing = null;
      });
    return this.computing;
  }
}
