import { describe, expect, it } from 'vitest';
import { onDemand } from './onDemand.ts';

describe('onDemand', () => {
  it('shares one download between callers and then has the module at hand', async () => {
    let downloads = 0;
    const chunk = onDemand(async () => ({ n: ++downloads }));
    expect(chunk.current).toBeUndefined();
    const [a, b] = await Promise.all([chunk.load(), chunk.load()]);
    expect(a).toBe(b);
    expect(downloads).toBe(1);
    expect(chunk.current).toBe(a);
    expect(await chunk.load()).toBe(a);
  });

  it('tries again after a failed download instead of remembering the failure', async () => {
    let attempt = 0;
    const loaded: unknown[] = [];
    const chunk = onDemand(
      async () => {
        attempt += 1;
        if (attempt === 1) throw new Error('offline');
        return { attempt };
      },
      (module) => loaded.push(module),
    );
    await expect(chunk.load()).rejects.toThrow('offline');
    expect(chunk.current).toBeUndefined();
    expect(await chunk.load()).toEqual({ attempt: 2 });
    expect(loaded).toEqual([{ attempt: 2 }]);
  });
});
