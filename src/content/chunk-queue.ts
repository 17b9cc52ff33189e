/**
 * Deals out consecutive chunks of item indexes to several threads through one counter in shared
 * memory: each thread claims the next chunk when it is free, so a thread that starts late or
 * runs slower simply takes fewer chunks.
 */
export class ChunkQueue {
  private readonly next: Int32Array;

  constructor(
    readonly total: number,
    readonly chunkSize: number,
    /** The counter's memory; pass the buffer of another thread's queue to share it. */
    readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT),
  ) {
    this.next = new Int32Array(buffer);
  }

  /** The first index of the chunk this thread now owns, or undefined when every chunk is taken. */
  claim(): number | undefined {
    const start = Atomics.add(this.next, 0, this.chunkSize);
    return start < this.total ? start : undefined;
  }
}
