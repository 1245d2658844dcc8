import type { Locator, Page } from "@playwright/test";
import { topicExplanations } from "../../src/content/cyber-dialogue/topicExplanations.ts";
import { topicTerms } from "../../src/content/cyber-dialogue/topicTerms.ts";
import { timeline } from "../../src/content/cyber-dialogue/timeline.ts";
import { topics } from "../../src/content/cyber-dialogue/topics.ts";
import {
  boxOf,
  clearOfTheBar,
  expect,
  open,
  pixelAt,
  test,
  untilLive,
} from "./fixtures.ts";

/** Whether an element's box lies within the viewport. */
async function isOnScreen(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const { top, bottom } = element.getBoundingClientRect();
    return top >= 0 && bottom <= window.innerHeight;
  });
}

/**
 * What keeps an element from being fully in sight: the edges of the viewport it runs
 * past, and the fixed or sticky elements (bars, panels) that lie over it. None, when
 * a reader can see all of it.
 */
async function coverings(locator: Locator): Promise<string[]> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const problems: string[] = [];
    if (box.top < 0) problems.push("above the viewport");
    if (box.bottom > window.innerHeight) problems.push("below the viewport");
    if (box.left < 0 || box.right > window.innerWidth)
      problems.push("beside the viewport");
    for (const other of document.querySelectorAll("body *")) {
      if (other.contains(element) || element.contains(other)) continue;
      const { position } = getComputedStyle(other);
      if (position !== "fixed" && position !== "sticky") continue;
      const over = other.getBoundingClientRect();
      if (
        over.width > 0 &&
        over.height > 0 &&
        over.left < box.right &&
        over.right > box.left &&
        over.top < box.bottom &&
        over.bottom > box.top
      )
        problems.push(`under .${other.className || other.tagName}`);
    }
    return problems;
  });
}

test.use({ reducedMotion: "reduce" });

test("a keyboard reader chooses a topic and steps through its mentions", async ({
  page,
}) => {
  await open(page, "/en/");
  const topic = page.getByRole("button", { name: "Budapest Convention" });
  await topic.focus();
  await page.keyboard.press("Enter");

  await expect(topic).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("status")).toHaveText(
    "Budapest Convention: 4 mentions",
  );
  await expect(page.locator(".is-highlighted")).toHaveCount(4);

  // Tab order runs on to the topic panel, which comes after the topic list.
  const next = page.getByRole("button", { name: "Next" });
  await next.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".is-current")).toHaveAttribute(
    "id",
    "nato-budapest",
  );
  await expect(page.getByRole("status")).toHaveText(
    "Mention 1 of 4: The two sides also discussed…",
  );
  expect(await coverings(page.locator("#nato-budapest"))).toEqual([]);
  await expect(next).toBeFocused();

  await page.keyboard.press("Enter");
  await expect(page.locator(".is-current")).toHaveAttribute(
    "id",
    "budapest-signature",
  );
  // The event stepped to opens, and shows whole.
  await expect(page.locator("#budapest-signature details")).toHaveAttribute(
    "open",
    "",
  );
  expect(await isOnScreen(page.locator("#budapest-signature"))).toBe(true);
  expect(await coverings(page.locator("#budapest-signature"))).toEqual([]);

  await page.keyboard.press("Escape");
  await expect(page.locator(".is-highlighted")).toHaveCount(0);
  await expect(topic).toBeFocused();
  await expect(topic).toHaveAttribute("aria-pressed", "false");
});

const summit = timeline.find((event) => event.id === "nato-summit");
if (!summit) throw new Error("no NATO summit in the timeline");

for (const { address, lang, title, date } of [
  {
    address: "/en/#nato-summit",
    lang: "en" as const,
    title: "The NATO Summit in Washington",
    date: "July 9–11, 2024",
  },
  {
    address: "/#nato-summit",
    lang: "vi" as const,
    title: "Hội nghị thượng đỉnh NATO tại Washington",
    date: "9–11/7/2024",
  },
]) {
  test(
    `a deep link to an event, ${address}, opens the page there: the row open, whole, clear of the top bar, marked`,
    {
      tag: ["@phone", "@desktop"],
    },
    async ({ page }) => {
      await open(page, address);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      const event = page.locator("#nato-summit");
      await expect(event).toContainText(title);
      await expect(event).toContainText(date);
      await expect(event.locator("details")).toHaveAttribute("open", "");
      await expect(event.locator(".event-text")).toBeVisible();
      await expect(event.locator(".event-text")).toContainText(
        summit.text[lang],
      );
      await expect.poll(() => clearOfTheBar(page, event)).toBe(true);
      await expect(event).toHaveClass(/\bis-target\b/);
      const outline = await event.evaluate(
        (element) => getComputedStyle(element).outlineStyle,
      );
      expect(outline).toBe("dashed");
    },
  );
}

test("a deep link to a paragraph and to a topic work in Vietnamese too", async ({
  page,
}) => {
  await open(page, "/#norms");
  await expect.poll(() => isOnScreen(page.locator("#norms"))).toBe(true);

  await open(page, "/#budapest-convention");
  await expect(
    page.getByRole("button", { name: "Công ước Budapest" }),
  ).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator(".is-highlighted")).toHaveCount(4);
});

