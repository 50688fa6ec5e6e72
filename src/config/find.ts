/** Where the config of a file is: the nearest `gapcheck.config.yaml` (or `.yml`) in its folder or a folder above. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { CONFIG_FILE_NAMES, toPosix } from '../load/discover.js';

/**
 * Finds configs, looking at each folder once: a run over ten thousand files in a few hundred folders asks the
 * file system about each folder, and each of its ancestors, a single time.
 */
export class ConfigFinder {
  /** Each folder looked at, with the config that applies there (its own or its nearest ancestor's). */
  private readonly nearestByFolder = new Map<string, string | undefined>();

  constructor(private readonly cwd: string) {}

  /** The config in `folder` or its nearest ancestor, or undefined. */
  nearest(folder: string): string | undefined {
    const visited: string[] = [];
    let found: string | undefined;
    for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
      if (this.nearestByFolder.has(dir)) {
        found = this.nearestByFolder.get(dir);
        break;
      }
      visited.push(dir);
      found = this.configIn(dir);
      if (found !== undefined || path.dirname(dir) === dir) break;
    }
    for (const dir of visited) this.nearestByFolder.set(dir, found);
    return found;
  }

  /** The config file of `dir` itself; both spellings at once is a usage error, as two configs for one folder would be. */
  private configIn(dir: string): string | undefined {
    const present = CONFIG_FILE_NAMES.map((name) => path.join(dir, name)).filter((file) => existsSync(file));
    if (present.length > 1) {
      const [yaml, yml] = present.map((file) => toPosix(path.relative(this.cwd, file)) || file);
      throw new UsageError(
        `"${yaml}" and "${yml}" are both configs of one folder, and gapcheck cannot tell which one you mean; keep one of them (merge the other into it)`,
      );
    }
    return present[0];
  }
}
