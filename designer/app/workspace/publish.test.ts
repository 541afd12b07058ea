import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ServiceDefinition, StepNode } from '../../../schemas/index.ts';
import { createMemoryChannelHub } from './channel.ts';
import { previewPublish, publishVersion, refusalMessage } from './publish.ts';
import { createMemoryStorage } from './storage.ts';
import { createWorkspace } from './workspace.ts';

const id = 'gd-pension-enrolment';
const example = JSON.parse(readFileSync(new URL(`../../../examples/${id}/${id}.service.json`, import.meta.url), 'utf8')) as ServiceDefinition;

function withEmail(definition: ServiceDefinition): ServiceDefinition {
  const copy = structuredClone(definition);
  (copy.flow.nodes.find((n) => n.id === 'n_form') as StepNode).fields.push({ id: 'f_email', key: 'email', type: 'email', label: { 'zh-CN': '电子邮箱' } });
  return copy;
}

describe('publishing', () => {
  it('stores an immutable version whose package lists the changes since the previous one', async () => {
    const storage = createMemoryStorage();
    // given 1.0.0 published
    const first = await publishVersion(storage, example, '1.0.0', 1);
    expect(first).toMatchObject({ ok: true, already: false });
    // when a field is added, the preview suggests a minor version, and 1.1.0 is published
    const preview = previewPublish(withEmail(example), await storage.listPublished(id));
    expect(preview.latest?.version).toBe('1.0.0');
    expect(preview.suggestion).toBe('minor');
    const second = await publishVersion(storage, withEmail(example), '1.1.0', 2);
    // then its package follows 1.0.0 and says what was added
    expect(second.ok && second.record.package.previous).toMatchObject({ version: '1.0.0', hash: first.ok ? first.record.hash : '' });
    expect(second.ok && second.record.package.previous?.changes.map((c) => `${c.change} ${c.id}`)).toEqual(['added f_email']);
    expect((await storage.listPublished(id)).map((r) => r.version)).toEqual(['1.0.0', '1.1.0']);
  });

  it('refuses to publish a version number again with other content, and accepts the same content as already done', async () => {
    const storage = createMemoryStorage();
    await publishVersion(storage, example, '1.0.0', 1);
    expect(await publishVersion(storage, example, '1.0.0', 2)).toMatchObject({ ok: true, already: true });
    const refused = await publishVersion(storage, withEmail(example), '1.0.0', 3);
    expect(refused).toEqual({ ok: false, refusal: { code: 'version-taken', version: '1.0.0' } });
    expect(refusalMessage(refused.ok ? { code: 'storage', detail: '' } : refused.refusal)['zh-CN']).toContain('已发布的版本不可更改');
    // and the stored 1.0.0 is still the original
    const [stored] = await storage.listPublished(id);
    expect(stored?.definition).toEqual(example);
  });

  it('refuses a version below the latest, an invalid number, and a definition with compile errors', async () => {
    const storage = createMemoryStorage();
    await publishVersion(storage, example, '1.2.0', 1);
    expect(await publishVersion(storage, withEmail(example), '1.1.9', 2)).toMatchObject({ ok: false, refusal: { code: 'version-not-newer', latest: '1.2.0' } });
    expect(await publishVersion(storage, example, 'v2', 2)).toMatchObject({ ok: false, refusal: { code: 'bad-version' } });
    const broken = structuredClone(example);
    broken.flow.edges = [];
    expect(await publishVersion(storage, broken, '2.0.0', 3)).toMatchObject({ ok: false, refusal: { code: 'compile-errors' } });
  });

  it('suggests a major version when a material is removed', () => {
    const removed = structuredClone(example);
    removed.flow.nodes = removed.flow.nodes.filter((n) => n.id !== 'n_hukou');
    removed.flow.edges = removed.flow.edges.filter((e) => e.id !== 'e_idCard_hukou' && e.id !== 'e_hukou_form');
    removed.flow.edges.push({ id: 'e_idCard_form', source: 'n_idCard', target: 'n_form' });
    const record = { itemId: id, version: '1.0.0', hash: 'h', definition: example, package: {} as never, publishedAt: 0 };
    expect(previewPublish(removed, [record]).suggestion).toBe('major');
  });

  it('sets the working document to the published version through the workspace (one undoable step)', async () => {
    const storage = createMemoryStorage();
    const hub = createMemoryChannelHub();
    const workspace = await createWorkspace({ storage, channel: hub(), seed: [{ ...example, version: '0.9.0' }], debounceMs: 0 });
    const session = workspace.openSession(id)!;
    const outcome = await workspace.publish(id, '1.0.0');
    expect(outcome.ok).toBe(true);
    expect(session.store.getState().history?.present.version).toBe('1.0.0');
    expect((await storage.get(id))?.definition.version).toBe('1.0.0');
    expect((await workspace.published(id)).map((r) => r.version)).toEqual(['1.0.0']);
    workspace.dispose();
  });
});
