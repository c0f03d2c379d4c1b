// Figures as the report prints them, and selections of the figures shared by the report and the targets.

export const TARGET_SCALE = 40;

export const SEEDFORGE = ['compile-cold', 'compile', 'compile-w1', 'compile-w2', 'apply', 'apply-owner', 'compile+apply', 'compile-apply'];
/** The two ways to compile and load a scenario: one command, or compile then apply. */
const COMPILE_AND_LOAD = [
  ['compile-apply', 'compile --apply'],
  ['compile+apply', 'compile && apply'],
];
export const mb = (bytes) => (bytes < 10 * 1024 ** 2 ? `${(bytes / 1024 ** 2).toFixed(1)} MB` : `${(bytes / 1024 ** 2).toFixed(0)} MB`);
export const sec = (ms) => (ms >= 100_000 ? `${(ms / 1000).toFixed(0)} s` : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`);
export const int = (n) => Math.round(n).toLocaleString('en-US');
export const ratio = (x) => (x >= 10 ? `${x.toFixed(0)}×` : `${x.toFixed(2)}×`);
/** A ratio judged against a target near it: one decimal more, so 19.7× does not read as the 20× it missed. */
export const targetRatio = (x) => (x >= 10 ? `${x.toFixed(1)}×` : `${x.toFixed(2)}×`);
export const rowsPerSecond = (s) => (s.rows > 0 ? (s.rows * 1000) / s.medianMs : undefined);
export const faster = (x) => (x >= 1 ? `${ratio(x)} faster` : `${ratio(1 / x)} slower`);

/** The measured ways to compile and load, fastest first: [{ tool, name, r }]. */
export function compileAndLoad(s) {
  return COMPILE_AND_LOAD.filter(([tool]) => s[tool])
    .map(([tool, name]) => ({ tool, name, r: s[tool] }))
    .sort((a, b) => a.r.medianMs - b.r.medianMs);
}

/** The floor with the FK setting apply uses. */
export function matchingFloor(f) {
  return f.applyFk === 'relaxed' ? f.summary['psql-relaxed'] : f.summary.psql;
}
