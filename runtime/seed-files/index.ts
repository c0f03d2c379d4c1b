// Seed files: SQL files per environment under seeds/, tracked, idempotent, templated, extractable.
export { discoverSeedFiles, foldersFor, parseFolderName, DEFAULT_SEEDS_DIR, type SeedFolder, type SeedFileRef, type SeedLayout } from './layout.ts';
export { parseSeedHeader, type SeedHeader } from './header.ts';
export { renderTemplate, type Placeholder, type RenderOptions, type RenderedTemplate } from './template.ts';
export { loadSeedVariables, variablesFrom, type SeedVariables } from './variables.ts';
export { prepareSeedFiles, renderSeedFile, normalizeText, BCRYPT_ROUNDS, type PreparedSeedFile, type RenderedSeedFile } from './prepare.ts';
export { splitStatements, type SqlStatement } from './split-statements.ts';
export { planSeedRun, type PlannedSeedFile } from './plan.ts';
export { runSeedFiles, type SeedRunOptions, type SeedRunEvent, type SeedRunResult } from './run-seed-files.ts';
export { listSeedFiles, seedFileStatus, type SeedListEntry, type SeedListReport, type SeedStatusEntry, type SeedStatusReport, type SeedStatusState } from './status.ts';
export { extractSeedFile, type ExtractOptions, type ExtractResult } from './extract-seed-file.ts';
export { renderExtractedSeed, type ExtractedColumn, type ExtractedTable } from './render-extracted-seed.ts';
export { quoteIdent, quoteLiteral } from './sql-literal.ts';
export { initSeeds, createSeedFile, INIT_TEMPLATES } from './scaffold.ts';
export { ensureSeedFilesTable, readSeedFileRecords, SEED_FILES_TABLE, type SeedFileRecord } from './tracking.ts';
export { SeedFileErrorCodes, SeedProblemsError, formatProblems, type SeedFileErrorCode, type SeedProblem } from './problems.ts';
