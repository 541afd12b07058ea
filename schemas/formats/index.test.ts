import { describe, expect, it } from 'vitest';
import * as formats from './index.ts';
import { banshiFormats, residentIdCheckChar } from './index.ts';

describe('banshiFormats', () => {
  it('exposes exactly the three cn-* formats, frozen', () => {
    // given the registry
    // when its names are listed
    // then they are the three formats and the object cannot be changed
    expect(Object.keys(banshiFormats).sort()).toEqual(['cn-civil-date', 'cn-resident-id', 'cn-uscc']);
    expect(Object.isFrozen(banshiFormats)).toBe(true);
  });

  it('cn-resident-id accepts all three document types that share the algorithm', () => {
    // given a 居民身份证, a Hong Kong residence permit and a 2023 permanent residence card number
    const hongKong = `81000019900307001${residentIdCheckChar('81000019900307001')}`;
    const permanent = `93615619900307004${residentIdCheckChar('93615619900307004')}`;
    // when validated by the format
    // then all are accepted, since the schema cannot know the chosen document type
    for (const number of ['11010519491231002X', hongKong, permanent]) {
      expect(banshiFormats['cn-resident-id'](number)).toBe(true);
    }
  });

  it('cn-resident-id is exact: lowercase x, spaces, bad dates and bad checksums fail', () => {
    // given non-canonical or invalid numbers
    // when validated by the format
    // then they fail
    for (const number of ['44011320141005001x', ' 44011320141005001X', '36042619910102009X', '440106199002301234', '110105491231002']) {
      expect(banshiFormats['cn-resident-id'](number)).toBe(false);
    }
  });

  it('cn-uscc follows checkUscc', () => {
    // given a valid and an invalid code
    // when validated
    // then only the valid one passes
    expect(banshiFormats['cn-uscc']('91620105L015101280')).toBe(true);
    expect(banshiFormats['cn-uscc']('91110000600037341N')).toBe(false);
  });

  it('cn-civil-date follows isCivilDate', () => {
    // given a real and an impossible date
    // when validated
    // then only the real one passes
    expect(banshiFormats['cn-civil-date']('2024-02-29')).toBe(true);
    expect(banshiFormats['cn-civil-date']('2023-02-29')).toBe(false);
  });
});

describe('index exports', () => {
  it('exports the public API by name', () => {
    // given the module namespace
    // when listing its runtime exports
    // then it holds the validators, normalisers, helpers and the format registry
    expect(Object.keys(formats).sort()).toEqual(
      [
        'banshiFormats',
        'checkOrgCode',
        'checkResidentId',
        'checkUscc',
        'daysInMonth',
        'identifierPatterns',
        'isCivilDate',
        'normalizeMobileCn',
        'normalizeResidentId',
        'normalizeUscc',
        'orgCodeCheckChar',
        'residentIdCheckChar',
        'residentIdDocumentType',
        'todayInShanghai',
        'upgradeLegacyResidentId',
        'usccCharset',
        'usccCheckChar',
        'usccRegistrationDepartments',
      ].sort(),
    );
  });
});
