/**
 * The GitHub Action as a workflow's `uses: OWNER/gapcheck@v1` gets it: the repository checked out at that tag, with
 * nothing installed, every shell step of action.yml run in order (the SARIF upload is GitHub's own action).
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, inject, it } from 'vitest';
import { runAction } from '../action-runner.js';
import { emptyFolder, removeFolders, runOk, SAMPLES } from './consumers.js';

afterAll(removeFolders);

it('installs its runtime dependencies, writes the SARIF report and fails on the gaps', () => {
  const actionPath = emptyFolder('action');
  runOk('git', ['clone', '--quiet', '--branch', 'v1', inject('repository'), actionPath], actionPath);
  const workspace = emptyFolder('workspace');
  mkdirSync(path.join(workspace, 'processes'));
  copyFileSync(SAMPLES.withGaps, path.join(workspace, 'processes', 'claims.yaml'));

  const [install, sarif, annotations] = runAction(actionPath, workspace, { paths: 'processes' }, true);
  expect(install!.code, install!.stderr).toBe(0);
  expect(sarif!.code, sarif!.stderr).toBe(0);
  const log = JSON.parse(readFileSync(path.join(workspace, 'gapcheck.sarif'), 'utf8')) as {
    runs: { results: unknown[] }[];
  };
  expect(log.runs[0]!.results.length).toBeGreaterThan(0);
  expect(annotations!.code, annotations!.stderr).toBe(1);
  expect(annotations!.stdout).toMatch(/^::error file=processes\/claims\.yaml,line=\d+,col=\d+,title=/m);
});
