// Types of normalizePackage.js (plain JavaScript so the browser tests can import it without a build).
export function canonicalIds(pkg: unknown): Map<string, string>;
export function normalizePackage<T>(pkg: T): T;
export function packageDifferences(a: unknown, b: unknown, limit?: number): string[];
