export interface FoundFile {
    readonly absolutePath: string;
    /** Relative to the working directory, `/` separators: how reports name the file. */
    readonly path: string;
}
export interface Discovery {
    /** Sorted by path. */
    readonly files: readonly FoundFile[];
    /** Folders that could not be read, so their files were not audited. */
    readonly unreadableFolders: readonly FoundFile[];
    /** Files named directly that their config's `ignore` matches: skipped, not an error (a pre-commit hook names them). */
    readonly ignoredFiles: readonly FoundFile[];
}
export interface DiscoverOptions {
    readonly cwd: string;
    /** Whether the config of a file (absolute) ignores it: each file's config may be another (README, Configuration). */
    readonly ignores: (file: string) => Promise<boolean>;
}
/** The names a config file may have (README, Configuration), in the order a folder's config is looked for. */
export declare const CONFIG_FILE_NAMES: readonly ["gapcheck.config.yaml", "gapcheck.config.yml"];
/**
 * Every `*.yaml`/`*.yml` under each folder and every file named (docs/format.md). While walking, names starting
 * with `.` (files and folders), `node_modules` and configs are skipped, and symbolic links are not followed:
 * no loops, and nothing outside the tree is read. A file named directly is audited whatever its name, unless
 * the config ignores it.
 */
export declare function discoverFiles(paths: readonly string[], options: DiscoverOptions): Promise<Discovery>;
/** Refuses, as a usage error, a path named as one process file that is missing, a folder, a named pipe or a device. */
export declare function checkNamedFile(absolute: string, given: string): Promise<void>;
export declare function toPosix(filePath: string): string;
