import type { Page } from "@playwright/test";
import { article } from "../../src/content/cyber-dialogue/article.ts";
import { expect, open, test } from "./fixtures.ts";

/**
 * The both view for the keyboard and for screen readers: as easy to move through as
 * one language (a passage is one Tab stop, its glosses are reached from its parts),
 * and every name in the accessibility tree speaks the language of the element it is
 * on, with no gloss spliced into a sentence.
 */

const PAGES = [
  {
    single: "/en/",
    both: "/en/both/",
    all: "All",
    term: "stability in cyberspace",
  },
  {
    single: "/",
    both: "/both/",
    all: "Tất cả",
    term: "ổn định trên không gian mạng",
  },
] as const;

/** The words each language has for a gloss. */
const GLOSS = /gloss|chú giải/i;

/** Letters Vietnamese writes and English does not. */
const VIETNAMESE_LETTERS =
  /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;
/** Words English writes and Vietnamese does not. */
const ENGLISH_WORDS =
  /\b(the|and|of|with|from|this|gloss|part|paragraph|original|translation)\b/iu;

/** Whether `name` reads as text in `lang`: no letter or word of the other language. */
function readsAs(name: string, lang: string): boolean {
  if (lang === "en") return !VIETNAMESE_LETTERS.test(name);
  if (lang === "vi") return !ENGLISH_WORDS.test(name);
  return false;
}

/** Opens a page and waits until its timeline's controls answer, as a reader sees. */
async function openLive(page: Page, address: string, all: string) {
  await open(page, address);
  await expect(
    page.locator("#timeline").getByRole("button", { name: all }),
  ).toBeEnabled();
}

/** Tab presses from the top of the page until the focus is in the timeline. */
async function tabsIntoTimeline(page: Page): Promise<number> {
  for (let presses = 1; presses <= 300; presses++) {
    await page.keyboard.press("Tab");
    const there = await page.evaluate(
      () => document.activeElement?.closest("#timeline") != null,
    );
    if (there) return presses;
  }
  throw new Error("Tab never reached the timeline");
}

interface NamedNode {
  readonly role: string;
  readonly name: string;
  readonly lang: string;
  /** The part's `data-part`, for a part of a passage. */
  readonly part: string | undefined;
  /** Whether it stands in the report (`#article`). */
  readonly inReport: boolean;
}

interface DomNode {
  readonly backendNodeId: number;
  readonly attributes?: string[];
  readonly children?: DomNode[];
}

interface AxNode {
  readonly ignored: boolean;
  readonly role?: { readonly value: string };
  readonly name?: { readonly value: string };
  readonly backendDOMNodeId?: number;
}

/**
 * Every element in Chromium's accessibility tree that has a name, with its role and
 * the language it stands in (its own `lang` or its nearest ancestor's). Text runs
 * are left out: they are the text itself.
 */
async function namedNodes(page: Page): Promise<NamedNode[]> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send("DOM.getDocument", {
    depth: -1,
  })) as { root: DomNode };
  const langs = new Map<number, string>();
  const parts = new Map<number, string>();
  const inReport = new Set<number>();
  const walk = (node: DomNode, inherited: string, report: boolean) => {
    const attributes = new Map<string, string>();
    const list = node.attributes ?? [];
    for (let index = 0; index + 1 < list.length; index += 2)
      attributes.set(list[index] ?? "", list[index + 1] ?? "");
    const lang = attributes.get("lang") ?? inherited;
    langs.set(node.backendNodeId, lang);
    const part = attributes.get("data-part");
    if (part !== undefined) parts.set(node.backendNodeId, part);
    const within = report || attributes.get("id") === "article";
    if (within) inReport.add(node.backendNodeId);
    for (const child of node.children ?? []) walk(child, lang, within);
  };
  walk(root, "", false);
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
    nodes: AxNode[];
  };
  await cdp.detach();
  return nodes.flatMap((node) => {
    const role = node.role?.value ?? "";
    const name = node.name?.value.trim() ?? "";
    const id = node.backendDOMNodeId;
    if (node.ignored || !name || id === undefined) return [];
    if (["StaticText", "InlineTextBox", "RootWebArea"].includes(role))
      return [];
    return [
      {
        role,
        name,
        lang: langs.get(id) ?? "",
        part: parts.get(id),
        inReport: inReport.has(id),
      },
    ];
  });
}

