/**
 * How an embedded explainer looks on its host's page: light unless the host asks
 * otherwise (`?theme=dark`, or `?theme=auto` to follow the reader's system setting),
 * and on its own background unless the host asks for none (`?bg=transparent`). The
 * full page always follows the reader's setting. The choice lives in two attributes
 * of the root element, which the style sheet reads; `src/inline/applyEmbedTheme.js`
 * sets them from the address before the first paint, and the embed-code generator
 * writes them into the frame's address.
 */

export const THEMES = ["light", "dark", "auto"] as const;
export type Theme = (typeof THEMES)[number];

/** An embed's theme when its address names none. */
export const DEFAULT_EMBED_THEME: Theme = "light";

export interface EmbedLook {
  readonly theme: Theme;
  /** Whether the host's own background shows through. */
  readonly transparent: boolean;
}

export const DEFAULT_EMBED_LOOK: EmbedLook = {
  theme: DEFAULT_EMBED_THEME,
  transparent: false,
};

function isTheme(value: unknown): value is Theme {
  return (THEMES as readonly unknown[]).includes(value);
}

/** What an embed's address asks for; anything unknown or malformed is the default. */
export function embedLookFromAddress(url: URL): EmbedLook {
  const theme = url.searchParams
    .getAll("theme")
    .map((value) => value.trim().toLowerCase())
    .find(isTheme);
  const transparent = url.searchParams
    .getAll("bg")
    .some((value) => value.trim().toLowerCase() === "transparent");
  return { theme: theme ?? DEFAULT_EMBED_THEME, transparent };
}

/** The address parameters that ask for `look` (none for the default). */
export function embedLookParams(look: EmbedLook): readonly [string, string][] {
  const params: [string, string][] = [];
  if (look.theme !== DEFAULT_EMBED_THEME) params.push(["theme", look.theme]);
  if (look.transparent) params.push(["bg", "transparent"]);
  return params;
}

export function applyEmbedLook(root: HTMLElement, look: EmbedLook): void {
  root.setAttribute("data-theme", look.theme);
  if (look.transparent) root.setAttribute("data-bg", "transparent");
  else root.removeAttribute("data-bg");
}
