import type { Command } from 'commander';
import { registerCheck } from './check.ts';
import { registerCompile } from './compile.ts';
import { registerPreview } from './preview.ts';
import { registerSeed } from './seed.ts';
import { registerApply } from './apply.ts';
import { registerClear } from './clear.ts';
import { registerEnv } from './env.ts';
import { registerRefresh } from './refresh.ts';
import { registerRollback } from './rollback.ts';
import { registerStatus } from './status.ts';
import { registerTypes } from './types.ts';
import { registerDiagram } from './diagram.ts';

/** Sets the process exit code from inside a command (the highest code wins). */
export type SetExitCode = (code: number) => void;

/** One CLI command module: adds itself to the program. Heavy modules are imported inside the action. */
export type CommandModule = (program: Command, setExitCode: SetExitCode) => void;

const modules: CommandModule[] = [registerCompile, registerCheck, registerPreview, registerSeed, registerApply, registerStatus, registerRollback, registerClear, registerRefresh, registerEnv, registerTypes, registerDiagram];

/** Registers every command. New commands add one import and one entry here. */
export function registerCommands(program: Command, setExitCode: SetExitCode): void {
  for (const register of modules) register(program, setExitCode);
}
