/** Problems that stop a command: a wrong argument, a bad config, a missing path. Exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
