/**
 * Publishing an item: the working document compiled with the change list since the last published version, stored
 * as an immutable record (storage `published`). Framework-free, so the unit tests drive it with the memory storage.
 *
 * The model: the working document is always a draft. Publishing stores the compiled package of that draft under a
 * chosen version number, and then sets the document's `version` to it (one `setVersion` command); editing after
 * that continues as the draft of the next version, which gets its own number when it is published. A version number
 * is never published twice with different content, and never below the latest published one.
 */
import type { ServiceDefinition, ServicePackage } from '../../../schemas/index.ts';
import { compile, hasErrors } from '../../compiler/index.ts';
import { compareVersions, diffDefinitions, suggestBump, type ChangeList, type VersionBump } from '../../model/changeList.ts';
import type { LocalMessage } from '../../model/validateDefinition.ts';
import type { PublishedVersion, WorkspaceStorage } from './storage.ts';

export const SEMVER = /^(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})$/;

/** The last published version (highest version number). */
export function latestPublished(records: readonly PublishedVersion[]): PublishedVersion | undefined {
  return records.reduce<PublishedVersion | undefined>((best, record) => (!best || compareVersions(record.version, best.version) > 0 ? record : best), undefined);
}

/** What the publish dialog shows: the changes since the last published version and the bump they call for. */
export interface PublishPreview {
  readonly latest: PublishedVersion | undefined;
  readonly changes: ChangeList;
  readonly suggestion: VersionBump;
}

export function previewPublish(working: ServiceDefinition, records: readonly PublishedVersion[]): PublishPreview {
  const latest = latestPublished(records);
  const changes = latest ? diffDefinitions(latest.definition, working) : { added: [], removed: [], changed: [] };
  // The first publication has nothing to compare with: whatever the version says, nothing is suggested beyond patch.
  return { latest, changes, suggestion: latest ? suggestBump(changes) : 'patch' };
}

export type PublishRefusal =
  | { readonly code: 'compile-errors'; readonly count: number }
  | { readonly code: 'bad-version'; readonly version: string }
  | { readonly code: 'version-taken'; readonly version: string }
  | { readonly code: 'version-not-newer'; readonly version: string; readonly latest: string }
  | { readonly code: 'storage'; readonly detail: string };

export type PublishOutcome =
  | { readonly ok: true; readonly record: PublishedVersion; readonly already: boolean }
  | { readonly ok: false; readonly refusal: PublishRefusal };

/** Compiles the working document as `version`, with the last published version as `previous`. */
export function buildRelease(
  working: ServiceDefinition,
  records: readonly PublishedVersion[],
  version: string,
): { ok: true; definition: ServiceDefinition; package: ServicePackage } | { ok: false; refusal: PublishRefusal } {
  if (!SEMVER.test(version)) return { ok: false, refusal: { code: 'bad-version', version } };
  const same = records.find((record) => record.version === version);
  const latest = latestPublished(records.filter((record) => record.version !== version));
  if (!same && latest && compareVersions(version, latest.version) <= 0) {
    return { ok: false, refusal: { code: 'version-not-newer', version, latest: latest.version } };
  }
  const definition: ServiceDefinition = working.version === version ? working : { ...working, version };
  const { package: compiled, diagnostics } = compile(definition, latest ? { previous: { definition: latest.definition, package: latest.package } } : {});
  if (!compiled || hasErrors(diagnostics)) {
    return { ok: false, refusal: { code: 'compile-errors', count: diagnostics.filter((d) => d.severity === 'error').length } };
  }
  if (same && same.hash !== compiled.hash) return { ok: false, refusal: { code: 'version-taken', version } };
  return { ok: true, definition, package: compiled };
}

/** Builds and stores a release; storage refuses a version that another tab published meanwhile with other content. */
export async function publishVersion(storage: WorkspaceStorage, working: ServiceDefinition, version: string, now: number): Promise<PublishOutcome> {
  try {
    const records = await storage.listPublished(working.id);
    const release = buildRelease(working, records, version);
    if (!release.ok) return release;
    const record: PublishedVersion = {
      itemId: working.id, version, hash: release.package.hash, definition: release.definition, package: release.package, publishedAt: now,
    };
    const stored = await storage.putPublished(record);
    return stored.ok ? stored : { ok: false, refusal: { code: 'version-taken', version } };
  } catch (error) {
    return { ok: false, refusal: { code: 'storage', detail: error instanceof Error ? error.message : String(error) } };
  }
}

/** A refusal in zh-CN and en. */
export function refusalMessage(refusal: PublishRefusal): LocalMessage {
  switch (refusal.code) {
    case 'compile-errors':
      return {
        'zh-CN': `有 ${refusal.count} 个错误，无法发布：请先在“问题”中修正。`,
        en: `${refusal.count} error(s) stop publishing: fix them in Problems first.`,
      };
    case 'bad-version':
      return { 'zh-CN': `“${refusal.version}”不是有效的版本号（如 1.2.0）。`, en: `“${refusal.version}” is not a valid version (e.g. 1.2.0).` };
    case 'version-taken':
      return {
        'zh-CN': `版本 ${refusal.version} 已发布过不同的内容，已发布的版本不可更改：请选择新的版本号。`,
        en: `Version ${refusal.version} was already published with other content, and published versions cannot change: choose a new version.`,
      };
    case 'version-not-newer':
      return {
        'zh-CN': `版本号须高于已发布的最新版本 ${refusal.latest}。`,
        en: `The version must be higher than the latest published version, ${refusal.latest}.`,
      };
    case 'storage':
      return { 'zh-CN': `无法保存发布的版本（${refusal.detail}）。`, en: `Could not store the published version (${refusal.detail}).` };
  }
}
