/**
 * Theming the citizen runtime. Everything the form draws comes from `--bs-*` custom properties on `.bs-root`
 * (runtime/react/styles.css); a theme overrides a few of them. Not imported by <ServiceForm>: a host (or the
 * custom element's `theme` property) uses it, so the form's initial JavaScript does not grow.
 *
 * | property              | Theme key     | default    | what                                   |
 * |-----------------------|---------------|------------|----------------------------------------|
 * | `--bs-brand`          | `brand`       | `#1d5fbf`  | buttons, links, choices                |
 * | `--bs-brand-dark`     | `brandDark`   | `#14478f`  | button hover, secondary button text    |
 * | `--bs-text`           | `text`        | `#1f2328`  | body text                              |
 * | `--bs-text-secondary` | `textSecondary` | `#50565e`| captions, hints                        |
 * | `--bs-background`     | `background`  | `#ffffff`  | the form's background                  |
 * | `--bs-font-scale`     | `fontScale`   | `1`        | body text is 16px × scale              |
 * | `--bs-radius`         | `radius`      | `4px`      | corners of inputs, buttons, panels     |
 * | `--bs-font`           | `font`        | system UI  | font family                            |
 *
 * 长辈版 (`.bs-root[data-elder]`) sets its own text, brand and scale so that it always meets 4.5:1, 18px+ and
 * 60×60 targets, whatever the theme says.
 */

export interface Theme {
  brand?: string;
  brandDark?: string;
  text?: string;
  textSecondary?: string;
  background?: string;
  fontScale?: number;
  radius?: string;
  font?: string;
}

const properties: Record<keyof Theme, string> = {
  brand: '--bs-brand',
  brandDark: '--bs-brand-dark',
  text: '--bs-text',
  textSecondary: '--bs-text-secondary',
  background: '--bs-background',
  fontScale: '--bs-font-scale',
  radius: '--bs-radius',
  font: '--bs-font',
};

/** The runtime's own colours (styles.css), used where a theme leaves one out. */
export const defaultTheme = { brand: '#1d5fbf', brandDark: '#14478f', text: '#1f2328', textSecondary: '#50565e', background: '#ffffff' } as const;

/** Button text is white on the brand colour (styles.css `.bs-button`). */
const buttonText = '#ffffff';

/** A stylesheet rule that applies the theme: `.bs-root { --bs-brand: …; }`. Values must not contain `;` `{` `}`. */
export function themeCss(theme: Theme): string {
  const declarations = (Object.keys(properties) as (keyof Theme)[])
    .filter((key) => theme[key] !== undefined && !/[;{}]/.test(String(theme[key])))
    .map((key) => `${properties[key]}: ${String(theme[key])};`);
  return `.bs-root { ${declarations.join(' ')} }`;
}

/** sRGB colour from `#rgb` or `#rrggbb` (the forms a theme uses); null otherwise. */
export function parseHex(colour: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!m) return null;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG 2.x relative luminance of an sRGB colour (0–255 channels). */
export function relativeLuminance([r, g, b]: readonly [number, number, number]): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio (1–21) of two sRGB colours. */
export function contrastRatio(a: readonly [number, number, number], b: readonly [number, number, number]): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export interface ThemeWarning {
  code: 'low-contrast' | 'unparsable-colour';
  /** Which pair: foreground on background. */
  pair: string;
  ratio?: number;
  message: { 'zh-CN': string; en: string };
}

/** The minimum for body text (WCAG 1.4.3 AA, 适老化规范 1.3). */
export const MIN_CONTRAST = 4.5;

/**
 * Warnings for a theme whose text would fall below 4.5:1: body text, secondary text and links (brand) on the
 * background, and the buttons' white text on the brand colour. Empty when the theme is fine.
 */
export function checkThemeContrast(theme: Theme): ThemeWarning[] {
  const t = { ...defaultTheme, ...theme };
  const pairs: [string, string, string][] = [
    ['text on background', t.text, t.background],
    ['textSecondary on background', t.textSecondary, t.background],
    ['brand (links) on background', t.brand, t.background],
    ['button text on brand', buttonText, t.brand],
    ['button text on brandDark', buttonText, t.brandDark],
  ];
  const warnings: ThemeWarning[] = [];
  for (const [pair, fg, bg] of pairs) {
    const a = parseHex(fg);
    const b = parseHex(bg);
    if (!a || !b) {
      warnings.push({ code: 'unparsable-colour', pair, message: { 'zh-CN': `无法检查对比度（${pair}）：请使用 #rrggbb 颜色`, en: `Cannot check the contrast of ${pair}: use #rrggbb colours` } });
      continue;
    }
    const ratio = Math.round(contrastRatio(a, b) * 100) / 100;
    if (ratio < MIN_CONTRAST) {
      warnings.push({
        code: 'low-contrast',
        pair,
        ratio,
        message: { 'zh-CN': `对比度不足：${pair} 为 ${ratio}:1，至少需要 4.5:1`, en: `Low contrast: ${pair} is ${ratio}:1, at least 4.5:1 is needed` },
      });
    }
  }
  return warnings;
}
