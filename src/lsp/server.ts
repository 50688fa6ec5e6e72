/**
 * `gapcheck lsp`: a Language Server Protocol server over stdio (docs/editors.md). It audits the open process
 * files of each workspace folder as `gapcheck audit` run in that folder would, as they are typed, and offers
 * navigation, completion, hover and quick fixes on them.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  DiagnosticSeverity,
  ErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type Location,
  type Range,
  type TextDocumentPositionParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { sortGaps } from '../audit/audit.js';
import type { RuleRegistry } from '../rules/registry.js';
import { isValidDate, todayUtc } from '../model/time.js';
import { version } from '../version.js';
import { SOURCE, crashDiagnostic, gapDiagnostics, rangeOf } from './diagnostics.js';
import { SELECT_COMMAND, codeActions } from './code-actions.js';
import { complete } from './completion.js';
import { hover } from './hover.js';
import { definitionsOf, documentSymbols, namesOf, renameProblem, type Located } from './navigation.js';
import { occurrenceAt, occurrencesIn, type Occurrence } from './symbols.js';
import { Workspace, type ConfigProblem, type WorkspaceFile } from './workspace.js';

/**
 * Changes that come within this long of the one before are a burst (typing, a paste, a rename), audited once
 * they stop for this long; a change after such a pause is audited at once.
 */
export const DEBOUNCE_MS = 30;

/** What a client may pass in `initializationOptions`. */
interface InitializationOptions {
  /** Audit as of this date (YYYY-MM-DD), as `gapcheck audit --today`. */
  readonly today?: string;
}

/** Serves one client on stdin and stdout until it exits. `registry`: the rules each folder's config is read against. */
export function runLanguageServer(registry: RuleRegistry): void {
  const connection = createConnection(process.stdin, process.stdout);
  new GapcheckServer(connection, registry).listen();
}

