import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', '{dsl,compiler,runtime,cli}/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts', '{dsl,compiler}/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
