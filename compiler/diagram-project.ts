import { join } from 'node:path';
import { DiagnosticBag, type Diagnostic } from './diagnostics.ts';
import { DIAGRAM_FILES, emitDiagram, type DiagramFormat } from './emit-diagram.ts';
import { loadProject, type ProjectOptions } from './load-project.ts';
import { planScenario } from './plan-scenario.ts';

export interface DiagramOptions extends ProjectOptions {
  format?: DiagramFormat;
}

/** One scenario's diagram and where it goes by default (next to the scenario's artifacts). */
export interface ScenarioDiagram {
  scenario: string;
  path: string;
  text: string;
}

/**
 * ER diagrams of a project, one per scenario, each with that scenario's plan overlaid (row counts, load order,
 * cycle fix-ups). Plans only: nothing is generated or written.
 *
 * @example const { diagrams } = await diagramProject({ config: 'mock.config.ts', scenario: 'blog', format: 'dbml' })
 */
export async function diagramProject(options: DiagramOptions): Promise<{ diagnostics: Diagnostic[]; diagrams: ScenarioDiagram[] }> {
  const bag = new DiagnosticBag();
  const format = options.format ?? 'mermaid';
  const config = await loadProject(options, bag);
  if (!config || bag.hasErrors) return { diagnostics: bag.items, diagrams: [] };
  const diagrams = config.scenarios.map((scenario) => {
    const plan = planScenario(scenario, bag);
    return { scenario: scenario.name, path: join(config.outDir, scenario.name, DIAGRAM_FILES[format]), text: emitDiagram(scenario.schema, format, plan) };
  });
  return { diagnostics: bag.items, diagrams: bag.hasErrors ? [] : diagrams };
}
