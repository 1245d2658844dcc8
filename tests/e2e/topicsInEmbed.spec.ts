import type { FrameLocator, Locator, Page } from "@playwright/test";
import { topicExplanations } from "../../src/content/cyber-dialogue/topicExplanations.ts";
import { topics } from "../../src/content/cyber-dialogue/topics.ts";
import { resources } from "../../src/locale/strings.ts";
import {
  hostPageAt,
  startCrossOrigin,
  stopCrossOrigin,
  type CrossOrigin,
} from "./crossOrigin.ts";
import { boxOf, expect, test, untilLive, untilStill } from "./fixtures.ts";

/**
 * A topic chosen inside a frame on a phone: its explanation opens where the reader is
 * looking, on a host page of another origin (crossOrigin.ts), with `embed.js` sizing
 * the frame to its content, as the embed code has it.
 */

let servers: CrossOrigin;

test.beforeAll(async () => {
  servers = await startCrossOrigin();
});

test.afterAll(() => stopCrossOrigin(servers));

/** Opens a host page with a newsroom's text above and below one frame of `path`. */
async function openHost(page: Page, path: string): Promise<FrameLocator> {
  const text =
    "<p>A newsroom's own paragraph, before the explainer.</p>".repeat(4);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title>
    <meta name="viewport" content="width=device-width, initial-scale=1"></head>
    <body style="margin: 0 auto; max-width: 720px; padding: 0 16px">
    <h1>A newsroom's article</h1>${text}
    <iframe id="explainer" src="${servers.explainer.origin}${path}" title="Explainer"
      style="width: 100%; height: 600px; border: 0" data-explainer></iframe>
    ${text}
    <script src="${servers.explainer.origin}/embed.js" async></script></body></html>`;
  await page.goto(await hostPageAt(servers, html));
  return page.frameLocator("iframe#explainer");
}

/** Whether the element's first line (its top, and a line below it) is in the host's view. */
async function firstLineInView(page: Page, element: Locator) {
  const box = await element.boundingBox();
  const view = page.viewportSize();
  if (!box || !view) return false;
  return box.y >= 0 && box.y + 24 <= view.height;
}

const en = resources.en.translation;
const CHOSEN = ["cyber-dialogue", "budapest-convention"] as const;

/**
 * Chooses a topic in the frame and waits until its explanation's first line is in
 * the host's view; returns the panel the explanation stands in.
 */
async function chooseInView(
  page: Page,
  frame: FrameLocator,
  topic: (typeof CHOSEN)[number],
  panelName: string,
): Promise<Locator> {
  const label = topics.find(({ id }) => id === topic)?.label.en ?? topic;
  const button = frame
    .locator(`#${topic}`)
    .getByRole("button", { name: label, exact: true });
  await button.click();
  await expect(button).toHaveAttribute("aria-pressed", "true");
  const explanation = frame.getByText(topicExplanations[topic].en);
  await expect(explanation).toBeVisible();
  await expect
    .poll(() => firstLineInView(page, explanation), {
      message: `${topic}: the explanation's first line is in the host's view`,
    })
    .toBe(true);
  return frame.getByRole("group", { name: panelName });
}

// A second choice in the same frame as well as the first: the host is asked again,
// and heeds it.
test("in the full embed at 360 px, a chosen topic's explanation and its way through the mentions open in the host's view, each time", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 640 });
  const frame = await openHost(page, "/en/embed/");
  await untilLive(frame, "topics");
  for (const topic of CHOSEN) {
    const panel = await chooseInView(
      page,
      frame,
      topic,
      en.topics.stepperLabel,
    );
    await expect
      .poll(() =>
        firstLineInView(
          page,
          panel.getByRole("button", { name: en.topics.next }),
        ),
      )
      .toBe(true);
  }
  // Stepping through the mentions: nothing stays on the reader's screen in a frame, so
  // the way on follows each mention, under it, in the host's view with the mention's
  // start, and keeps the focus. The last topic chosen has four mentions, a passage and
  // three events; the fifth step goes round to the first.
  const next = frame
    .getByRole("group", { name: en.topics.stepperLabel })
    .getByRole("button", { name: en.topics.next });
  for (let step = 1; step <= 5; step += 1) {
    await next.click();
    const current = frame.locator(".is-current");
    await expect(current).toHaveCount(1);
    await expect(next).toBeFocused();
    await expect
      .poll(async () => {
        const mention = await current.boundingBox();
        const way = await next.boundingBox();
        const view = page.viewportSize();
        if (!mention || !way || !view) return `step ${step}: not shown`;
        const inView =
          mention.y >= 0 && way.y >= 0 && way.y + way.height <= view.height;
        return inView && way.y > mention.y
          ? "in view, under"
          : `step ${step}: ${JSON.stringify({ mention: mention.y, way: way.y })}`;
      })
      .toBe("in view, under");
  }
});

test("in the topics embed at 360 px, a chosen topic's explanation opens in the host's view, each time, promising no marks in a report that is not there", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 640 });
  const frame = await openHost(page, "/en/embed/topics/");
  await untilLive(frame, "topics");
  await expect(frame.getByText(en.topics.intro)).toHaveCount(0);
  await expect(frame.getByText(en.topics.introWithoutReport)).toBeVisible();
  for (const topic of CHOSEN) {
    const panel = await chooseInView(page, frame, topic, en.topics.chosenLabel);
    await expect(
      panel.getByRole("button", { name: en.topics.close }),
    ).toBeVisible();
    await expect(
      frame.getByRole("button", { name: en.topics.clear }),
    ).toHaveCount(0);
  }
});

test("in a wide embed, the way through the mentions stands under the passage stepped to, its text and margin, covering neither", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto("/en/embed/");
  await untilLive(page, "topics");
  await page
    .locator("#budapest-convention")
    .getByRole("button", { name: "Budapest Convention", exact: true })
    .click();
  // Once its explanation has come, the page scrolls the panel into view.
  await expect(
    page.getByText(topicExplanations["budapest-convention"].en),
  ).toBeVisible();
  await untilStill(page);
  const panel = page.getByRole("group", { name: en.topics.stepperLabel });
  await panel.getByRole("button", { name: en.topics.next }).click();
  const mention = page.locator(".is-current");
  const passage = page.locator(".passage", { has: mention });
  await expect(passage.locator(".topic-panel-content")).toBeVisible();
  const text = await boxOf(mention);
  const margin = await boxOf(passage.locator(".passage-side > *").first());
  const way = await boxOf(panel);
  expect(way.y).toBeGreaterThanOrEqual(text.y + text.height);
  expect(way.y).toBeGreaterThanOrEqual(margin.y + margin.height);
  expect(way.x + way.width).toBeGreaterThan(margin.x);
});
