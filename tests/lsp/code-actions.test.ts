/**
 * Quick fixes asked by a real LSP client of `gapcheck lsp`, each applied to the file and checked byte for byte:
 * the edit changes only what it must, and the audit of the result says the fix worked.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionRequest,
  ExecuteCommandRequest,
  ShowDocumentRequest,
  type CodeAction,
  type Diagnostic,
  type ShowDocumentParams,
} from 'vscode-languageserver-protocol';
import { FIXTURE_TODAY, auditTexts } from '../helpers/audit-text.js';
import { LspClient, textIn } from '../helpers/lsp-client.js';

const SAMPLES = path.resolve('sample-processes');

/** The text before and after a quick fix, and the one stretch that differs in each. */
function byteDiff(before: string, after: string): { removed: string; added: string } {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end++;
  return { removed: before.slice(start, before.length - end), added: after.slice(start, after.length - end) };
}

describe('gapcheck lsp quick fixes', () => {
  let client: LspClient;
  beforeAll(async () => {
    client = await LspClient.start([SAMPLES]);
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
  });

  /** The file's text, the quick fixes for its gap of `rule`, and that gap. */
  async function fixesFor(
    name: string,
    rule: string,
    written?: string,
  ): Promise<{ text: string; uri: string; actions: CodeAction[]; diagnostic: Diagnostic }> {
    const file = path.join(SAMPLES, name);
    const text = written ?? readFileSync(file, 'utf8');
    const uri = await client.open(file, text);
    const diagnostic = (await client.diagnosticsOf(uri)).find((d) => d.code === rule)!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    return { text, uri, actions, diagnostic };
  }

  function apply(text: string, uri: string, action: CodeAction): string {
    return TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, text), action.edit!.changes![uri]!);
  }

  it('waives a gap: rule, step, a reason selected for writing, an expiry 90 days out; nothing else changes', async () => {
    const { text, uri, actions } = await fixesFor('returns-desk.yaml', 'remedy-path');
    const waive = actions.find((a) => a.title === 'Waive remedy-path at "receive-return" for 90 days')!;
    const after = apply(text, uri, waive);
    expect(byteDiff(text, after)).toEqual({
      removed: '',
      added:
        'waivers:\n  - rule: remedy-path\n    step: receive-return\n    reason: say why this gap is accepted\n    expires: 2027-02-21\n',
    });
    expect(waive.command!.arguments![0]).toBe(uri);
    expect(textIn(after, waive.command!.arguments![1])).toBe('say why this gap is accepted');
    const shown = new Promise<ShowDocumentParams>((resolve) =>
      client.connection.onRequest(ShowDocumentRequest.type, (params) => {
        resolve(params);
        return { success: true };
      }),
    );
    await client.connection.sendRequest(ExecuteCommandRequest.type, {
      command: waive.command!.command,
      arguments: waive.command!.arguments,
    });
    expect(await shown).toEqual({ uri, selection: waive.command!.arguments![1], takeFocus: true });
    const audited = auditTexts({ 'returns-desk.yaml': after }, FIXTURE_TODAY);
    expect(audited.waived.map((gap) => [gap.rule, gap.step])).toEqual([['remedy-path', 'receive-return']]);
  });

  it('adds to the waivers already written, in their indentation', async () => {
    const { text, uri, actions } = await fixesFor('corporate-escalation.yaml', 'issue-reporting');
    const after = apply(
      text,
      uri,
      actions.find((a) => a.title.startsWith('Waive issue-reporting'))!,
    );
    // The smallest difference: the new item's lines (the comparison lines them up one line break later than the edit).
    expect(byteDiff(text, after)).toEqual({
      removed: '',
      added: '  - rule: issue-reporting\n    reason: say why this gap is accepted\n    expires: 2027-02-21\n',
    });
  });

  it('removes an unused waiver, its lines only', async () => {
    const { text, uri, actions } = await fixesFor('corporate-escalation.yaml', 'unused-waiver');
    const after = apply(
      text,
      uri,
      actions.find((a) => a.title === 'Remove this waiver (unused-waiver)')!,
    );
    const { removed, added } = byteDiff(text, after);
    expect(added).toBe('');
    expect(removed).toMatch(/^waivers:\n {2}- rule: two-minute-response\n {4}reason: [^\n]*\n$/);
    const gapsOf = (source: string) =>
      auditTexts({ 'corporate-escalation.yaml': source }, FIXTURE_TODAY).gaps.map((gap) => gap.rule);
    expect(gapsOf(after)).toEqual(gapsOf(text).filter((rule) => rule !== 'unused-waiver'));
  });

  describe('removes an unused waiver from a flow list', () => {
    const unused = '{ rule: two-minute-response, reason: The account desk answers within two minutes by phone. }';
    const used = '{ rule: issue-reporting, reason: Reported by the account desk. }';
    /** corporate-escalation.yaml with its waivers written as `waivers` (the block list at its end replaced). */
    function withWaivers(waivers: string): string {
      const text = readFileSync(path.join(SAMPLES, 'corporate-escalation.yaml'), 'utf8');
      return `${text.slice(0, text.indexOf('waivers:\n'))}${waivers}`;
    }
    /**
     * The text the quick fix deletes from an unsaved file of its own (`name`), the fix being that one deletion,
     * byte for byte, and the audit of the result having every gap but the unused waiver's.
     */
    async function deleted(name: string, waivers: string): Promise<string> {
      const { text, uri, actions } = await fixesFor(name, 'unused-waiver', withWaivers(waivers));
      const removal = actions.find((a) => a.title === 'Remove this waiver (unused-waiver)')!;
      const [edit, ...others] = removal.edit!.changes![uri]!;
      expect(others).toEqual([]);
      expect(edit!.newText).toBe('');
      const stretch = textIn(text, edit!.range);
      const after = apply(text, uri, removal);
      expect(after).toBe(text.replace(stretch, ''));
      const gapsOf = (source: string) => auditTexts({ [name]: source }, FIXTURE_TODAY).gaps.map((gap) => gap.rule);
      expect(gapsOf(after)).toEqual(gapsOf(text).filter((rule) => rule !== 'unused-waiver'));
      return stretch;
    }

    it('the last on one line: it and the comma before it', async () => {
      expect(await deleted('flow-last.yaml', `waivers: [${used}, ${unused}]\n`)).toBe(`, ${unused}`);
    });

    it('the first of several lines: it, its comma and its comment, so the next one takes its place', async () => {
      const waivers = `waivers: [\n    ${unused},  # the phone desk\n    ${used}\n  ]\n`;
      expect(await deleted('flow-first.yaml', waivers)).toBe(`${unused},  # the phone desk\n    `);
    });

    it('the only one: the whole `waivers` line', async () => {
      expect(await deleted('flow-only.yaml', `waivers: [${unused}]\n`)).toBe(`waivers: [${unused}]\n`);
    });
  });

  describe('in a process written as one flow mapping', () => {
    const process =
      '{ process: flow-desk, title: Flow desk, owner: lead, roles: { lead: { title: Lead } }, start: done, steps: { done: { type: end } }';

    it('waives a gap with a flow waivers list after its last entry', async () => {
      const { text, uri, actions } = await fixesFor('flow-process.yaml', 'process-review', `${process} }\n`);
      const after = apply(
        text,
        uri,
        actions.find((a) => a.title === 'Waive process-review for 90 days')!,
      );
      expect(after).toBe(
        `${process}, waivers: [{ rule: process-review, reason: say why this gap is accepted, expires: 2027-02-21 }] }\n`,
      );
      const audited = auditTexts({ 'flow-process.yaml': after }, FIXTURE_TODAY);
      expect(audited.waived.map((gap) => gap.rule)).toEqual(['process-review']);
    });

    it('removes its only waiver and leaves the file whole: `waivers: []`', async () => {
      const written = `${process}, waivers: [{ rule: dead-end, reason: Nobody is left at a dead end. }] }\n`;
      const { text, uri, actions } = await fixesFor('flow-process-waived.yaml', 'unused-waiver', written);
      const after = apply(
        text,
        uri,
        actions.find((a) => a.title === 'Remove this waiver (unused-waiver)')!,
      );
      expect(after).toBe(`${process}, waivers: [] }\n`);
    });
  });

  it('takes the "did you mean" of an unknown key and of an unknown reference', async () => {
    const key = await fixesFor('callback-request.yaml', 'invalid-process');
    const next = key.actions.find((a) => a.title === 'Change "nxt" to "next"')!;
    expect(byteDiff(key.text, apply(key.text, key.uri, next))).toEqual({ removed: '', added: 'e' });
    const ref = await fixesFor('warranty-claim-draft.yaml', 'unknown-reference');
    const approve = ref.actions.find((a) => a.title === 'Change "aprove-claim" to "approve-claim"')!;
    const after = apply(ref.text, ref.uri, approve);
    expect(byteDiff(ref.text, after)).toEqual({ removed: '', added: 'p' });
    expect(auditTexts({ 'warranty-claim-draft.yaml': after }, FIXTURE_TODAY).gaps.map((gap) => gap.rule)).not.toContain(
      'unknown-reference',
    );
  });

  it('takes the "did you mean" of an enum value, the first of the problems listed', async () => {
    const typo = readFileSync(path.join(SAMPLES, 'phone-order-intake.yaml'), 'utf8').replaceAll(
      'channel: phone',
      'channel: phnoe',
    );
    const { text, uri, actions } = await fixesFor('unsaved-typo.yaml', 'invalid-process', typo);
    const after = apply(
      text,
      uri,
      actions.find((a) => a.title === 'Change "phnoe" to "phone"')!,
    );
    expect(after.split('channel: phone').length - 1).toBe(1);
    expect(after.split('channel: phnoe').length - 1).toBe(typo.split('channel: phnoe').length - 2);
  });
});
