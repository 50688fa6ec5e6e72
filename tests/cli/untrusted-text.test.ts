/**
 * Nothing from a file drives a terminal or a CI log: hostile file names, titles, conditions, quoted values and
 * baseline keys go through every report format, `graph` and every note on stderr, and come out escaped. The
 * assertions are about characters and line starts, never about the wording of a message.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/report/types.js';
import { runCli, tempTree } from '../helpers/run-cli.js';

const TODAY = ['--today', '2026-11-23'];

/** Raw characters that must never reach a terminal or log: C0 but tab and line feed, DEL, C1, bidi controls, separators. */
const RAW_CONTROL =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
/** A line a GitHub Actions runner would read as a workflow command: `::` after any blanks. */
const COMMAND_LINE = /^[ \t]*::/;
const GITHUB_OWN = /^::(error|warning|notice) /;

const HOSTILE = '\u001b[31mred\u001b[0m \u0007bell \u0085nel \u009b31m \u202eevil \u2028sep';
const COMMAND = '::set-output name=x::y';

/** A process with gaps whose titles, conditions, quoted text and waiver reason are hostile. */
function hostileProcess(id: string): string {
  return dump({
    process: id,
    title: `${COMMAND} ${HOSTILE}`,
    owner: 'lead',
    review: { last: '2026-10-01', every: '90d' },
    roles: { lead: { title: HOSTILE }, agent: { title: COMMAND, frontline: true } },
    start: 'take',
    steps: {
      take: {
        type: 'intake',
        intent: 'complaint',
        channel: 'email',
        title: `${COMMAND}\n${HOSTILE}`,
        next: [{ to: 'explain', when: `${HOSTILE}\n${COMMAND}` }, { to: 'done' }],
      },
      explain: {
        type: 'explain-policy',
        actor: 'agent',
        title: HOSTILE,
        'customer-effort': `x\n${COMMAND} ${HOSTILE}`,
        next: 'done',
      },
      done: { type: 'end', outcome: 'unresolved' },
    },
    waivers: [{ rule: 'issue-reporting', reason: `${COMMAND}\n${HOSTILE}`, expires: '2027-01-01' }],
  });
}

/** File names with the same characters (a file name cannot hold `/` or NUL), two sharing one process id. */
const FILES = {
  [`${COMMAND}.yaml`]: hostileProcess('shared'),
  'esc\u001b[31m bel\u0007 nel\u0085 rtl\u202e.yaml': hostileProcess('shared'),
  [`line\n${COMMAND}.yaml`]: hostileProcess('other'),
  'broken\u001b].yaml': `process: x\ntitle: t\nsteps:\n  "\\e[31m${COMMAND}": {}\n`,
};

function expectInert(output: string, allowGithubCommands = false): void {
  expect(output).not.toMatch(RAW_CONTROL);
  const commandLines = output
    .split('\n')
    .filter((line) => COMMAND_LINE.test(line) && !(allowGithubCommands && GITHUB_OWN.test(line)));
  expect(commandLines).toEqual([]);
}

describe('text from files on a terminal or in a CI log', () => {
  it.each(FORMATS)('is escaped in the %s report and the notes on stderr', (format) => {
    const root = tempTree(FILES);
    const { code, stdout, stderr } = runCli(['audit', '--format', format, ...TODAY, '.'], { cwd: root });
    expect(code).toBe(1);
    expectInert(stdout, format === 'github');
    expectInert(stderr);
    // Not vacuous: the hostile names are there, escaped.
    expect(stdout).toMatch(/\\u001b/);
    if (format === 'json' || format === 'sarif')
      expect(JSON.stringify(JSON.parse(stdout))).toContain('\\u001b[31m bel\\u0007 nel\u0085');
    if (format === 'github')
      expect(
        stdout
          .split('\n')
          .filter((line) => line !== '')
          .every((line) => GITHUB_OWN.test(line)),
      ).toBe(true);
  });

  it.each(['mermaid', 'dot'])(
    'is escaped in `graph --format %s`, and in its complaints about a broken file',
    (format) => {
      const root = tempTree(FILES);
      const drawn = runCli(
        ['graph', '--format', format, ...TODAY, `esc\u001b[31m bel\u0007 nel\u0085 rtl\u202e.yaml`],
        { cwd: root },
      );
      expect(drawn.code).toBe(0);
      expectInert(drawn.stdout);
      const broken = runCli(['graph', '--format', format, ...TODAY, 'broken\u001b].yaml'], { cwd: root });
      expect(broken.code).toBe(2);
      expectInert(broken.stderr);
      expect(broken.stderr).toMatch(/\\u001b/);
    },
  );

  it('is escaped in the baseline entries that match no gap any more', () => {
    const root = tempTree(FILES);
    const hostileKey = (text: string): Record<string, number> => ({ [text]: 1 });
    const gaps = Object.fromEntries(
      Object.keys(FILES).map((file) => [
        file,
        { [`p${HOSTILE}`]: { [`${COMMAND}\n${HOSTILE}`]: hostileKey(`\n${COMMAND}`) } },
      ]),
    );
    writeFileSync(path.join(root, 'baseline.yaml'), JSON.stringify({ 'gapcheck-baseline': 1, gaps }));
    const { code, stderr } = runCli(['audit', '--baseline', 'baseline.yaml', ...TODAY, '.'], { cwd: root });
    expect(code).toBe(1);
    expect(stderr.split('\n').length).toBeGreaterThan(Object.keys(FILES).length);
    expectInert(stderr);
  });

  it('is escaped when the argument names a file that does not exist', () => {
    const root = tempTree({});
    const { code, stderr } = runCli(['audit', `${COMMAND}\n\u001b[2J`], { cwd: root });
    expect(code).toBe(2);
    expectInert(stderr);
  });
});
