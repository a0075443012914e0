/**
 * Serializes work per key (a file path): two saves of one file never run at once; each starts after the
 * previous one settled, in call order. Different files do not wait for each other.
 */
export class SaveQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, job: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(job, job);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Number of files with a save queued or running (for tests). */
  get busyKeys(): number {
    return this.tails.size;
  }
}
