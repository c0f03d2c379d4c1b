/**
 * `seedforge diagram`: the schema as an ER diagram, with a scenario's plan overlaid when there is one.
 */
import { diagramOverlay } from './diagram-overlay.ts';
import { emitDiagramDbml } from './emit-diagram-dbml.ts';
import { emitDiagramMermaid } from './emit-diagram-mermaid.ts';
import type { SchemaModel } from './model.ts';
import type { LoadPlan } from './plan-scenario.ts';

/** Diagram formats. */
export const DIAGRAM_FORMATS = ['mermaid', 'dbml'] as const;

export type DiagramFormat = (typeof DIAGRAM_FORMATS)[number];

/** File name a diagram gets next to a scenario's artifacts. */
export const DIAGRAM_FILES: Record<DiagramFormat, string> = { mermaid: 'diagram.mmd', dbml: 'diagram.dbml' };

/**
 * The ER diagram of `schema` (the plan's schema when a plan is given, with row counts, load order and cycle
 * fix-ups overlaid).
 *
 * @example emitDiagram(plan.scenario.schema, 'mermaid', plan)
 */
export function emitDiagram(schema: SchemaModel, format: DiagramFormat, plan?: LoadPlan): string {
  const overlay = plan ? diagramOverlay(plan) : undefined;
  return format === 'dbml' ? emitDiagramDbml(schema, overlay) : emitDiagramMermaid(schema, overlay);
}
