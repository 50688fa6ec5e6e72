/** gapcheck's own version, from its package.json, and the fingerprint of the code built from it. */
import { existsSync, readFileSync } from 'node:fs';
import { packageFile } from './package-files.js';
/** Shown by `--version` and written into reports. */
export function version() {
    return JSON.parse(readFileSync(packageFile('package.json'), 'utf8')).version;
}
/** Where `npm run build:dist` writes the fingerprint of the code it built (scripts/bundle.mjs). */
export const BUILD_ID_FILE = 'dist/build-id';
/**
 * What tells this gapcheck's code from any other's, for what is kept between runs (the cache):
 * the version, and the fingerprint of the built code, so a copy rebuilt from changed sources
 * under the same version never reuses what its old code found. Unbuilt (from the sources), the version alone.
 */
export function buildId() {
    const fingerprint = packageFile(BUILD_ID_FILE);
    return existsSync(fingerprint) ? `${version()}+${readFileSync(fingerprint, 'utf8').trim()}` : version();
}
//# sourceMappingURL=version.js.map