for (const { single, both, all, term } of PAGES) {
  test.describe(`${both} at 1,280 px`, () => {
    test.use({ viewport: { width: 1280, height: 900 } });

    test(`reaches the timeline in at most 10 Tab presses more than ${single}`, async ({
      page,
    }) => {
      await openLive(page, single, all);
      const alone = await tabsIntoTimeline(page);

      await openLive(page, both, all);
      // The glosses are in the text: each is a control, but no Tab stop.
      await expect(
        page.locator("#standfirst").getByRole("button", { name: term }),
      ).toBeVisible();
      const paired = await tabsIntoTimeline(page);
      expect(paired).toBeLessThanOrEqual(alone + 10);
    });

    test("no part's name holds the word for gloss, and every name in the report is in its element's language", async ({
      page,
    }) => {
      await openLive(page, both, all);
      await expect(
        page.locator("#standfirst").getByRole("button", { name: term }),
      ).toBeVisible();
      const named = await namedNodes(page);

      const parts = named.filter((node) => node.part !== undefined);
      // Every part of every passage, on both sides.
      expect(parts.length).toBeGreaterThan(40);
      expect(parts).toHaveLength(await page.locator("[data-part]").count());
      expect(new Set(parts.map((node) => node.lang))).toEqual(
        new Set(["vi", "en"]),
      );
      expect(parts.filter((node) => GLOSS.test(node.name))).toEqual([]);

      const report = named.filter((node) => node.inReport);
      // The headline, the standfirst, the summary, the parts and their glosses.
      expect(report.length).toBeGreaterThan(100);
      expect(new Set(report.map((node) => node.lang))).toEqual(
        new Set(["vi", "en"]),
      );
      const elsewhere = report.filter((node) => !readsAs(node.name, node.lang));
      expect(elsewhere).toEqual([]);
    });
  });
}

test.describe("in the both view, from the keyboard", () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("a part's glosses are reached with Enter and the arrow keys, and Escape comes back", async ({
    page,
  }) => {
    await open(page, "/en/both/");
    const part = page.locator('#standfirst [data-part="1-1"]');
    const first = part.getByRole("button", { name: "resilience", exact: true });
    const second = part.getByRole("button", {
      name: "critical infrastructure",
    });
    await expect(first).toBeVisible();
    // Described, not named, as what opens a gloss.
    await expect(part).toHaveAccessibleDescription(
      "Has glosses: Enter to reach them, Escape to come back",
    );
    await expect(first).toHaveAttribute("aria-haspopup", "dialog");
    await expect(first).toHaveAttribute("tabindex", "-1");
    await expect(first).toHaveAccessibleDescription("Opens its gloss");

    await part.focus();
    await page.keyboard.press("Enter");
    await expect(first).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(second).toBeFocused();
    await page.keyboard.press("ArrowLeft");
    await expect(first).toBeFocused();

    // Enter opens the gloss; Escape closes it, and again goes back to the part.
    await page.keyboard.press("Enter");
    const card = page.getByRole("dialog", { name: "resilience" });
    await expect(card).toBeVisible();
    await expect(first).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Escape");
    await expect(card).toBeHidden();
    await expect(first).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(part).toBeFocused();

    // From a gloss, Down goes on to the next part on the same side.
    await page.keyboard.press("Enter");
    await expect(first).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(page.locator('#standfirst [data-part="2-1"]')).toBeFocused();

    // Tab leaves the passage: it is one stop, glosses and all.
    await page.keyboard.press("Tab");
    await expect(page.locator("#standfirst :focus")).toHaveCount(0);
  });

  test("each passage's columns are headed by the original and the translation, and the headline is one heading in the original", async ({
    page,
  }) => {
    await open(page, "/en/both/");
    const grid = page.getByRole("grid", { name: /^Paragraph 4, / });
    await expect(
      grid.getByRole("columnheader", { name: "Original, Vietnamese" }),
    ).toBeAttached();
    await expect(
      grid.getByRole("columnheader", { name: "Translation, English" }),
    ).toBeAttached();
    const headings = page.getByRole("heading", { level: 1 });
    await expect(headings).toHaveCount(1);
    await expect(headings).toHaveAttribute("lang", "vi");
    await expect(headings).toHaveText(article.headline.vi);
    await expect(page.locator("h1 + p")).toHaveText(article.headline.en);
    await expect(page.locator("h1 + p")).toHaveAttribute("lang", "en");
  });
});
