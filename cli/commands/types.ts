import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { CommandModule } from './index.ts';
import { CliError } from '../errors.ts';
import { out } from '../output.ts';
import { projectCache } from '../project-cache.ts';

interface TypesFlags {
  config?: string;
  schema?: string;
  scenario?: string;
  out?: string;
  pydantic?: boolean;
  package?: string;
  keys?: string;
}

const LANGUAGES = ['typescript', 'go', 'python', 'rust', 'swift', 'graphql'] as const;

/** `seedforge types <language>`: row types of the schema in another language. */
export const registerTypes: CommandModule = (program, setExitCode) => {
  program
    .command('types <language>')
    .description(`row types of the Drizzle schema: ${LANGUAGES.join(', ')}`)
    .option('-c, --config <file>', 'config file (default: mock.config.ts); its scenarios\' schemas are merged')
    .option('--schema <file>', 'a Drizzle schema module instead of the config')
    .option('--scenario <name>', 'only the schema of this scenario')
    .option('-o, --out <file>', 'write to this file (default: standard output)')
    .option('--pydantic', 'python: pydantic v2 models instead of dataclasses')
    .option('--package <name>', 'go: package name (default models)')
    .option('--keys <property|column>', 'typescript: Drizzle property names (default) or SQL column names')
    .action(async (language: string, flags: TypesFlags) => {
      if (!(LANGUAGES as readonly string[]).includes(language)) throw new CliError(`unknown language "${language}"`, 1, `use one of: ${LANGUAGES.join(', ')}`);
      if (flags.keys !== undefined && flags.keys !== 'property' && flags.keys !== 'column') throw new CliError(`--keys takes property or column (got "${flags.keys}")`);
      const cacheDir = await projectCache(flags);
      const { DiagnosticBag } = await import('../../compiler/index.ts');
      const { loadSchemaModel } = await import('../../compiler/load-schema-model.ts');
      const { emitTypes } = await import('../../compiler/emit-types.ts');
      const bag = new DiagnosticBag();
      const schema = await loadSchemaModel({ config: flags.config, schema: flags.schema, scenario: flags.scenario, cacheDir }, bag);
      if (!schema || bag.hasErrors) throw Object.assign(new Error('types failed'), { diagnostics: bag.items });
      const text = await emitTypes(schema, language as (typeof LANGUAGES)[number], { pydantic: flags.pydantic, goPackage: flags.package, keys: flags.keys as 'property' | 'column' | undefined });
      if (flags.out) {
        const file = resolve(flags.out);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, text);
        out.line(`wrote ${language} row types for ${schema.tables.length} tables -> ${flags.out}`);
      } else {
        out.line(text.replace(/\n$/, ''));
      }
      setExitCode(0);
    });
};
