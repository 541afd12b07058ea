import { afterEach, describe, expect, it, vi } from 'vitest';
import { createServiceForm } from '../engine/index.ts';
import { memoryStorage, passportPackage } from '../engine/testing/fixtures.ts';
import { createIdleSaveScheduler } from './saveScheduler.ts';

describe('autosave off the typing path', () => {
  afterEach(() => vi.useRealTimers());

  it('saves once, with the latest answers, after the delay however many keys were typed', () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    const { saves } = storage;
    const scheduler = createIdleSaveScheduler(500);
    const form = createServiceForm(passportPackage(), { storage, scheduleSave: scheduler.schedule });
    form.setValue('age', 'adult');
    for (const name of ['张', '张三', '张三丰']) form.setValue('name', name);
    expect(saves).toHaveLength(0);
    vi.advanceTimersByTime(499);
    expect(saves).toHaveLength(0);
    vi.advanceTimersByTime(1);
    vi.runAllTimers();
    expect(saves).toHaveLength(1);
    expect(JSON.parse(saves[0]!).data).toMatchObject({ applicant: { name: '张三丰' } });
  });

  it('saves at once when the page is left, and not again afterwards', () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    const { saves } = storage;
    const scheduler = createIdleSaveScheduler(500);
    const form = createServiceForm(passportPackage(), { storage, scheduleSave: scheduler.schedule });
    form.setValue('age', 'adult');
    form.setValue('name', '李四');
    window.dispatchEvent(new Event('pagehide'));
    expect(saves).toHaveLength(1);
    vi.runAllTimers();
    expect(saves).toHaveLength(1);
  });
});