// The matrix of unknown and malformed fragments is in tests/unit/fragment.test.ts.
test("a malformed fragment is ignored without an error", async ({ page }) => {
  await open(page, "/#%E0%A4%A");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator(".is-highlighted")).toHaveCount(0);
});

test("a chosen topic survives a switch of language", async ({ page }) => {
  await open(page, "/");
  await page.getByRole("button", { name: "Henri Verdier" }).click();
  await expect(page.locator(".is-highlighted")).toHaveCount(1);

  await page.getByRole("link", { name: "English" }).click();

  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(
    page.getByRole("button", { name: "Henri Verdier" }),
  ).toHaveAttribute("aria-pressed", "true");
  await expect(
    page.getByText("France’s Ambassador for Digital Affairs"),
  ).toBeVisible();
  await expect(page.locator(".is-highlighted")).toHaveCount(1);
  await expect(page).toHaveURL(/\/en\/#henri-verdier$/);

  await page.reload();
  await untilLive(page);
  await expect(
    page.getByRole("button", { name: "Henri Verdier" }),
  ).toHaveAttribute("aria-pressed", "true");
});

const PANEL = { vi: "Chủ đề đang được đánh dấu", en: "Highlighted topic" };
const NEXT = { vi: "Tiếp", en: "Next" };
const cybercrime = topics.find((topic) => topic.id === "cybercrime");

/**
 * Chooses the cybercrime topic low on the screen, where its panel opens, and steps
 * through its mentions: the explanation and each mention stepped to are in sight,
 * uncovered, with the topic's words marked in the reader's language.
 */
async function stepThroughCybercrime(page: Page, lang: "vi" | "en") {
  if (!cybercrime) throw new Error("no cybercrime topic");
  // The topic is pressed low on the screen, where the panel will open.
  const topic = page.getByRole("button", { name: cybercrime.label[lang] });
  await topic.evaluate((element) => element.scrollIntoView({ block: "end" }));
  await topic.click();
  const panel = page.getByRole("group", { name: PANEL[lang] });
  const explanation = panel.getByText(topicExplanations.cybercrime[lang]);
  await expect(explanation).toBeVisible();
  expect(await coverings(panel)).toEqual([]);
  expect(await coverings(explanation)).toEqual([]);
  // The explanation is whole in the panel: nothing of it is scrolled out of sight.
  expect(
    await panel.evaluate(
      (element) => element.scrollHeight <= element.clientHeight,
    ),
  ).toBe(true);
  // The topic just pressed stays in sight above the panel.
  expect(await coverings(topic)).toEqual([]);

  const term = topicTerms.cybercrime[lang][0];
  for (const [step, id] of cybercrime.passages.entries()) {
    await panel.getByRole("button", { name: NEXT[lang] }).click();
    const current = page.locator(".is-current");
    await expect(current).toHaveAttribute("id", id);
    await expect(panel).toContainText(
      lang === "en"
        ? `Mention ${step + 1} of ${cybercrime.passages.length}`
        : `Lần ${step + 1}/${cybercrime.passages.length}`,
    );
    expect(await coverings(current), id).toEqual([]);
    expect(await coverings(panel), id).toEqual([]);

    // The words are marked, in the reader's language, not the whole passage.
    const marks = current.locator("mark");
    await expect(marks).toHaveText([new RegExp(`^${term}$`, "i")]);
    expect(
      await marks.evaluate((mark) =>
        mark.closest("[lang]")?.getAttribute("lang"),
      ),
    ).toBe(lang);
    expect(await coverings(marks)).toEqual([]);
    const colours = await current.evaluate((element) => ({
      passage: getComputedStyle(element).backgroundColor,
      mark: getComputedStyle(element.querySelector("mark") ?? element)
        .backgroundColor,
    }));
    expect(colours.passage).toBe("rgba(0, 0, 0, 0)");
    expect(colours.mark).not.toBe("rgba(0, 0, 0, 0)");
  }
  // Closed again, for what follows.
  await topic.click();
}

for (const lang of ["vi", "en"] as const) {
  test(`on a desktop in ${lang}, the chosen topic's explanation and each mention stepped to are in sight, uncovered, with the topic's words marked`, async ({
    page,
  }) => {
    await open(page, lang === "en" ? "/en/" : "/");
    await stepThroughCybercrime(page, lang);
    await expect(page.locator(".is-highlighted")).toHaveCount(0);
  });

  test(
    `on a phone in ${lang}, the chosen topic's explanation and each mention stepped to are in sight, uncovered, with the topic's words marked; every topic's explanation fits whole in its docked panel`,
    {
      tag: "@phone",
    },
    async ({ page }) => {
      await open(page, lang === "en" ? "/en/" : "/");
      await stepThroughCybercrime(page, lang);

      const panel = page.getByRole("group", { name: PANEL[lang] });
      for (const topic of topics) {
        const button = page.getByRole("button", {
          name: topic.label[lang],
          exact: true,
        });
        await button.click();
        const explanation = panel.getByText(topicExplanations[topic.id][lang]);
        await expect(explanation).toBeVisible();
        expect(await coverings(panel), topic.id).toEqual([]);
        expect(await coverings(explanation), topic.id).toEqual([]);
        expect(await coverings(button), topic.id).toEqual([]);
        await button.click();
        await expect(panel).toHaveCount(0);
      }
    },
  );
}

test(
  "in the both view on a phone, a topic's name too long for its docked panel's line ends in an ellipsis, in each language",
  { tag: "@phone" },
  async ({ page }) => {
    await open(page, "/en/both/");
    const cut: string[] = [];
    for (const topic of topics) {
      const button = page.locator(`#${topic.id} .topic-button`);
      await button.click();
      // Each language's name, or the one name of a topic named the same in both.
      const names = await page.locator(".topic-panel-title").evaluate((title) =>
        [...title.querySelectorAll(".pair-side")]
          .concat(title.querySelector(".pair-side") ? [] : [title])
          .map((name) => ({
            text: name.textContent ?? "",
            overflows: name.scrollWidth > name.clientWidth,
            ellipsis:
              getComputedStyle(name).textOverflow === "ellipsis" &&
              getComputedStyle(name).overflowX === "hidden",
          })),
      );
      expect(names.length, topic.id).toBeGreaterThan(0);
      const overflowing = names.filter((name) => name.overflows);
      for (const name of overflowing)
        expect(name.ellipsis, name.text).toBe(true);
      cut.push(...overflowing.map((name) => name.text));
      await button.click();
    }
    // The report has such names at a phone's width ("Budapest Convention" beside
    // the panel's buttons): without one, this would check nothing.
    expect(cut.length).toBeGreaterThan(0);
  },
);

for (const colorScheme of ["light", "dark"] as const) {
  test(
    `in the both view on a small phone, in ${colorScheme}, a long explanation in the docked panel is shaded at the edge where there is more to read`,
    { tag: "@phone" },
    async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 375, height: 667 });
      await open(page, "/en/both/");
      await page.locator("#budapest-convention .topic-button").click();
      const body = page.locator(".topic-panel-body");
      await expect(body.locator(".topic-explanation")).toBeVisible();
      // It scrolls: it holds more than it shows.
      const { scrollHeight, clientHeight } = await body.evaluate((element) => ({
        scrollHeight: element.scrollHeight,
        clientHeight: element.clientHeight,
      }));
      expect(scrollHeight).toBeGreaterThan(clientHeight + 40);
      // The panel's own paint alone: its text drawn in no colour.
      await body.evaluate((element) => {
        for (const inside of element.querySelectorAll<HTMLElement>("*"))
          for (const property of ["color", "border-color", "background"])
            inside.style.setProperty(property, "transparent", "important");
      });
      const panel = await page
        .locator(".topic-panel-content")
        .evaluate((element) => getComputedStyle(element).backgroundColor);
      const box = await body.boundingBox();
      const x = (box?.x ?? 0) + (box?.width ?? 0) / 2;
      const edges = async () => ({
        top: await pixelAt(page, x, (box?.y ?? 0) + 1),
        foot: await pixelAt(page, x, (box?.y ?? 0) + (box?.height ?? 0) - 2),
      });

      // At its start, shaded at the foot only; at its end, at the top only.
      const start = await edges();
      expect(start.top).toBe(panel);
      expect(start.foot).not.toBe(panel);
      await body.evaluate((element) => {
        element.scrollTop = element.scrollHeight;
      });
      await expect.poll(async () => (await edges()).foot).toBe(panel);
      expect((await edges()).top).not.toBe(panel);
    },
  );
}

