import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { CommandModule } from './index.ts';
import { CliError } from '../errors.ts';
import { out } from '../output.ts';
import { projectCache } from '../project-cache.ts';

interface DiagramFlags {
  config?: string;
  schema?: string;
  scenario?: string;
  format: string;
  out?: string;
}

/** `seedforge diagram`: the schema as an ER diagram with the plan overlaid. */
export const registerDiagram: CommandModule = (program, setExitCode) => {
  program
    .command('diagram')
    .description('ER diagram of the schema with the plan overlaid (row counts, load order, cycle fix-ups)')
    .option('-c, --config <file>', 'config file (default: mock.config.ts)')
    .option('--schema <file>', 'zero-config: a bare Drizzle schema module')
    .option('--scenario <name>', 'only this scenario')
    .option('--format <format>', 'mermaid or dbml', 'mermaid')
    .option('-o, --out <file>', 'write here instead of next to the artifacts (- for standard output; one scenario only)')
    .action(async (flags: DiagramFlags) => {
      if (flags.format !== 'mermaid' && flags.format !== 'dbml') throw new CliError(`--format takes mermaid or dbml (got "${flags.format}")`);
      const cacheDir = await projectCache(flags);
      const { diagramProject } = await import('../../compiler/diagram-project.ts');
      const { formatDiagnostic } = await import('../../compiler/index.ts');
      const result = await diagramProject({ config: flags.config, schema: flags.schema, scenario: flags.scenario, format: flags.format, cacheDir });
      if (result.diagnostics.some((d) => d.severity === 'error')) throw Object.assign(new Error('diagram failed'), { diagnostics: result.diagnostics });
      for (const d of result.diagnostics) out.error(formatDiagnostic(d));
      if (flags.out && result.diagrams.length > 1) {
        throw new CliError(`-o takes one diagram, but the config has ${result.diagrams.length} scenarios`, 1, `pick one with --scenario (${result.diagrams.map((d) => d.scenario).join(', ')})`);
      }
      for (const diagram of result.diagrams) {
        if (flags.out === '-') {
          out.line(diagram.text.replace(/\n$/, ''));
          continue;
        }
        const file = flags.out ? resolve(flags.out) : diagram.path;
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, diagram.text);
        out.line(`wrote ${flags.format} diagram of ${diagram.scenario} -> ${relative(file)}`);
      }
      setExitCode(0);
    });
};

function relative(path: string): string {
  const cwd = process.cwd();
  return path.startsWith(cwd + '/') ? path.slice(cwd.length + 1) : path;
}
