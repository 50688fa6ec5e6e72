/**
 * The configs docs/ci.md gives to copy, and action.yml, checked against the schemas their consumers publish
 * (SchemaStore's, in tests/ci/schemas/), and against what gapcheck ships: the action's inputs, the hook's id.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { action } from './action-runner.js';

const docs = readFileSync('docs/ci.md', 'utf8');
/** Every ```yaml block of docs/ci.md, parsed. */
const yamlBlocks = [...docs.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => ({
  text: match[1]!,
  value: load(match[1]!),
}));

const ajv = new Ajv({ strict: false, allErrors: true });
function validator(name: string): (value: unknown) => string[] {
  const validate = ajv.compile(JSON.parse(readFileSync(`tests/ci/schemas/${name}.json`, 'utf8')) as object);
  return (value) =>
    validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}
const workflowErrors = validator('github-workflow');
const actionErrors = validator('github-action');

interface Workflow {
  jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown>; run?: string }[] }>;
}
const workflows = yamlBlocks
  .filter((block) => block.text.startsWith('# .github/workflows/'))
  .map((block) => block.value as Workflow);

describe('docs/ci.md', () => {
  it('has workflows (the action, gapcheck without it, shards merged), each valid by the GitHub workflow schema', () => {
    expect(workflows).toHaveLength(3);
    for (const workflow of workflows) expect(workflowErrors(workflow)).toEqual([]);
  });

  it('the schema check can fail: a workflow with a misspelt key is invalid', () => {
    expect(workflowErrors({ ...workflows[0], jbos: {} })).not.toEqual([]);
  });

  it('gives the gapcheck action only inputs it has, and uploads SARIF with upload-sarif@v4', () => {
    const steps = workflows.flatMap((workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps));
    const gapcheckSteps = steps.filter((step) => step.uses?.startsWith('OWNER/gapcheck@'));
    expect(gapcheckSteps).toHaveLength(1);
    for (const step of gapcheckSteps)
      expect(Object.keys(step.with ?? {}).filter((input) => !(input in action.inputs))).toEqual([]);
    const uploads = steps.filter((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(uploads.length).toBeGreaterThan(0);
    expect(uploads.filter((step) => step.uses !== 'github/codeql-action/upload-sarif@v4')).toEqual([]);
  });

  it('documents every input of the action, and no other', () => {
    const table = /\| input \| default \| meaning \|\n\| --- \| --- \| --- \|\n((?:\|.*\n)+)/.exec(docs)![1]!;
    const documented = [...table.matchAll(/^\| `([\w-]+)` \|/gm)].map((match) => match[1]!);
    expect(documented.sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('gives GitLab a job that runs gapcheck and reads its JUnit report', () => {
    const gitlab = yamlBlocks
      .map(
        (block) =>
          block.value as Record<
            string,
            { image?: string; script?: string[]; artifacts?: { reports?: { junit?: string } } }
          >,
      )
      .find((value) => 'gapcheck' in value && value['gapcheck']!.script);
    expect(gitlab?.['gapcheck']).toMatchObject({
      image: 'node:20',
      artifacts: { when: 'always', reports: { junit: 'gapcheck.xml' } },
    });
    expect(gitlab!['gapcheck']!.script![0]).toMatch(/ audit --format junit --output gapcheck\.xml /);
  });

  it('names the hook .pre-commit-hooks.yaml defines, at a tag of the repository', () => {
    const [hook] = load(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as { id: string }[];
    const config = yamlBlocks.find((block) => block.text.startsWith('# .pre-commit-config.yaml'))!.value as {
      repos: { repo: string; rev: string; hooks: { id: string }[] }[];
    };
    expect(config.repos[0]).toMatchObject({
      repo: 'https://github.com/OWNER/gapcheck',
      rev: expect.stringMatching(/^v\d+\.\d+\.\d+$/),
    });
    expect(config.repos[0]!.hooks.map((h) => h.id)).toEqual([hook!.id]);
  });
});

describe('action.yml', () => {
  it('is valid by the GitHub action schema', () => {
    expect(actionErrors(action)).toEqual([]);
  });
});
