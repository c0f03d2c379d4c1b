/**
 * `seedforge types <language>`: row types of a schema in one of several languages, from the IR only.
 */
import { emitTypesGo } from './emit-types-go.ts';
import { emitTypesGraphql } from './emit-types-graphql.ts';
import { emitTypesPython } from './emit-types-python.ts';
import { emitTypesRust } from './emit-types-rust.ts';
import { emitTypesSwift } from './emit-types-swift.ts';
import { emitTypesTypescript } from './emit-types-typescript.ts';
import type { SchemaModel } from './model.ts';

/** Languages `seedforge types` writes. */
export const TYPE_LANGUAGES = ['typescript', 'go', 'python', 'rust', 'swift', 'graphql'] as const;

export type TypeLanguage = (typeof TYPE_LANGUAGES)[number];

/** The usual file extension of each language, for default output names. */
export const TYPE_EXTENSIONS: Record<TypeLanguage, string> = { typescript: 'ts', go: 'go', python: 'py', rust: 'rs', swift: 'swift', graphql: 'graphql' };

export interface EmitTypesOptions {
  /** Python: pydantic models instead of dataclasses. */
  pydantic?: boolean;
  /** Go: package name. */
  goPackage?: string;
  /** TypeScript: property names (default) or SQL column names. */
  keys?: 'property' | 'column';
}

/**
 * Row types of `schema` as source text in `language`; every file starts with the generated-file header.
 *
 * @example await emitTypes(schema, 'python', { pydantic: true })
 */
export async function emitTypes(schema: SchemaModel, language: TypeLanguage, options: EmitTypesOptions = {}): Promise<string> {
  switch (language) {
    case 'typescript':
      return emitTypesTypescript(schema, { keys: options.keys });
    case 'go':
      return emitTypesGo(schema, { package: options.goPackage });
    case 'python':
      return emitTypesPython(schema, { pydantic: options.pydantic });
    case 'rust':
      return emitTypesRust(schema);
    case 'swift':
      return emitTypesSwift(schema);
    case 'graphql':
      return emitTypesGraphql(schema);
  }
}
