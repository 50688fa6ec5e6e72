/** A file of the package, by its path from the package root, like `schemas/process.schema.json`. */
export declare function packageFile(relativePath: string): URL;
/** Whether this code runs from the TypeScript sources (under the test runner), not from a build. */
export declare const RUNNING_FROM_SOURCES: boolean;
