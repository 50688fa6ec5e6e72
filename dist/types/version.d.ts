/** Shown by `--version` and written into reports. */
export declare function version(): string;
/** Where `npm run build:dist` writes the fingerprint of the code it built (scripts/bundle.mjs). */
export declare const BUILD_ID_FILE = "dist/build-id";
/**
 * What tells this gapcheck's code from any other's, for what is kept between runs (the cache):
 * the version, and the fingerprint of the built code, so a copy rebuilt from changed sources
 * under the same version never reuses what its old code found. Unbuilt (from the sources), the version alone.
 */
export declare function buildId(): string;
