// WCAG 2 contrast of an element's text against its own background, from the colors Chromium computed.
import type { Locator } from "@playwright/test";

type Rgb = [number, number, number];

function parseRgb(css: string): Rgb {
  const parts = css.match(/[\d.]+/g)?.map(Number);
  if (!parts || parts.length < 3) throw new Error(`Not an rgb() color: ${css}`);
  if (parts.length > 3 && parts[3] !== 1) throw new Error(`A translucent color cannot be measured alone: ${css}`);
  return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0];
}

function luminance([r, g, b]: Rgb): number {
  const [lr, lg, lb] = [r, g, b].map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
}

/** The ratio (1 to 21) between the element's computed text color and its computed, opaque background color. */
export async function textContrast(element: Locator): Promise<number> {
  const { color, background } = await element.evaluate((node) => {
    const style = getComputedStyle(node);
    return { color: style.color, background: style.backgroundColor };
  });
  const [light, dark] = [luminance(parseRgb(color)), luminance(parseRgb(background))].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}
