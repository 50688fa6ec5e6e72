/** Completion and hover, asked by a real LSP client of `gapcheck lsp`. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CompletionRequest,
  HoverRequest,
  type CompletionItem,
  type MarkupContent,
} from 'vscode-languageserver-protocol';
import { CHANNELS, STEP_TYPES } from '../../src/model/process.js';
import { BUILT_IN_RULES } from '../../src/rules/index.js';
import { LspClient, cursorAfter, cursorOn } from '../helpers/lsp-client.js';

const SAMPLES = path.resolve('sample-processes');
const DESK = path.join(SAMPLES, 'returns-desk.yaml');
const DESK_TEXT = readFileSync(DESK, 'utf8');
const RULE_IDS = BUILT_IN_RULES.ids;

describe('gapcheck lsp completion and hover', () => {
  let client: LspClient;
  let desk: string;
  beforeAll(async () => {
    client = await LspClient.start([SAMPLES]);
    desk = await client.open(DESK);
    await client.diagnosticsOf(desk);
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
  });

  const labels = async (uri: string, position: { line: number; character: number }): Promise<string[]> =>
    (
      (await client.connection.sendRequest(CompletionRequest.type, {
        textDocument: { uri },
        position,
      })) as CompletionItem[]
    ).map((item) => item.label);

  it('offers the step ids where a step is expected', async () => {
    const steps = [...DESK_TEXT.matchAll(/^ {2}([a-z0-9-]+):$/gm)]
      .map((match) => match[1])
      .filter((id) => DESK_TEXT.indexOf(`  ${id}:`) > DESK_TEXT.indexOf('steps:'));
    expect(await labels(desk, cursorAfter(DESK_TEXT, 'next: '))).toEqual(steps);
    expect(await labels(desk, cursorAfter(DESK_TEXT, 'start: '))).toEqual(steps);
  });

  it('offers the role ids, and the built-in actors, where a role is expected', async () => {
    const offered = await labels(desk, cursorAfter(DESK_TEXT, 'actor: '));
    expect(offered).toContain('desk-clerk');
    expect(offered.slice(-2)).toEqual(['system', 'customer']);
  });

  it("offers an enum's values", async () => {
    expect(await labels(desk, cursorAfter(DESK_TEXT, 'type: '))).toEqual([...STEP_TYPES]);
    expect(await labels(desk, cursorAfter(DESK_TEXT, 'channel: '))).toEqual([...CHANNELS]);
  });

  it('offers the rule ids in a waiver and in a config, and the process ids for emergencies', async () => {
    const file = path.join(SAMPLES, 'corporate-escalation.yaml');
    const text = readFileSync(file, 'utf8');
    const uri = await client.open(file);
    expect(await labels(uri, cursorAfter(text, '  - rule: '))).toEqual(RULE_IDS);
    expect(await labels(uri, cursorAfter(text, 'emergencies: '))).toContain('site-safety');
    const config = await client.open(path.join(SAMPLES, 'gapcheck.config.yaml'), 'extends: recommended\nrules:\n  \n');
    expect(await labels(config, { line: 2, character: 2 })).toEqual(RULE_IDS);
    expect(await labels(config, { line: 0, character: 9 })).toEqual(['recommended', 'strict', 'none']);
  });

  it('says on a step what it is and the gaps there, and over a gap why its rule matters and how to close it', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: desk },
      position: cursorOn(DESK_TEXT, 'receive-return:'),
    });
    const text = (hover!.contents as MarkupContent).value;
    expect(text).toMatch(
      /^\*\*receive-return\*\*: Customer brings an item back\n\ntype `intake`, actor `desk-clerk`, takes 2m/,
    );
    expect(text).toContain('Gaps at this step:\n- medium `remedy-path`:');
    expect(text).toContain(`**remedy-path**: ${BUILT_IN_RULES.get('remedy-path')!.meta.summary}`);
    // This gap's own fix, not the rule's general one.
    expect(text).toContain(
      '*Fix:* Put a `resolve`, or a `deny` with `because` safety, legal or security, on every way to an end',
    );
    expect(text).not.toContain(`*Fix:* ${BUILT_IN_RULES.get('remedy-path')!.meta.fix}`);
  });

  it("over a gap whose finding gives no fix of its own, says the rule's", async () => {
    const file = path.join(SAMPLES, 'corporate-escalation.yaml');
    const text = readFileSync(file, 'utf8');
    const uri = await client.open(file);
    await client.diagnosticsOf(uri);
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: cursorOn(text, 'receive-call:'),
    });
    expect((hover!.contents as MarkupContent).value).toContain(
      `**cascade**: ${BUILT_IN_RULES.get('cascade')!.meta.summary}`,
    );
    expect((hover!.contents as MarkupContent).value).toContain(`*Fix:* ${BUILT_IN_RULES.get('cascade')!.meta.fix}`);
  });
});
