/** gapcheck's own version, from its package.json: shown by `--version` and written into reports. */
import { readFileSync } from 'node:fs';
import { packageFile } from './package-files.js';

export function version(): string {
  return (JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string }).version;
}
