/**
 * Version of the whole pipeline's output. Part of every cache key: bump it whenever extraction,
 * summary or facts change what they return, so a changed algorithm never serves stale results.
 */
export const ALGORITHM_VERSION = "10";
