/** gapcheck's own version, from its package.json: shown by `--version` and written into reports. */
import { createRequire } from 'node:module';

export function version(): string {
  return (createRequire(import.meta.url)('../package.json') as { version: string }).version;
}