test("a preview card opened from the timeline's last row is whole where it reaches past the timeline, and takes a press there", async ({
  page,
}) => {
  await open(page, "/en/");
  const row = page.locator("#nato-summit");
  await row.getByText(summit.title.en).click();
  const link = row.locator(".event-passages a").first();
  // The link near the top of the screen: the card opens below it, past the timeline.
  await link.evaluate((element) =>
    window.scrollTo({
      top: window.scrollY + element.getBoundingClientRect().top - 150,
      behavior: "instant",
    }),
  );
  await link.focus();
  const card = page.getByRole("group", { name: "Preview" });
  await expect(card).toBeVisible();
  const box = await boxOf(card);
  // By its link, below it, and on screen.
  const linkBox = await boxOf(link);
  expect(box.y).toBeGreaterThanOrEqual(linkBox.y + linkBox.height);
  expect(box.y - (linkBox.y + linkBox.height)).toBeLessThan(40);
  expect(box.y + box.height).toBeLessThanOrEqual(
    page.viewportSize()?.height ?? 0,
  );
  const section = await boxOf(page.locator("#timeline"));
  const timelineEnd = section.y + section.height;
  expect(box.y + box.height).toBeGreaterThan(timelineEnd + 20);
  // What a press at the card's foot, below the timeline, lands on.
  const landsOnCard = await card.evaluate(
    (element, point) =>
      element.contains(document.elementFromPoint(point.x, point.y)),
    { x: box.x + box.width / 2, y: box.y + box.height - 10 },
  );
  expect(landsOnCard).toBe(true);
});
