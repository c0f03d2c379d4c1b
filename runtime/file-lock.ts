import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { RuntimeError, RuntimeErrorCodes } from './errors.ts';

/**
 * An exclusive lock file holding the owner's pid. A lock left by a process that no longer exists (killed with
 * SIGKILL) is taken over. Used for the embedded database, which only one process may open at a time.
 */
export async function acquireFileLock(
  path: string,
  options: { timeoutMs: number; what: string; onWait?: (message: string) => void },
): Promise<() => void> {
  const deadline = Date.now() + options.timeoutMs;
  let warned = false;
  for (;;) {
    const fd = tryCreate(path);
    if (fd !== undefined) {
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      let released = false;
      const release = (): void => {
        if (released) return;
        released = true;
        process.off('exit', release);
        try {
          if (ownerOf(path) === process.pid) unlinkSync(path);
        } catch {
          // already gone
        }
      };
      process.on('exit', release);
      return release;
    }
    const owner = ownerOf(path);
    // An empty file is a lock being written right now, unless it has been empty for a while.
    if (owner === undefined ? ageMs(path) > 2_000 : !isAlive(owner)) {
      try {
        unlinkSync(path);
      } catch {
        // another waiter removed it first
      }
      continue;
    }
    if (Date.now() >= deadline) {
      throw new RuntimeError(RuntimeErrorCodes.Locked, `another seedforge run (pid ${owner ?? '?'}) is using ${options.what}`, {
        hint: 'wait for it to finish and run the command again',
      });
    }
    if (!warned) {
      warned = true;
      options.onWait?.(`waiting for another seedforge run (pid ${owner ?? '?'}) to release ${options.what}…`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

function tryCreate(path: string): number | undefined {
  try {
    return openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw error;
  }
}

function ownerOf(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
    return Number.isFinite(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
