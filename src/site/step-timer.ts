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

  /**
   * For a synchronous step: no await, so nothing else the event loop holds (an import under way)
   * runs inside the step and is counted as its time, and the build goes on in the same order.
   */
  timeSync<T>(name: string, step: () => T): T {
    const started = performance.now();
    try {
      return step();
    } finally {
      this.#seconds[name] = (this.#seconds[name] ?? 0) + (performance.now() - started) / 1000;
    }
  }

  seconds(): Record<string, number> {
    return { ...this.#seconds };
  }
}
