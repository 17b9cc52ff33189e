/**
 * A quantity shared by work in flight (the search records written ahead for Pagefind): `take`
 * waits until the amount fits beside what is taken, or nothing is, so an item larger than the
 * whole budget still runs, alone.
 */
export class WorkBudget {
  #taken = 0;
  #waiting: Array<() => void> = [];

  constructor(readonly limit: number) {}

  /** Whether `amount` may be taken now without waiting. */
  fits(amount: number): boolean {
    return this.#taken === 0 || this.#taken + amount <= this.limit;
  }

  /** Takes `amount` once it fits; resolves with the function that gives it back, which does so once however often it is called. */
  async take(amount: number): Promise<() => void> {
    while (!this.fits(amount)) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#taken += amount;
    let given = false;
    return () => {
      if (given) return;
      given = true;
      this.#taken -= amount;
      for (const wake of this.#waiting.splice(0)) wake();
    };
  }
}
