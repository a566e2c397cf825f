// Everything a suite starts is registered here as it starts, so that afterAll can stop it all
// even when a beforeAll failed half-way.

type Stop = { name: string; stop: () => Promise<void> };

export class Cleanup {
  readonly #stack: Stop[] = [];

  add(name: string, stop: () => Promise<void>): void {
    this.#stack.push({ name, stop });
  }

  /** Stops in reverse order of starting (the indexer before the chain and database it uses). */
  async run(): Promise<void> {
    const errors: unknown[] = [];
    for (let entry = this.#stack.pop(); entry; entry = this.#stack.pop()) {
      try {
        await entry.stop();
      } catch (error) {
        errors.push(new Error(`stopping ${entry.name} failed`, { cause: error }));
      }
    }
    if (errors.length > 0) throw new AggregateError(errors, "cleanup failed");
  }
}
