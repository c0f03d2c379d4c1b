/** Printing helpers for commands. Commands print through these; only main.ts exits. */
export const out = {
  line(text = ''): void {
    process.stdout.write(text + '\n');
  },
  json(value: unknown): void {
    process.stdout.write(JSON.stringify(value, null, 2) + '\n');
  },
  error(text: string): void {
    process.stderr.write(text + '\n');
  },
};
