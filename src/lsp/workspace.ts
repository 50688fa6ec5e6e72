/**
 * One workspace folder as `gapcheck audit` run there sees it: the config of each file (the nearest above it,
 * with the editor's unsaved text of any config), the process files it would audit (read from disk, or from
 * the editor where one is open), and every gap of the open files, found by the audit's own functions. A file
 * is audited again only when its text or what other files tell it (the project rules' findings) changed.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { auditFile, findProjectFindingsEach, identify, type FileOutcome, type RuleCrash } from '../audit/audit.js';
import { ConfigResolver, defaultConfig, type Config } from '../config/config.js';
import { UsageError } from '../errors.js';
import { CONFIG_FILE_NAMES, discoverFiles, toPosix } from '../load/discover.js';
import {
  DEFAULT_LOAD_LIMITS,
  loadProcessBytes,
  loadProcessText,
  readProcessBytes,
  type LoadedFile,
} from '../load/load-file.js';
import type { RuleRegistry } from '../rules/registry.js';
import type { ProcessIdentity } from '../rules/types.js';

/** A process file of the folder, as last read. */
export interface WorkspaceFile {
  readonly absolutePath: string;
  /** The editor's text, for a file open there. */
  readonly text?: string;
  readonly loaded: LoadedFile;
  readonly identities: readonly (ProcessIdentity | null)[];
}

/** What the audit says about one open file. */
export interface FileReport {
  readonly file: WorkspaceFile;
  readonly outcome: FileOutcome;
  /** The rules that threw on this file, and the checks over all the folder's files that threw (then on every open file). */
  readonly crashes: readonly RuleCrash[];
}

/** A config the CLI would refuse: its problems, each at its place in the config file when known. */
export interface ConfigProblem {
  readonly file: string;
  readonly message: string;
}

export class Workspace {
  /** The folder's own config: its `paths`, and the rules completion offers. */
  private config: Config;
  /** Each process file's config, by absolute path; a file missing here (new since the last reload) takes the folder's. */
  private configs = new Map<string, Config>();
  /** Every config file the configs were read from, what they extend among them. */
  private configFiles: ReadonlySet<string> = new Set();
  private configProblem: ConfigProblem | undefined;
  /** Every process file the CLI would audit here, by absolute path. */
  private readonly files = new Map<string, WorkspaceFile>();
  /** The text of each file open in the editor, by absolute path. */
  private readonly open = new Map<string, string>();
  /** Open files edited since they were last read: read when next asked for, so typing never waits for the loader. */
  private readonly edited = new Set<string>();
  /** The last report of each open file, with what it was made from. */
  private readonly reports = new Map<string, { readonly key: string; readonly report: FileReport }>();
  /**
   * How many times the configs were read: part of each report's key, so every file is audited again after a
   * reload, while hover still finds the last report until then (a config edit reloads as its text changes).
   */
  private reloads = 0;
  /** How many reloads were started: only the last one started takes in what it read. */
  private reloadsStarted = 0;

  /** `chosenRules`: the rules the command line chose, which each config of the folder is read against. */
  constructor(
    readonly root: string,
    private readonly today: () => string,
    private readonly chosenRules: RuleRegistry,
  ) {
    this.config = defaultConfig(root, chosenRules);
  }

  /** Reads the configs and the folder's files again: on start, when files change on disk, and when a config is edited. */
  async reload(): Promise<void> {
    const started = ++this.reloadsStarted;
    const resolver = new ConfigResolver(this.root, this.chosenRules, undefined, (file) => this.open.get(file));
    // Read into locals and taken in at once below: an audit between two awaits must not see half the configs (a
    // file whose config is not read yet would be audited with the folder's and published so).
    let config: Config;
    const configs = new Map<string, Config>();
    let problem: ConfigProblem | undefined;
    let found: string[];
    try {
      config = await resolver.workingDirectoryConfig();
      // A config that cannot be read ignores nothing while the folder is walked; its problem is thrown just below.
      const ignores = async (file: string): Promise<boolean> =>
        (await resolver.configFor(file).catch(() => undefined))?.ignores(file) ?? false;
      found = await this.discover(config.paths, ignores);
      for (const file of found) configs.set(file, await resolver.configFor(file));
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      config = defaultConfig(this.root, this.chosenRules);
      configs.clear();
      problem = { file: this.problemFile(error.message), message: error.message };
      found = await this.discover([this.root], async () => false);
    }
    // A reload started since (a config edited again while this one read) reads the newer text: it alone counts.
    if (started !== this.reloadsStarted) return;
    this.config = config;
    this.configs = configs;
    this.configProblem = problem;
    this.configFiles = resolver.configFiles();
    found = found.filter((file) => !this.configFiles.has(file));
    this.files.clear();
    this.edited.clear();
    for (const absolutePath of found) {
      const text = this.open.get(absolutePath);
      this.files.set(absolutePath, text === undefined ? this.readDisk(absolutePath) : this.read(absolutePath, text));
    }
    for (const [absolutePath, text] of this.open)
      if (isNewProcessFile(absolutePath)) this.files.set(absolutePath, this.read(absolutePath, text));
    this.reloads += 1;
  }

  /** The config file's problems, when the CLI would refuse it. */
  get problem(): ConfigProblem | undefined {
    return this.configProblem;
  }

  get configFile(): string | undefined {
    return this.config.file;
  }

