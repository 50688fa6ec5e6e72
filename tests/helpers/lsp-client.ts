/**
 * A real LSP client (vscode-languageserver-protocol, the library VS Code's client is built on) talking to
 * `node bin/gapcheck.js lsp` over stdio, as an editor does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type Diagnostic,
  type ProtocolConnection,
  type Range,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { BIN } from './run-cli.js';
import { FIXTURE_TODAY } from './audit-text.js';

export class LspClient {
  private readonly diagnostics = new Map<string, { version: number; diagnostics: Diagnostic[] }>();
  private readonly waiting: (() => void)[] = [];
  private readonly versions = new Map<string, number>();
  private published = 0;

  private constructor(
    readonly server: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {
    connection.onNotification(PublishDiagnosticsNotification.type, ({ uri, diagnostics }) => {
      this.diagnostics.set(uri, { version: ++this.published, diagnostics });
      this.waiting.splice(0).forEach((wake) => wake());
    });
  }

  /** Starts the server with these workspace folders, and initializes it (as of FIXTURE_TODAY unless told). */
  static async start(folders: readonly string[], today: string = FIXTURE_TODAY): Promise<LspClient> {
    const server = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(
      new StreamMessageReader(server.stdout!),
      new StreamMessageWriter(server.stdin!),
    );
    connection.listen();
    const client = new LspClient(server, connection);
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true } } },
      workspaceFolders: folders.map((folder) => ({ uri: uriOf(folder), name: folder })),
      initializationOptions: { today },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  async open(file: string, text = readFileSync(file, 'utf8')): Promise<string> {
    const uri = uriOf(file);
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'yaml', version: 1, text },
    });
    return uri;
  }

  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes,
    });
  }

  /** The diagnostics of `uri` once published after `since` (a count of publications, `mark()`) and passing `until`. */
  async diagnosticsOf(
    uri: string,
    until: (diagnostics: Diagnostic[]) => boolean = () => true,
    since = 0,
  ): Promise<Diagnostic[]> {
    for (;;) {
      const got = this.diagnostics.get(uri);
      if (got && got.version > since && until(got.diagnostics)) return got.diagnostics;
      await new Promise<void>((wake) => this.waiting.push(wake));
    }
  }

  /** How many publications so far: `diagnosticsOf(uri, until, client.mark())` waits for a newer one. */
  mark(): number {
    return this.published;
  }

  async stop(): Promise<number | null> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await new Promise<number | null>((resolve) => this.server.once('exit', resolve));
    this.connection.dispose();
    return code;
  }
}

export function uriOf(file: string): string {
  return pathToFileURL(file).href;
}

/** Where the `nth` (0-based) `needle` is written in `text`, one character into it: a cursor on it. */
export function cursorOn(text: string, needle: string, nth = 0): { line: number; character: number } {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = text.indexOf(needle, offset + 1);
  if (offset === -1) throw new Error(`"${needle}" is not written ${nth + 1} times`);
  const before = text.slice(0, offset + 1).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
}

/** The text a range spans. */
export function textIn(text: string, { start, end }: Range): string {
  const lines = text.split('\n');
  if (start.line === end.line) return lines[start.line]!.slice(start.character, end.character);
  return [
    lines[start.line]!.slice(start.character),
    ...lines.slice(start.line + 1, end.line),
    lines[end.line]!.slice(0, end.character),
  ].join('\n');
}

/** A cursor on what follows the first `before` written in `text` (`cursorAfter(text, 'next: ')`). */
export function cursorAfter(text: string, before: string): { line: number; character: number } {
  const { line, character } = cursorOn(text, before);
  return { line, character: character - 1 + before.length };
}
