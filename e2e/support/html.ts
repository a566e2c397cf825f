// Reading server-rendered HTML as text, without a browser: for asserting what the very
// first response contains before any JavaScript runs.

export type RenderedElement = { attributes: Record<string, string>; text: string };

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/**
 * The element carrying data-testid="<testId>" in raw HTML: its attributes and its text up
 * to the first nested tag (enough for the leaf elements our test ids sit on). Undefined
 * when the HTML does not contain it.
 */
export function findByTestId(html: string, testId: string): RenderedElement | undefined {
  const escaped = testId.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`<([a-zA-Z][\\w-]*)((?:\\s[^>]*)?\\sdata-testid="${escaped}"(?:\\s[^>]*)?)>([^<]*)`).exec(
    html,
  );
  if (!match) return undefined;
  const attributes: Record<string, string> = {};
  for (const [, name, value] of (match[2] ?? "").matchAll(/([\w:-]+)="([^"]*)"/g)) {
    if (name) attributes[name] = decodeEntities(value ?? "");
  }
  return { attributes, text: decodeEntities(match[3] ?? "").trim() };
}
