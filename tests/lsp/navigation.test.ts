/** Go to definition, references, rename and the outline, asked by a real LSP client of `gapcheck lsp`. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DefinitionRequest,
  DocumentSymbolRequest,
  ReferencesRequest,
  RenameRequest,
  type DocumentSymbol,
  type Location,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { LspClient, cursorAfter, cursorOn, textIn, uriOf } from '../helpers/lsp-client.js';

const SAMPLES = path.resolve('sample-processes');
const PHONE = path.join(SAMPLES, 'phone-order-intake.yaml');
const TEXT = readFileSync(PHONE, 'utf8');

describe('gapcheck lsp navigation', () => {
  let client: LspClient;
  let uri: string;
  beforeAll(async () => {
    client = await LspClient.start([SAMPLES]);
    uri = await client.open(PHONE);
    await client.diagnosticsOf(uri);
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
  });

  type Cursor = { line: number; character: number };
  const definition = async (position: Cursor): Promise<Location[]> =>
    (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position })) as Location[];
  const rename = (position: Cursor, newName: string): Promise<WorkspaceEdit | null> =>
    client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName });
  const onEmergencies = cursorAfter(TEXT, 'emergencies: ');

  it('goes from next, start, actor and owner to the step or role', async () => {
    const [toStep] = await definition(cursorAfter(TEXT, 'next: '));
    expect(toStep!.uri).toBe(uri);
    expect(toStep!.range.start.line).toBe(cursorOn(TEXT, '  enter-order:').line);
    const [fromStart] = await definition(cursorAfter(TEXT, 'start: '));
    expect(fromStart!.range.start.line).toBe(cursorOn(TEXT, '  receive-call:').line);
    const [role] = await definition(cursorAfter(TEXT, 'actor: '));
    expect(textIn(TEXT, role!.range)).toBe('sales-rep');
    expect(role!.range.start.line).toBe(cursorOn(TEXT, '  sales-rep:').line);
    const [owner] = await definition(cursorAfter(TEXT, 'owner: '));
    expect(owner!.range.start.line).toBe(cursorOn(TEXT, '  sales-lead:').line);
  });

  it("goes from fulfils, verifies, a next's to and an escalation's to to the step or role", async () => {
    const repair = path.resolve('tests/rules/follow-through/pass/other-role-follows-up-owner-verifies.yaml');
    const escalation = path.join(SAMPLES, 'corporate-escalation.yaml');
    const texts = { [repair]: readFileSync(repair, 'utf8'), [escalation]: readFileSync(escalation, 'utf8') };
    const targets = async (file: string, before: string): Promise<{ name: string; line: number }[]> => {
      const opened = await client.open(file);
      await client.diagnosticsOf(opened);
      const found = (await client.connection.sendRequest(DefinitionRequest.type, {
        textDocument: { uri: opened },
        position: cursorAfter(texts[file]!, before),
      })) as Location[];
      return found.map(({ uri: at, range }) => {
        expect(at).toBe(opened);
        return { name: textIn(texts[file]!, range), line: range.start.line };
      });
    };
    const definedAt = (file: string, id: string) => ({ name: id, line: cursorOn(texts[file]!, `  ${id}:`).line });
    expect(await targets(repair, 'fulfils: ')).toEqual([definedAt(repair, 'promise-visit')]);
    expect(await targets(repair, 'verifies: ')).toEqual([definedAt(repair, 'promise-visit')]);
    expect(await targets(repair, '- to: ')).toEqual([definedAt(repair, 'visit')]);
    expect(await targets(escalation, '    to: ')).toEqual([definedAt(escalation, 'account-manager')]);
  });

  it('goes from emergencies to the process in another file', async () => {
    const [process] = await definition(onEmergencies);
    const target = path.join(SAMPLES, 'site-safety.yaml');
    expect(process!.uri).toBe(uriOf(target));
    expect(textIn(readFileSync(target, 'utf8'), process!.range)).toBe('site-safety');
  });

  it('finds every reference of a step, with or without its definition', async () => {
    const position = cursorOn(TEXT, 'enter-order');
    const all = await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri },
      position,
      context: { includeDeclaration: true },
    });
    const uses = await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri },
      position,
      context: { includeDeclaration: false },
    });
    expect(all!.map((location) => textIn(TEXT, location.range))).toEqual(
      Array(TEXT.split('enter-order').length - 1).fill('enter-order'),
    );
    expect(uses!.length).toBe(all!.length - 1);
  });

  it('renames a step everywhere in its file', async () => {
    const edit = await rename(cursorOn(TEXT, 'enter-order'), 'take-order');
    const edits = edit!.changes![uri]!;
    expect(Object.keys(edit!.changes!)).toEqual([uri]);
    expect(edits.map((e) => [textIn(TEXT, e.range), e.newText])).toEqual(
      Array(TEXT.split('enter-order').length - 1).fill(['enter-order', 'take-order']),
    );
  });

  it('renames a role everywhere in its file: its key and every actor naming it', async () => {
    const edit = await rename(cursorAfter(TEXT, 'actor: '), 'order-taker');
    expect(Object.keys(edit!.changes!)).toEqual([uri]);
    expect(edit!.changes![uri]!.map((e) => [e.range.start.line, textIn(TEXT, e.range), e.newText])).toEqual(
      TEXT.split('\n').flatMap((line, index) =>
        /^ {2}sales-rep:|actor: sales-rep$/.test(line) ? [[index, 'sales-rep', 'order-taker']] : [],
      ),
    );
  });

  it('renames a process across files: its id and every emergencies naming it', async () => {
    const edit = await rename(onEmergencies, 'safety-line');
    const files = Object.keys(edit!.changes!)
      .map((changed) => path.basename(new URL(changed).pathname))
      .sort();
    expect(files).toContain('site-safety.yaml');
    expect(files).toContain('phone-order-intake.yaml');
    expect(files.length).toBeGreaterThan(4);
    for (const [changed, edits] of Object.entries(edit!.changes!)) {
      const text = readFileSync(new URL(changed), 'utf8');
      expect(edits.every((e) => textIn(text, e.range) === 'site-safety' && e.newText === 'safety-line')).toBe(true);
    }
  });

  it('refuses a name that is taken or invalid, saying why', async () => {
    await expect(rename(cursorOn(TEXT, 'enter-order'), 'confirm-order')).rejects.toThrow(
      '"confirm-order" is already a step of process "phone-order-intake"',
    );
    await expect(rename(cursorAfter(TEXT, 'actor: '), 'customer')).rejects.toThrow('"customer" is already a role');
    await expect(rename(cursorOn(TEXT, 'enter-order'), 'Take Order')).rejects.toThrow(
      '"Take Order" must use lowercase letters, digits and dashes, like take-order',
    );
    await expect(rename(onEmergencies, 'returns-desk')).rejects.toThrow('"returns-desk" is already a process');
  });

  it('outlines the process: its roles, then its steps', async () => {
    const [process] = (await client.connection.sendRequest(DocumentSymbolRequest.type, {
      textDocument: { uri },
    })) as DocumentSymbol[];
    expect(process!.name).toBe('phone-order-intake');
    expect(process!.children!.map((child) => child.name)).toEqual(
      ['sales-rep', 'sales-lead', 'receive-call', 'enter-order', 'confirm-order', 'ship', 'done'].filter((id) =>
        TEXT.includes(`  ${id}:`),
      ),
    );
  });
});
