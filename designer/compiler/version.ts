/** Written into every package; bump it when the emitted package changes (golden files change with it). */
export const COMPILER_VERSION = '0.1.0';
