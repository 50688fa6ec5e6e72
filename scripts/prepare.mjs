/**
 * npm's `prepare`: `npm ci` in a clone rebuilds dist/ from src/ (the same files as the committed ones, which
 * a test checks). Where the build tools are not installed (npm installing gapcheck from git or a tarball
 * with its runtime dependencies only), the committed build is used as it is, and nothing fails.
 */
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const BUILD_TOOLS = ['typescript/package.json', 'esbuild/package.json', '@types/node/package.json'];

function installed(name) {
  try {
    require.resolve(name);
    return true;
  } catch {
    return false;
  }
}

if (BUILD_TOOLS.every(installed)) {
  execSync('npm run build:dist', { stdio: 'inherit' });
} else {
  process.stdout.write('gapcheck: the build tools are not installed here, so the committed build in dist/ is used\n');
}
