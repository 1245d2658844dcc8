import type { Page } from "@playwright/test";
import { article } from "../../src/content/cyber-dialogue/article.ts";
import { meta } from "../../src/content/cyber-dialogue/meta.ts";
import { timeline } from "../../src/content/cyber-dialogue/timeline.ts";
import { sideOf } from "../../src/lib/alignedText.ts";
import { expect, open, test, untilLive } from "./fixtures.ts";
import { fakeVoices } from "./fakeSpeech.ts";

/*
 * The page's first view carries the code of its frame alone (the top bar, the language
 * switch): the sections' code and the explainer's text come after it, and what their
 * features load on first need is fetched once the page is idle.
 */

/** Every chunk a page fetches after its frame's code, once it is idle. */
const FETCHED_WHEN_IDLE = [
  "LaterParts",
  "explainer-vi",
  "explainer-text-en",
  "glossary",
  "GlossTerm",
  "GlossCard",
  "topicDetails",
  "topicExplanations",
  "topicTerms",
  "PreviewCard",
  "EmbedCodeDialog",
  "copyOneSide",
];

const norms = article.body.find((block) => block.id === "norms");
if (norms?.kind !== "paragraph") throw new Error("No norms paragraph.");
const lastEvent = timeline.at(-1);
if (!lastEvent) throw new Error("The timeline has no events.");

const chunk = (name: string) => new RegExp(`/assets/${name}-[\\w-]+\\.js$`);

test("once the page is idle, opening the both view, reading aloud, choosing a topic and opening the embed generator fetch no code", async ({
  page,
}) => {
  await fakeVoices(page, ["vi-VN", "en-US"]);
  const fetched = Promise.all(
    FETCHED_WHEN_IDLE.map((name) => page.waitForResponse(chunk(name))),
  );
  await open(page, "/");
  await fetched;
  for (const part of ["article", "timeline", "topics", "footer"])
    await untilLive(page, part);
  const scripts: string[] = [];
  page.on("request", (request) => {
    // The page's own: not the embed generator's preview, a page in a frame of its own.
    if (
      request.resourceType() === "script" &&
      request.frame() === page.mainFrame()
    )
      scripts.push(request.url());
  });

  // Read aloud: the learner layer.
  await page
    .getByRole("button", { name: /^Nghe – đoạn 4, bằng tiếng Việt/ })
    .click();
  await expect(page.locator("#norms .part.is-read")).toHaveCount(1);
  await page.keyboard.press("Escape");
  await expect(page.locator("#norms .part.is-read")).toHaveCount(0);

  // A topic, with its explanation and its words marked in the article.
  const topic = page.getByRole("button", { name: "Công ước Budapest" });
  await topic.click();
  await expect(topic).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator(".topic-panel-body")).not.toBeEmpty();
  await expect(page.locator("#article mark").first()).toBeVisible();
  await page.keyboard.press("Escape");

  // The embed generator.
  await page.locator(".page-footer").getByRole("button").click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();

  // The both view, its pairs and its glosses.
  await page.getByRole("link", { name: "Song ngữ / Both" }).click();
  await expect(page.locator(".explainer.is-both")).toBeAttached();
  await expect(page.locator("#norms [lang='en']").first()).toBeVisible();

  expect(scripts).toEqual([]);
});

/** Holds back the chunk named `name` until the returned function is called. */
async function holdChunk(page: Page, name: string): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(chunk(name), async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

for (const [held, name] of [
  ["the sections' code", "LaterParts"],
  ["the explainer's text", "explainer-vi"],
] as const) {
  test(`a switch made as soon as the page's frame is live, before ${held} has come, waits for it and never shows an empty section`, async ({
    page,
  }) => {
    const release = await holdChunk(page, name);
    // The frame alone is live: the sections wait for what they are drawn with.
    await page.goto("/");
    await untilLive(page);
    // At every frame from now on: whether each section still shows its text.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __emptied: string[] }).__emptied = seen;
      const look = () => {
        for (const id of ["article", "timeline", "topics"]) {
          const text = document.getElementById(id)?.textContent ?? "";
          if (text.trim() === "" && !seen.includes(id)) seen.push(id);
        }
        requestAnimationFrame(look);
      };
      look();
    });
    // Reading a paragraph halfway down, above which every paragraph changes height.
    const read = page.locator("#norms");
    await read.evaluate((element) =>
      window.scrollTo({
        top: window.scrollY + element.getBoundingClientRect().top - 300,
        behavior: "instant",
      }),
    );
    await page.getByRole("link", { name: "English" }).click();
    // The switch waits for it, as for the text: the page, its frame too, reads as
    // before, rather than an English frame over the Vietnamese text.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      article.headline.vi,
    );
    await expect(page.getByRole("banner")).toContainText(meta.siteName.vi);
    release();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      article.headline.en,
    );
    await expect(page.getByRole("banner")).toContainText(meta.siteName.en);
    await expect(page.locator("#timeline")).toContainText(lastEvent.title.en);
    for (const part of ["article", "timeline", "topics"])
      await untilLive(page, part);
    // Once all has followed, the paragraph read is where it was.
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(read).toHaveText(sideOf(norms.pairs, "en"));
    expect(
      Math.abs(
        (await read.evaluate(
          (element) => element.getBoundingClientRect().top,
        )) - 300,
      ),
    ).toBeLessThanOrEqual(1);
    expect(
      await page.evaluate(
        () => (window as unknown as { __emptied: string[] }).__emptied,
      ),
    ).toEqual([]);
  });
}

for (const [held, name] of [
  ["the sections' code", "LaterParts"],
  ["the explainer's text", "explainer-vi"],
] as const) {
  test(`a topic chosen as soon as the page's frame is live, before ${held} has come, is chosen once it comes`, async ({
    page,
  }) => {
    const release = await holdChunk(page, name);
    await page.goto("/");
    await untilLive(page);
    const topic = page
      .getByRole("button", { name: "Công ước Budapest" })
      .and(page.locator(".topic-button"));
    // Pressed twice while nothing answers: one press, not a choice taken back.
    await topic.click();
    await topic.click();
    await expect(topic).toHaveAttribute("aria-pressed", "false");
    release();
    await expect(topic).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator(".topic-explanation")).toBeVisible();
    await expect(page.locator("#article mark").first()).toBeVisible();
  });
}