class GapcheckServer {
  private readonly documents = new TextDocuments(TextDocument);
  private workspaces: Workspace[] = [];
  /** Folders made for files outside every workspace folder: their own folder. */
  private readonly looseFolders = new Map<string, Workspace>();
  private today: () => string = todayUtc;
  /** Whether the client watches files for us, so files created, changed or deleted on disk re-read the folder. */
  private watchFiles = false;
  private readonly pending = new Set<Workspace>();
  /** The audit waiting for a burst of changes to stop. */
  private debounced: NodeJS.Timeout | undefined;
  /** The audit of a change that came after a pause, waiting for the messages already received to be taken in. */
  private idle: NodeJS.Immediate | undefined;
  /** When the last change was taken in (performance.now()), and how many have been. */
  private changedAt = -Infinity;
  private changes = 0;
  /** The config files diagnostics were last published for, so fixed ones are cleared. */
  private readonly configsWithProblems = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly registry: RuleRegistry,
  ) {}

  listen(): void {
    const { connection, documents } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => {
      if (this.watchFiles)
        void connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/*.{yaml,yml}' }],
        });
      void this.reloadAll();
    });
    connection.onDidChangeWatchedFiles(() => this.reloadAll());
    documents.onDidOpen(({ document }) => this.edited(document));
    documents.onDidChangeContent(({ document }) => this.edited(document));
    documents.onDidSave(({ document }) => {
      if (this.workspaceOf(pathOf(document.uri)).isConfig(pathOf(document.uri))) void this.reloadAll();
    });
    documents.onDidClose(({ document }) => {
      const file = pathOf(document.uri);
      this.workspaceOf(file).close(file);
      // The disk's text of a config counts again: what its files are audited with may change back.
      if (this.workspaceOf(file).isConfig(file)) void this.reloadAll();
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      this.schedule(this.workspaceOf(file));
    });
    connection.onDefinition((params) => {
      const here = this.nameAt(params);
      return here
        ? definitionsOf(here.occurrence, here.file, here.workspace.allFiles()).map((found) => this.location(found))
        : null;
    });
    connection.onReferences((params) => {
      const here = this.nameAt(params);
      if (!here) return null;
      const found = namesOf(here.occurrence, here.file, here.workspace.allFiles());
      return found
        .filter(({ occurrence }) => params.context.includeDeclaration || !occurrence.definition)
        .map((one) => this.location(one));
    });
    connection.onPrepareRename((params) => {
      const here = this.nameAt(params);
      return here ? rangeOf(here.occurrence.at) : null;
    });
    connection.onRenameRequest((params) => {
      const here = this.nameAt(params);
      if (!here) return null;
      const problem = renameProblem(here.occurrence, params.newName, here.workspace.allFiles());
      if (problem) throw new ResponseError(ErrorCodes.InvalidParams, problem);
      return this.edits(
        namesOf(here.occurrence, here.file, here.workspace.allFiles()).map((found) => ({
          found,
          newText: params.newName,
        })),
      );
    });
    connection.onCompletion(({ textDocument, position }) => {
      const document = documents.get(textDocument.uri);
      if (!document) return null;
      const workspace = this.workspaceOf(pathOf(textDocument.uri));
      const processIds = () =>
        [...workspace.allFiles()].flatMap((file) =>
          file.identities.flatMap((identity) => (identity ? [identity.id] : [])),
        );
      return complete({
        text: document.getText(),
        ...position,
        isConfig: isConfigFile(pathOf(textDocument.uri)),
        processIds,
        ruleIds: workspace.registry.ids,
      });
    });
    connection.onHover((params) => {
      const found = this.fileOf(params.textDocument.uri);
      if (!found) return null;
      const point = { line: params.position.line + 1, column: params.position.character + 1 };
      const report = found.workspace.lastReport(found.file.absolutePath);
      return hover(
        occurrenceAt(occurrencesIn(found.file.loaded), point),
        report?.outcome.gaps ?? [],
        point,
        found.workspace.registry,
      );
    });
    connection.onCodeAction(({ textDocument, context }) => {
      const document = documents.get(textDocument.uri);
      return document ? codeActions(document, context.diagnostics, this.today()) : null;
    });
    connection.onExecuteCommand(async ({ command, arguments: [uri, selection] = [] }) => {
      if (command === SELECT_COMMAND)
        await connection.window.showDocument({ uri: uri as string, selection: selection as Range, takeFocus: true });
    });
    connection.onDocumentSymbol(({ textDocument }) => {
      const file = this.fileOf(textDocument.uri);
      return file ? documentSymbols(file.file.loaded) : null;
    });
    documents.listen(connection);
    connection.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    if (options.today !== undefined) {
      if (!isValidDate(options.today))
        throw new Error(`initializationOptions.today "${options.today}" is not a date like 2026-11-23`);
      const today = options.today;
      this.today = () => today;
    }
    this.watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const folders =
      params.workspaceFolders?.map((folder) => pathOf(folder.uri)) ?? (params.rootUri ? [pathOf(params.rootUri)] : []);
    this.workspaces = folders.map((folder) => new Workspace(folder, () => this.today(), this.registry));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: true },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        completionProvider: { triggerCharacters: [' ', '[', ',', '-'] },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        executeCommandProvider: { commands: [SELECT_COMMAND] },
      },
      serverInfo: { name: 'gapcheck', version: version() },
    };
  }

  private async reloadAll(): Promise<void> {
    const all = [...this.workspaces, ...this.looseFolders.values()];
    await Promise.all(all.map((workspace) => workspace.reload()));
    all.forEach((workspace) => this.schedule(workspace));
  }

  private edited(document: TextDocument): void {
    const file = pathOf(document.uri);
    const workspace = this.workspaceOf(file);
    workspace.setText(file, document.getText());
    // A config's unsaved text applies at once (as a process file's does): every file it affects is audited again.
    if (workspace.isConfig(file)) void this.reloadAll();
    else this.schedule(workspace);
  }

  /** The workspace folder holding a file (the innermost), else the file's own folder. */
  private workspaceOf(file: string): Workspace {
    const holding = this.workspaces
      .filter((workspace) => workspace.holds(file))
      .sort((a, b) => b.root.length - a.root.length)[0];
    if (holding) return holding;
    const folder = path.dirname(file);
    let loose = this.looseFolders.get(folder);
    if (!loose) {
      loose = new Workspace(folder, () => this.today(), this.registry);
      this.looseFolders.set(folder, loose);
      void loose.reload().then(() => this.schedule(loose!));
    }
    return loose;
  }

  /**
   * Audits `workspace` soon: a change after a pause at once (the debounce adds nothing to it), the changes of a
   * burst once they stop coming for DEBOUNCE_MS.
   */
  private schedule(workspace: Workspace): void {
    this.pending.add(workspace);
    const now = performance.now();
    const afterPause = now - this.changedAt >= DEBOUNCE_MS;
    this.changedAt = now;
    this.changes++;
    if (this.idle) return;
    if (afterPause && this.debounced === undefined) return this.auditWhenIdle();
    clearTimeout(this.debounced);
    this.debounced = setTimeout(() => this.publish(), DEBOUNCE_MS);
  }

  /**
   * Audits once the messages already received are taken in, so that changes which queued up while the server
   * was busy are audited together: vscode-jsonrpc takes in one message per turn of the event loop, so this waits
   * for a whole turn in which no change came.
   */
  private auditWhenIdle(): void {
    const seen = this.changes;
    this.idle = setImmediate(() => {
      this.idle = setImmediate(() => (this.changes === seen ? this.publish() : this.auditWhenIdle()));
    });
  }

  /** Audits the workspaces changed since the last time, and publishes the diagnostics that changed. */
  private publish(): void {
    clearTimeout(this.debounced);
    this.debounced = undefined;
    this.idle = undefined;
    const workspaces = [...this.pending];
    this.pending.clear();
    for (const workspace of workspaces) {
      this.publishConfigProblem(workspace);
      const { reports, changed } = workspace.audit();
      for (const file of changed) {
        const report = reports.get(file)!;
        const uri = this.uriOf(file);
        const gaps = gapDiagnostics(sortGaps([...report.outcome.gaps]), report.file.loaded, uri);
        const diagnostics = [...report.crashes.map(crashDiagnostic), ...gaps];
        void this.connection.sendDiagnostics({ uri, diagnostics });
      }
    }
  }

  private publishConfigProblem(workspace: Workspace): void {
    const problem = workspace.problem;
    const file = problem?.file ?? workspace.configFile;
    if (file === undefined || (!problem && !this.configsWithProblems.has(file))) return;
    if (problem) this.configsWithProblems.add(file);
    else this.configsWithProblems.delete(file);
    void this.connection.sendDiagnostics({
      uri: this.uriOf(file),
      diagnostics: problem ? configDiagnostics(problem) : [],
    });
  }

  /** The process file a URI names, as the workspace last read it. */
  private fileOf(uri: string): { workspace: Workspace; file: WorkspaceFile } | undefined {
    const workspace = this.workspaceOf(pathOf(uri));
    const file = workspace.file(pathOf(uri));
    return file ? { workspace, file } : undefined;
  }

  /** The step, role or process id under the cursor. */
  private nameAt({
    textDocument,
    position,
  }: TextDocumentPositionParams): { workspace: Workspace; file: WorkspaceFile; occurrence: Occurrence } | undefined {
    const found = this.fileOf(textDocument.uri);
    const occurrence =
      found &&
      occurrenceAt(occurrencesIn(found.file.loaded), { line: position.line + 1, column: position.character + 1 });
    return occurrence ? { ...found!, occurrence } : undefined;
  }

  private location({ file, occurrence }: Located): Location {
    return { uri: this.uriOf(file.absolutePath), range: rangeOf(occurrence.at) };
  }

  /** Edits as one workspace edit, grouped by file. */
  private edits(edits: readonly { found: Located; newText: string }[]): WorkspaceEdit {
    const changes: Record<string, TextEdit[]> = {};
    for (const { found, newText } of edits)
      (changes[this.uriOf(found.file.absolutePath)] ??= []).push({ range: rangeOf(found.occurrence.at), newText });
    return { changes };
  }

  /** The URI the client names a file by, when it has it open; else the file's own. */
  private uriOf(file: string): string {
    return this.documents.all().find((document) => pathOf(document.uri) === file)?.uri ?? pathToFileURL(file).href;
  }
}

/** Each problem of a config the CLI refuses, at its `file:line:column` (the CLI's message), else at the top. */
function configDiagnostics(problem: ConfigProblem): Diagnostic[] {
  return problem.message.split('\n').map((line) => {
    const located = /^.*?:(\d+):(\d+): (.*)$/.exec(line);
    const at = located ? { line: Number(located[1]), column: Number(located[2]) } : { line: 1, column: 1 };
    return {
      range: rangeOf(at),
      severity: DiagnosticSeverity.Error,
      source: SOURCE,
      message: located ? located[3]! : line,
    };
  });
}

function pathOf(uri: string): string {
  return fileURLToPath(uri);
}

function isConfigFile(file: string): boolean {
  return /^gapcheck\.config\.ya?ml$/.test(path.basename(file));
}
