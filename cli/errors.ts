/** An error the user can act on: printed without a stack, exit code 1 unless said otherwise. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
