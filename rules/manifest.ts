import type { Manifest } from '../lib/model/lazy-catalog';

/**
 * The ids, categories and types of every service's duties, known without loading them. Undefined
 * here, so running from source computes it from the services on first use; the build replaces this
 * module with the manifest it computed (scripts/build.ts).
 */
export const MANIFEST: Manifest | undefined = undefined;
