import { describe, expect, it } from 'vitest';
import { checkThemeContrast, contrastRatio, defaultTheme, parseHex, relativeLuminance, themeCss } from './theme.ts';

describe('theme contrast', () => {
  it('computes the WCAG reference ratios: black on white is 21:1, white on white 1:1', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([255, 255, 255], [255, 255, 255])).toBe(1);
    expect(relativeLuminance([255, 255, 255])).toBeCloseTo(1, 10);
  });

  it('gives #767676 on white about 4.54:1, the classic AA boundary grey', () => {
    expect(contrastRatio(parseHex('#767676')!, parseHex('#fff')!)).toBeCloseTo(4.54, 2);
  });

  it('finds nothing wrong with the runtime’s default colours', () => {
    expect(checkThemeContrast({})).toEqual([]);
    expect(checkThemeContrast(defaultTheme)).toEqual([]);
  });

  it('warns when a light brand colour makes white button text unreadable', () => {
    const warnings = checkThemeContrast({ brand: '#66aaff' });
    expect(warnings.map((w) => w.pair)).toContain('button text on brand');
    expect(warnings.map((w) => w.pair)).toContain('brand (links) on background');
    const button = warnings.find((w) => w.pair === 'button text on brand')!;
    expect(button.code).toBe('low-contrast');
    expect(button.ratio).toBeLessThan(4.5);
    expect(button.message['zh-CN']).toContain('4.5:1');
  });

  it('warns when grey body text on a tinted background falls below 4.5:1', () => {
    expect(checkThemeContrast({ text: '#888888', background: '#f0f0f0' }).map((w) => w.pair)).toContain('text on background');
  });

  it('says when a colour cannot be checked instead of passing it silently', () => {
    expect(checkThemeContrast({ brand: 'rebeccapurple' })[0]?.code).toBe('unparsable-colour');
  });
});

describe('themeCss', () => {
  it('writes only the given properties onto .bs-root and drops values that could break out of the rule', () => {
    expect(themeCss({ brand: '#0a5', radius: '8px', fontScale: 1.125 })).toBe('.bs-root { --bs-brand: #0a5; --bs-font-scale: 1.125; --bs-radius: 8px; }');
    expect(themeCss({ brand: 'red; } body { display: none' })).toBe('.bs-root {  }');
  });
});