  /** Whether a file is one of the configs the folder's files were audited with (or a config by its name): editing it re-reads them. */
  isConfig(absolutePath: string): boolean {
    return this.configFiles.has(absolutePath) || /^gapcheck\.config\.ya?ml$/.test(path.basename(absolutePath));
  }

  /** The rules the folder's config was read against: what its audit runs, completion offers and hover explains. */
  get registry(): RuleRegistry {
    return this.config.registry;
  }

  /** Whether `absolutePath` is under this folder. */
  holds(absolutePath: string): boolean {
    const relative = path.relative(this.root, absolutePath);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  }

  /** The editor's text for a file: audited in place of the disk's when the CLI would audit the file. */
  setText(absolutePath: string, text: string): void {
    this.open.set(absolutePath, text);
    if (this.files.has(absolutePath) || isNewProcessFile(absolutePath)) this.edited.add(absolutePath);
  }

  /** The editor closed the file: the disk's text counts again. */
  close(absolutePath: string): void {
    this.open.delete(absolutePath);
    this.edited.delete(absolutePath);
    this.reports.delete(absolutePath);
    if (!this.files.has(absolutePath)) return;
    if (existsSync(absolutePath)) this.files.set(absolutePath, this.readDisk(absolutePath));
    else this.files.delete(absolutePath);
  }

  file(absolutePath: string): WorkspaceFile | undefined {
    this.readEdited();
    return this.files.get(absolutePath);
  }

  /** What the last audit said of an open file. */
  lastReport(absolutePath: string): FileReport | undefined {
    return this.reports.get(absolutePath)?.report;
  }

  /** Every process file of the folder. */
  allFiles(): IterableIterator<WorkspaceFile> {
    this.readEdited();
    return this.files.values();
  }

  private readEdited(): void {
    for (const absolutePath of this.edited)
      this.files.set(absolutePath, this.read(absolutePath, this.open.get(absolutePath)!));
    this.edited.clear();
  }

  /**
   * The report of each open file the CLI would audit, audited again only where its text or its project
   * findings changed: `changed` lists those.
   */
  audit(): { reports: Map<string, FileReport>; changed: Set<string> } {
    const files = [...this.allFiles()];
    const today = this.today();
    const reports = new Map<string, FileReport>();
    const changed = new Set<string>();
    const project = findProjectFindingsEach(
      files.map((file) => file.identities),
      (index) => this.configOf(files[index]!.absolutePath),
    );
    files.forEach((file, index) => {
      if (!this.open.has(file.absolutePath)) return;
      const findings = project.findings[index]!;
      const key = `${this.reloads}\0${today}\0${file.text}\0${JSON.stringify([findings, project.crashes])}`;
      const kept = this.reports.get(file.absolutePath);
      if (kept?.key === key) {
        reports.set(file.absolutePath, kept.report);
        return;
      }
      const outcome = auditFile(file.loaded, this.configOf(file.absolutePath), today, findings);
      const report: FileReport = { file, outcome, crashes: [...project.crashes, ...(outcome.crashes ?? [])] };
      this.reports.set(file.absolutePath, { key, report });
      reports.set(file.absolutePath, report);
      changed.add(file.absolutePath);
    });
    return { reports, changed };
  }

  private configOf(absolutePath: string): Config {
    return this.configs.get(absolutePath) ?? this.config;
  }

  /** The config file a problem is in: the one its message names (`file:line:column: …`), else the folder's own. */
  private problemFile(message: string): string {
    const named = /^(.+?):\d+:\d+: /.exec(message)?.[1];
    return path.resolve(this.root, named ?? CONFIG_FILE_NAMES[0]);
  }

  /** The files `gapcheck audit` with no path would audit here: the config's paths, else the folder. */
  private async discover(paths: readonly string[], ignores: (file: string) => Promise<boolean>): Promise<string[]> {
    try {
      const { files } = await discoverFiles(paths, { cwd: this.root, ignores });
      return files.map((file) => file.absolutePath);
    } catch (error) {
      if (error instanceof UsageError) return [];
      throw error;
    }
  }

  private read(absolutePath: string, text: string): WorkspaceFile {
    const loaded = loadProcessText(this.displayPath(absolutePath), text, this.configOf(absolutePath).registry.ids);
    return { absolutePath, text, loaded, identities: identify(loaded) };
  }

  /** A file no editor has open, read as the CLI reads it (size limit, encoding). */
  private readDisk(absolutePath: string): WorkspaceFile {
    const shown = this.displayPath(absolutePath);
    const bytes = readProcessBytes(absolutePath, shown, DEFAULT_LOAD_LIMITS);
    const loaded =
      bytes instanceof Uint8Array ? loadProcessBytes(shown, bytes, this.configOf(absolutePath).registry.ids) : bytes;
    return { absolutePath, loaded, identities: identify(loaded) };
  }

  /** How the CLI run in the folder names the file. */
  displayPath(absolutePath: string): string {
    return toPosix(path.relative(this.root, absolutePath));
  }
}

/** A YAML file not yet on disk: audited as the CLI would audit it once saved, unless it is a config. */
function isNewProcessFile(absolutePath: string): boolean {
  const name = path.basename(absolutePath);
  return (
    /\.ya?ml$/.test(name) &&
    !name.startsWith('.') &&
    !/^gapcheck\.config\.ya?ml$/.test(name) &&
    !existsSync(absolutePath)
  );
}
