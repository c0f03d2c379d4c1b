/** Where a definition was written, so diagnostics can point at the user's line. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

const FRAME = /\(?((?:file:\/\/)?\/[^\s():]+|[A-Za-z]:\\[^\s():]+):(\d+):(\d+)\)?$/;

/**
 * The first stack frame outside seedforge's own dsl/ files: the user's call site.
 * Returns undefined when the stack cannot be read (the compiler then points at the config file).
 */
export function captureSource(): SourceLocation | undefined {
  const stack = new Error().stack;
  if (!stack) return undefined;
  for (const raw of stack.split('\n').slice(1)) {
    const match = FRAME.exec(raw.trim());
    if (!match) continue;
    const file = match[1]!.replace(/^file:\/\//, '');
    if (/[\\/]dsl[\\/][^\\/]+\.(ts|js)$/.test(file) || /[\\/]dist[\\/](dsl|chunks[\\/][^\\/]+)\.js$/.test(file)) continue;
    if (file.includes('node:internal') || file.includes('/node_modules/')) continue;
    return { file, line: Number(match[2]), column: Number(match[3]) };
  }
  return undefined;
}
