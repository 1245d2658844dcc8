/**
 * Takes docs/authoring-fields.png: the test explainer's page with each of its content
 * fields outlined and labelled with the file and field it comes from, for
 * docs/authoring.md. The test explainer, because it is short enough for the whole
 * page to fit one picture. Builds it when stale, then:
 *
 *   npx node tools/fieldScreenshot.ts [file]
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { CHROMIUM_FLAGS, findChromium } from "./chromium.ts";
import { startStaticServer } from "./staticServer.ts";
import { ensureBuilt } from "./testBuilds.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const file = process.argv[2] ?? join(ROOT, "docs/authoring-fields.png");

/**
 * What to label, in page order: the element (its first match), and the file and field
 * it shows. `topicExplanations.ts` and `topicTerms.ts` show once a topic is chosen.
 */
const FIELDS: readonly (readonly [selector: string, label: string])[] = [
  [".site-name", "meta.ts · siteName"],
  ["h1", "article.ts · headline"],
  [".standfirst", "article.ts · standfirst"],
  [".dateline", "article.ts · dateline"],
  [".in-brief", "brief.ts · brief"],
  ["#first-paragraph", "article.ts · body: a paragraph, pair by pair"],
  [".note", "notes.ts · a note beside its passage"],
  [".passage-events:not(:empty)", "timeline.ts · events that name the passage"],
  ["mark", "topicTerms.ts · a chosen topic's words"],
  [
    ".article-footer",
    "article.ts · sourceCredit, headlineCredit, translationCredit",
  ],
  [".timeline-event", "timeline.ts · an event: date, title, text, sources"],
  [".topic-group h3", "topics.ts · topicGroups: a group's label"],
  [".topic-button", "topics.ts · topics: a topic's label"],
  [".topic-explanation", "topicExplanations.ts · what the chosen topic is"],
];

const server = await startStaticServer({ root: await ensureBuilt("fixture") });
const browser = await chromium.launch({
  executablePath: findChromium() ?? "",
  args: [...CHROMIUM_FLAGS],
});
try {
  // The page's Content Security Policy allows no inline style, which the labels are.
  const page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    bypassCSP: true,
  });
  await page.goto(`${server.origin}/en/`);
  // As tall as the page, so that what sticks to the screen (the top bar, the chosen
  // topic's panel) stands where it would at the page's top and foot.
  const height = await page.evaluate(
    () => document.documentElement.scrollHeight,
  );
  await page.setViewportSize({ width: 1280, height: height + 200 });
  // The app marks <html data-live> once React has taken the page over.
  await page.locator('html[data-live~="page"]').waitFor({ state: "attached" });
  await page
    .getByRole("button", { name: "Sample meetings" })
    .and(page.locator(".topic-button"))
    .click();
  await page.locator(".topic-explanation").waitFor();
  await page.evaluate(() => document.fonts.ready);
  // Choosing a topic scrolls to it; the top bar sticks where the page is scrolled to.
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: "instant" }));
  await page.addStyleTag({
    content: `
      .field-outline { outline: 2px dashed #c2185b !important; outline-offset: 2px; }
      .field-label {
        position: absolute; z-index: 10000; transform: translateY(-100%);
        background: #c2185b; color: #fff; font: 600 12px/1.4 system-ui, sans-serif;
        padding: 1px 6px; border-radius: 3px; white-space: nowrap; pointer-events: none;
      }`,
  });
  await page.evaluate((fields) => {
    for (const [selector, label] of fields) {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`Nothing on the page matches ${selector}`);
      element.classList.add("field-outline");
      const box = element.getBoundingClientRect();
      const tag = document.createElement("div");
      tag.className = "field-label";
      tag.textContent = label;
      tag.style.top = `${box.top + window.scrollY - 3}px`;
      tag.style.left = `${box.left + window.scrollX}px`;
      document.body.append(tag);
    }
  }, FIELDS);
  await page.screenshot({ path: file });
  console.log(file);
} finally {
  await browser.close();
  await server.close();
}
