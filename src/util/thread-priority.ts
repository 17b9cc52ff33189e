import { getPriority, setPriority } from 'node:os';

/**
 * Lowers the calling thread's CPU priority by `niceness` (on Linux a priority is a thread's: the
 * process's other threads and children keep theirs) until the returned function puts it back.
 * Putting it back needs a privilege most users lack: then the thread stays lowered, which only
 * matters while something else wants the CPU. Where priorities cannot be set, nothing changes.
 */
export function lowerThreadPriority(niceness: number): () => void {
  let before: number;
  try {
    before = getPriority();
    setPriority(Math.min(19, before + niceness));
  } catch {
    return () => undefined;
  }
  return () => {
    try {
      setPriority(before);
    } catch {
      // Not permitted: the thread keeps the lower priority.
    }
  };
}
