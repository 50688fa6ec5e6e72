/** `gapcheck lsp` with a config per folder: each file audited with its nearest config, and a config edited in the editor re-audits the files it affects. */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { EMAIL_COMPLAINT } from '../helpers/email-complaint.js';
import { LspClient } from '../helpers/lsp-client.js';
import { tempTree } from '../helpers/run-cli.js';

/** The rules the configs of these tests set: the codes of their diagnostics, sorted. */
const SET_HERE = new Set(['listen-first', 'process-review', 'training-current']);
const rulesOf = (diagnostics: Diagnostic[]): string[] =>
  diagnostics
    .map((d) => String(d.code))
    .filter((rule) => SET_HERE.has(rule))
    .sort();
const complaint = (id: string): string => EMAIL_COMPLAINT.replace('process: email-complaint', `process: ${id}`);

describe('gapcheck lsp with a config per folder', () => {
  let client: LspClient | undefined;
  afterEach(async () => {
    expect(await client?.stop()).toBe(0);
    client = undefined;
  });

  const teams = (): string =>
    tempTree({
      'gapcheck.config.yaml': 'rules:\n  training-current: off\n',
      'teams/a/complaints.yaml': complaint('a-complaint'),
      'teams/b/gapcheck.config.yaml': 'extends: ./base.yaml\n',
      'teams/b/base.yaml': 'extends: none\nrules:\n  listen-first: high\n',
      'teams/b/complaints.yaml': complaint('b-complaint'),
    });

  it("audits each file with its nearest config, and an unsaved edit of a config another extends re-audits that config's files", async () => {
    const root = teams();
    client = await LspClient.start([root]);
    const a = await client.open(path.join(root, 'teams/a/complaints.yaml'));
    const b = await client.open(path.join(root, 'teams/b/complaints.yaml'));
    expect(rulesOf(await client.diagnosticsOf(a))).toEqual(['listen-first', 'process-review']);
    expect(rulesOf(await client.diagnosticsOf(b))).toEqual(['listen-first']);

    const since = client.mark();
    const base = await client.open(path.join(root, 'teams/b/base.yaml'));
    await client.change(base, [{ text: 'extends: none\nrules:\n  process-review: high\n' }]);
    expect(rulesOf(await client.diagnosticsOf(b, (d) => rulesOf(d).includes('process-review'), since))).toEqual([
      'process-review',
    ]);
    expect(rulesOf(await client.diagnosticsOf(a))).toEqual(['listen-first', 'process-review']);
  });

  it('shows a mistake in an extended config in that file, at its place', async () => {
    const root = teams();
    client = await LspClient.start([root]);
    const base = await client.open(path.join(root, 'teams/b/base.yaml'));
    const since = client.mark();
    await client.change(base, [{ text: 'extends: none\nrules:\n  listen-frist: high\n' }]);
    const [problem, ...others] = await client.diagnosticsOf(base, (d) => d.length > 0, since);
    expect(others).toEqual([]);
    expect(problem!.message).toContain('unknown rule "listen-frist"');
    expect(problem!.range.start).toEqual({ line: 2, character: 2 });
  });
});
