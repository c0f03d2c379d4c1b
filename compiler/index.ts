export * from './diagnostic-codes.ts';
export * from './diagnostics.ts';
export type * from './model.ts';
