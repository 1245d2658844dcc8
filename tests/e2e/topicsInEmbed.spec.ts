import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FrameLocator, Locator, Page } from "@playwright/test";
import { topicExplanations } from "../../src/content/cyber-dialogue/topicExplanations.ts";
import { topics } from "../../src/content/cyber-dialogue/topics.ts";
import { resources } from "../../src/i18n/strings.ts";
import {
  startStaticServer,
  type StaticServer,
} from "../../scripts/staticServer.mjs";
import { expect, test } from "./fixtures.ts";

/**
 * A topic chosen inside a frame on a phone: its explanation opens where the reader is
 * looking, on a host page of another origin (served from `localhost`, the explainer
 * from `127.0.0.1`, with the CORS header most CDNs send), with `embed.js` sizing the
 * frame to its content, as the embed code has it.
 */

let explainer: StaticServer;
let host: StaticServer;
let hostFolder = "";
test.beforeAll(async () => {
  explainer = await startStaticServer({
    root: "dist",
    headers: { "access-control-allow-origin": "*" },
  });
  hostFolder = await mkdtemp(join(tmpdir(), "explainer-topics-host-"));
  host = await startStaticServer({ root: hostFolder });
  host = { ...host, origin: host.origin.replace("127.0.0.1", "localhost") };
});
test.afterAll(async () => {
  await explainer.close();
  await host.close();
  await rm(hostFolder, { recursive: true, force: true });
});

/** Opens a host page with a newsroom's text above and below one frame of `path`. */
async function openHost(page: Page, path: string): Promise<FrameLocator> {
  const text =
    "<p>A newsroom's own paragraph, before the explainer.</p>".repeat(4);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title>
    <meta name="viewport" content="width=device-width, initial-scale=1"></head>
    <body style="margin: 0 auto; max-width: 720px; padding: 0 16px">
    <h1>A newsroom's article</h1>${text}
    <iframe id="explainer" src="${explainer.origin}${path}" title="Explainer"
      style="width: 100%; height: 600px; border: 0" data-explainer></iframe>
    ${text}
    <script src="${explainer.origin}/embed.js" async></script></body></html>`;
  const file = `host-${Math.random().toString(36).slice(2)}.html`;
  await writeFile(join(hostFolder, file), html);
  await page.goto(`${host.origin}/${file}`);
  return page.frameLocator("iframe#explainer");
}

/**
 * Chooses a topic as a reader does: pressing its button, and pressing again if the
 * page had not yet started to answer.
 */
async function choose(button: Locator): Promise<void> {
  await expect(async () => {
    if ((await button.getAttribute("aria-pressed")) !== "true")
      await button.click();
    await expect(button).toHaveAttribute("aria-pressed", "true", {
      timeout: 2_000,
    });
  }).toPass({ timeout: 30_000 });
}

/** Whether the element's first line (its top, and a line below it) is in the host's view. */
async function firstLineInView(page: Page, element: Locator) {
  const box = await element.boundingBox();
  const view = page.viewportSize();
  if (!box || !view) return false;
  return box.y >= 0 && box.y + 24 <= view.height;
}

const en = resources.en.translation;
const FRAMES = [
  { name: "topics", path: "/en/embed/topics/", report: false },
  { name: "full", path: "/en/embed/", report: true },
] as const;

for (const { name, path, report } of FRAMES) {
  test(`in the ${name} embed at 360 px, a chosen topic's explanation opens in the host's view, each time`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    const frame = await openHost(page, path);
    // A second choice in the same frame as well as the first: the host is asked
    // again, and heeds it.
    for (const topic of ["cyber-dialogue", "budapest-convention"] as const) {
      const label = topics.find(({ id }) => id === topic)?.label.en ?? topic;
      const button = frame
        .locator(`#${topic}`)
        .getByRole("button", { name: label, exact: true });
      await choose(button);

      const explanation = frame.getByText(topicExplanations[topic].en);
      await expect(explanation).toBeVisible();
      await expect
        .poll(() => firstLineInView(page, explanation), {
          message: `${topic}: the explanation's first line is in the host's view`,
        })
        .toBe(true);

      const panel = frame.getByRole("group", {
        name: report ? en.topics.stepperLabel : en.topics.chosenLabel,
      });
      if (report) {
        // The way through its mentions comes with it.
        await expect
          .poll(() =>
            firstLineInView(
              page,
              panel.getByRole("button", { name: en.topics.next }),
            ),
          )
          .toBe(true);
      } else {
        // No report in the frame: nothing promises marks in it.
        await expect(frame.getByText(en.topics.intro)).toHaveCount(0);
        await expect(
          frame.getByText(en.topics.introWithoutReport),
        ).toBeVisible();
        await expect(
          panel.getByRole("button", { name: en.topics.close }),
        ).toBeVisible();
        await expect(
          frame.getByRole("button", { name: en.topics.clear }),
        ).toHaveCount(0);
      }
    }
  });
}
