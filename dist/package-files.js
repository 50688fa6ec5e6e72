/**
 * Files gapcheck ships beside its code (package.json, the schemas, the precompiled
 * validators), found from the package root: the same whether the code runs from
 * src/ (the tests), from dist/ or from the start-up bundle in dist/bundle/.
 */
import { existsSync } from 'node:fs';
const ROOT = packageRoot(new URL('.', import.meta.url));
/** A file of the package, by its path from the package root, like `schemas/process.schema.json`. */
export function packageFile(relativePath) {
    return new URL(relativePath, ROOT);
}
/** Whether this code runs from the TypeScript sources (under the test runner), not from a build. */
export const RUNNING_FROM_SOURCES = import.meta.url.endsWith('.ts');
function packageRoot(start) {
    for (let folder = start;; folder = new URL('..', folder)) {
        if (existsSync(new URL('package.json', folder)))
            return folder;
        if (folder.pathname === '/')
            throw new Error(`gapcheck cannot find its package.json above ${start.pathname}`);
    }
}
//# sourceMappingURL=package-files.js.map