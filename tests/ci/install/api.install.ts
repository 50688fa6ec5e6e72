/**
 * The public API as a TypeScript consumer gets it: gapcheck packed and installed into a scratch project with
 * TypeScript, a file importing `gapcheck`, `gapcheck/rules` and `gapcheck/testing` type-checked by `tsc` (the
 * shipped declarations included: no skipLibCheck) and run, its rule tested by the tester under node:test.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, inject, it } from 'vitest';
import { emptyFolder, removeFolders, run, runOk, SAMPLES } from './consumers.js';

afterAll(removeFolders);

const { devDependencies } = JSON.parse(readFileSync('package.json', 'utf8')) as {
  devDependencies: Record<string, string>;
};

const CONSUMER = `import { audit, formatters, loadConfig, type AuditReport } from 'gapcheck';
import { quoteSteps, type Rule } from 'gapcheck/rules';
import { RuleTester } from 'gapcheck/testing';
import { describe, it } from 'node:test';

const intakeWithOwner: Rule<{ channels: string[] }> = {
  kind: 'process',
  meta: {
    id: 'acme/intake-with-owner',
    defaultSeverity: 'medium',
    summary: 'Every intake on a channel we staff is taken by a named role.',
    why: 'A contact nobody owns is answered by nobody.',
    fix: 'Give the intake an actor: the role that takes these contacts.',
    structural: false,
    defaultOptions: { channels: ['phone', 'email'] },
  },
  check(process, { graph, options }) {
    return graph
      .reachableOfType('intake')
      .map((index) => graph.step(index))
      .filter((step) => step.channel !== undefined && options.channels.includes(step.channel))
      .filter((step) => step.actor === undefined || !process.roles.has(step.actor.id))
      .map((step) => ({ step: step.id, message: \`intake \${quoteSteps([step.id])} is taken by no role\` }));
  },
};

const config = await loadConfig();
const report: AuditReport = await audit({ paths: ['processes'], today: '2026-11-23', config });
console.log(JSON.stringify({ gaps: report.summary.gaps, files: report.run.files.map((f) => f.file) }));
console.log(formatters.stylish(report, { failOn: 'none' }));

RuleTester.describe = describe;
RuleTester.it = it;
new RuleTester({ today: '2026-11-23' }).run(intakeWithOwner, { fixtures: process.argv[2] ?? 'fixtures' });
`;

const FIXTURE = `process: support-lines
title: Support lines
owner: agent
roles:
  agent: { title: Agent, frontline: true }
start: [phone-line, chat-line]
steps:
  phone-line: # expect: acme/intake-with-owner
    type: intake
    channel: phone
    next: answer
  chat-line: # ok: acme/intake-with-owner
    type: intake
    channel: chat
    actor: agent
    next: answer
  answer:
    type: contact
    channel: phone
    actor: agent
    next: done
  done:
    type: end
`;

it('a TypeScript project imports gapcheck, gapcheck/rules and gapcheck/testing, type-checks and runs', () => {
  const root = emptyFolder('api-consumer');
  writeFileSync(
    path.join(root, 'package.json'),
    JSON.stringify({ name: 'api-consumer', private: true, type: 'module' }),
  );
  writeFileSync(
    path.join(root, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        strict: true,
        outDir: 'out',
        types: ['node'],
        skipLibCheck: false,
      },
      include: ['consumer.ts'],
    }),
  );
  writeFileSync(path.join(root, 'consumer.ts'), CONSUMER);
  mkdirSync(path.join(root, 'processes'));
  copyFileSync(SAMPLES.withGaps, path.join(root, 'processes', 'claims.yaml'));
  mkdirSync(path.join(root, 'fixtures'));
  writeFileSync(path.join(root, 'fixtures', 'lines.yaml'), FIXTURE);
  mkdirSync(path.join(root, 'wrong'));
  writeFileSync(path.join(root, 'wrong', 'lines.yaml'), FIXTURE.replace('# expect:', '# ok:'));
  runOk(
    'npm',
    [
      'install',
      '--save-dev',
      inject('packed').tarball,
      `typescript@${devDependencies.typescript}`,
      `@types/node@${devDependencies['@types/node']}`,
    ],
    root,
  );

  const typeCheck = run('npx', ['--no-install', 'tsc', '--noEmit'], root);
  expect(typeCheck.stdout + typeCheck.stderr).toBe('');
  expect(typeCheck.code).toBe(0);
  runOk('npx', ['--no-install', 'tsc'], root);

  const passing = run(process.execPath, ['out/consumer.js'], root);
  expect(passing.code, passing.stderr + passing.stdout).toBe(0);
  expect(passing.stdout).toContain('{"gaps":');
  expect(passing.stdout).toContain('"files":["processes/claims.yaml"]');
  expect(passing.stdout).toMatch(/processes\/claims\.yaml\n\s+\d+:\d+/);
  expect(passing.stdout).toMatch(/# pass 1\n# fail 0/);

  const failing = run(process.execPath, ['out/consumer.js', 'wrong'], root);
  expect(failing.code).toBe(1);
  expect(failing.stdout).toContain('wrong/lines.yaml:8:3: marked "# ok: acme/intake-with-owner", got a gap');

  const deep = run(
    process.execPath,
    ['--input-type=module', '--eval', "await import('gapcheck/dist/lib/gapcheck.js')"],
    root,
  );
  expect(deep.stderr).toContain('ERR_PACKAGE_PATH_NOT_EXPORTED');
});
