/** Runs action.yml's shell steps as GitHub's runner would, as far as can be without GitHub. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';

export interface Step {
  name: string;
  shell?: string;
  run?: string;
  uses?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
export interface Action {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: Step[] };
}

export const action = load(readFileSync('action.yml', 'utf8')) as Action;

/** The step that installs the runtime dependencies into the action's own folder (`npm ci`). */
export const isInstallStep = (step: Step): boolean => step.run?.includes('npm ci') === true;

export interface StepResult {
  name: string;
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the action's shell steps in `workspace`, with `actionPath` as `$GITHUB_ACTION_PATH` (where GitHub checks out
 * the action at the tag a workflow names) and these inputs; `withInstall: false` leaves out the install step, for an
 * action folder whose dependencies are already there.
 */
export function runAction(
  actionPath: string,
  workspace: string,
  inputs: Record<string, string>,
  withInstall: boolean,
): StepResult[] {
  const values = {
    ...Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default])),
    ...inputs,
  };
  const expand = (text: string): string =>
    text.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => values[name] ?? '');
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')),
  );
  return action.runs.steps
    .filter((step) => step.run !== undefined && (withInstall || !isInstallStep(step)))
    .map((step) => {
      const env = {
        ...clean,
        GITHUB_ACTION_PATH: actionPath,
        ...Object.fromEntries(Object.entries(step.env ?? {}).map(([key, value]) => [key, expand(value)])),
      };
      const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], {
        cwd: workspace,
        env,
        encoding: 'utf8',
      });
      return { name: step.name, code: result.status, stdout: result.stdout, stderr: result.stderr };
    });
}
