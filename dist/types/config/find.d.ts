/**
 * Finds configs, looking at each folder once: a run over ten thousand files in a few hundred folders asks the
 * file system about each folder, and each of its ancestors, a single time.
 */
export declare class ConfigFinder {
    private readonly cwd;
    /** Each folder looked at, with the config that applies there (its own or its nearest ancestor's). */
    private readonly nearestByFolder;
    constructor(cwd: string);
    /** The config in `folder` or its nearest ancestor, or undefined. */
    nearest(folder: string): string | undefined;
    /** The config file of `dir` itself; both spellings at once is a usage error, as two configs for one folder would be. */
    private configIn;
}
