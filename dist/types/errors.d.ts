/** Problems that stop a command: a wrong argument, a bad config, a missing path. Exit code 2. */
export declare class UsageError extends Error {
    constructor(message: string);
}
