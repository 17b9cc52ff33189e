/** Wall time of each named build step, in the order they ran. */
export class StepTimer {
  readonly #seconds: Record<string, number> = {};

  async time<T>(name: string, step: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await step();
    } finally {
      this.#seconds[name] = (this.#seconds[name] ?? 0) + (performance.now() - started) / 1000;
    }
  }

  seconds(): Record<string, number> {
    return { ...this.#seconds };
  }
}
