/**
 * The temporary files a compile writes, so that an interrupted one (Ctrl-C, SIGTERM) can remove them before the process
 * exits: its staging directories in the output directory, and the bundled config modules its threads import from next
 * to the user's files (load-module.ts). A compile that ends, well or not, removes its own; this is for the ones it never
 * got to. The CLI calls `removeTemporaryFiles` from its signal handlers; a library user may do the same from theirs.
 */
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** How every temporary module's name ends. */
export const TEMPORARY_MODULE_SUFFIX = '.seedforge.mjs';

/** Paths this thread created and will remove itself when it finishes. */
const pending = new Set<string>();
/** Every user file this thread has loaded or tried to: its worker threads load the same ones. */
const sources = new Set<string>();

export function trackTemporary(path: string): void {
  pending.add(path);
}

export function untrackTemporary(path: string): void {
  pending.delete(path);
}

/** The name a thread's temporary module of `file` starts with (the thread's id, or any thread's when omitted). */
export function temporaryModulePrefix(file: string, thread?: number): string {
  return `.${basename(file)}.${process.pid}-${thread === undefined ? '' : `${thread}.`}`;
}

/** Records a user file about to be loaded: its directory is where temporary modules appear. */
export function trackModuleSource(file: string): void {
  sources.add(file);
}

/**
 * Removes the temporary modules that threads of this process left next to the user's files: a thread terminated while
 * it imported one never reaches the `finally` that unlinks it. `threadIds`: only those threads' (once they have
 * exited); omitted, every thread's (the process is about to exit).
 */
export function removeTemporaryModules(threadIds?: readonly number[]): void {
  for (const file of sources) {
    let names: string[];
    try {
      names = readdirSync(dirname(file));
    } catch {
      continue;
    }
    const prefixes = threadIds ? threadIds.map((id) => temporaryModulePrefix(file, id)) : [temporaryModulePrefix(file)];
    for (const name of names) {
      if (name.endsWith(TEMPORARY_MODULE_SUFFIX) && prefixes.some((p) => name.startsWith(p))) rmSync(join(dirname(file), name), { force: true });
    }
  }
}

/** Removes everything an unfinished compile of this process wrote only for itself. Synchronous: for signal handlers. */
export function removeTemporaryFiles(): void {
  for (const path of pending) rmSync(path, { recursive: true, force: true });
  pending.clear();
  removeTemporaryModules();
}
