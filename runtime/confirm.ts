import { RuntimeError, RuntimeErrorCodes } from './errors.ts';

/** Asks before removing rows; a "no" aborts the transaction, so nothing changes. */
export async function confirmOrAbort(confirm: ((question: string) => Promise<boolean>) | undefined, question: string): Promise<void> {
  if (!confirm || (await confirm(question))) return;
  throw new RuntimeError(RuntimeErrorCodes.Aborted, 'aborted: nothing was changed', { hint: 'pass --yes to skip the question' });
}
