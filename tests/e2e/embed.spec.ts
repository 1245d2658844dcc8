import { copyFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Frame, Page } from "@playwright/test";
import { article } from "../../src/content/cyber-dialogue/article.ts";
import type { StaticServer } from "../../tools/staticServer.ts";
import {
  hostPageAt,
  startCrossOrigin,
  stopCrossOrigin,
  type CrossOrigin,
} from "./crossOrigin.ts";
import { expect, pixelAt, test, untilLive } from "./fixtures.ts";

/** Host pages on an origin of their own, embedding the built explainer (crossOrigin.ts). */
let servers: CrossOrigin;
let explainer: StaticServer;
let host: StaticServer;
let hostFolder = "";

test.beforeAll(async () => {
  servers = await startCrossOrigin();
  ({ explainer, host, hostFolder } = servers);
  await copyFile(
    "node_modules/pym.js/dist/pym.v1.min.js",
    join(hostFolder, "pym.v1.min.js"),
  );
});

test.afterAll(() => stopCrossOrigin(servers));

interface FrameSpec {
  readonly name: string;
  readonly path: string;
  readonly sandbox?: string;
}

const FRAMES: readonly FrameSpec[] = [
  { name: "plain", path: "/embed/" },
  { name: "sandboxed", path: "/embed/", sandbox: "allow-scripts allow-popups" },
  {
    name: "sandboxed-same-origin",
    path: "/embed/",
    sandbox: "allow-scripts allow-same-origin allow-popups",
  },
  { name: "english", path: "/en/embed/" },
  { name: "timeline", path: "/embed/timeline/" },
];

function hostPage(frames: readonly FrameSpec[]): string {
  const iframes = frames
    .map(
      (frame) =>
        `<h2>${frame.name}</h2><iframe id="${frame.name}" name="${frame.name}" src="${explainer.origin}${frame.path}" ` +
        `title="Explainer ${frame.name}" ${frame.sandbox ? `sandbox="${frame.sandbox}"` : ""} ` +
        `style="width: 100%; height: 800px; border: 0" data-explainer></iframe>`,
    )
    .join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title>
    <meta name="viewport" content="width=device-width, initial-scale=1"></head>
    <body style="margin: 0 auto; max-width: 720px; padding: 0 16px">
    <h1>A newsroom's article</h1>${iframes}
    <script src="${explainer.origin}/embed.js" async></script></body></html>`;
}

/** Opens `html` as a host page and collects every message the frames send it. */
async function openHost(page: Page, html: string): Promise<void> {
  const address = await hostPageAt(servers, html);
  await page.addInitScript(() => {
    const received: unknown[] = [];
    Object.defineProperty(window, "__received", { value: received });
    window.addEventListener("message", (event) => received.push(event.data));
  });
  await page.goto(address);
}

/** The frame element's height on the host, and its content's height inside. */
async function heights(page: Page, id: string) {
  const element = page.locator(`iframe#${id}`);
  const outer = await element.evaluate(
    (node) => node.getBoundingClientRect().height,
  );
  const inner = await element
    .contentFrame()
    .locator(":root")
    .evaluate((root) => root.getBoundingClientRect().height);
  return { outer, inner };
}

async function expectFitted(page: Page, id: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const { outer, inner } = await heights(page, id);
        return Math.abs(outer - Math.ceil(inner));
      },
      { message: `frame ${id} is as tall as its content` },
    )
    .toBeLessThanOrEqual(2);
}

/** The frame named `id` on the host page (its `name` is its id). */
function frameNamed(page: Page, id: string): Frame {
  const frame = page.frame({ name: id });
  if (!frame) throw new Error(`no frame ${id}`);
  return frame;
}

/**
 * The frame, once its page has come to life. The wait is a web-first assertion,
 * polled on a timer: a frame of another origin out of sight draws no frames, so a
 * check run on animation frames would never run again.
 */
async function liveFrame(page: Page, id: string): Promise<Frame> {
  const frame = frameNamed(page, id);
  await untilLive(frame);
  return frame;
}

test("every frame on a host page is as tall as its content, sandboxed or not", async ({
  page,
}) => {
  await openHost(page, hostPage(FRAMES));
  for (const frame of FRAMES) await expectFitted(page, frame.name);

  const english = await liveFrame(page, "english");
  await expect(english.locator("html")).toHaveAttribute("lang", "en");
  await expect(english.getByRole("heading", { level: 1 })).toHaveText(
    article.headline.en,
  );
  const timeline = await liveFrame(page, "timeline");
  await expect(timeline.getByRole("article")).toHaveCount(0);
  await expect(timeline.locator(".timeline-event")).toHaveCount(15);
});

for (const frame of FRAMES.slice(0, 3)) {
  test(`the ${frame.name} frame keeps its height right through a switch, a topic and a narrow host`, async ({
    page,
  }) => {
    await openHost(page, hostPage([frame]));
    await expectFitted(page, frame.name);
    const inside = await liveFrame(page, frame.name);

    await inside.getByRole("link", { name: "English" }).click();
    await expect(inside.getByRole("heading", { level: 1 })).toHaveText(
      article.headline.en,
    );
    await expectFitted(page, frame.name);

    // By keyboard: the frame may still be settling to its new height, and a pointer
    // aimed at a moving button can land on its neighbour.
    const topic = inside.getByRole("button", { name: "Budapest Convention" });
    await topic.focus();
    await page.keyboard.press("Enter");
    await expect(topic).toHaveAttribute("aria-pressed", "true");
    await expect(
      inside.getByText(/Council of Europe’s Convention on Cybercrime/),
    ).toHaveCount(2);
    await expectFitted(page, frame.name);

    await page.setViewportSize({ width: 320, height: 640 });
    await expectFitted(page, frame.name);
    const narrow = (await heights(page, frame.name)).outer;
    await page.setViewportSize({ width: 1280, height: 800 });
    await expectFitted(page, frame.name);
    // The frame grew for the narrow host and shrank back for the wide one.
    expect((await heights(page, frame.name)).outer).toBeLessThan(narrow);
  });
}

test("a host using pym.js alone sizes the frame too", async ({ page }) => {
  await openHost(
    page,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Pym host</title></head>
     <body><div id="pym-explainer"></div>
     <script src="${host.origin}/pym.v1.min.js"></script>
     <script>new pym.Parent("pym-explainer", "${explainer.origin}/en/embed/", {});</script>
     </body></html>`,
  );
  const element = page.locator("#pym-explainer iframe");
  await expect(element).toHaveCount(1);
  await expect
    .poll(async () => {
      const inner = await element
        .contentFrame()
        .locator(":root")
        .evaluate((root) => root.getBoundingClientRect().height);
      const outer = await element.evaluate(
        (node) => node.getBoundingClientRect().height,
      );
      return Math.abs(outer - Math.ceil(inner));
    })
    .toBeLessThanOrEqual(2);
});

/** What a frame may send its host: its height, in our format or AMP's, and nothing else. */
function isSizeMessage(message: unknown): boolean {
  if (typeof message !== "object" || message === null) return false;
  const keys = Object.keys(message).sort().join();
  const { type } = message as { type?: unknown };
  return (
    (keys === "height,type,version" && type === "explainer:height") ||
    (keys === "height,sentinel,type" && type === "embed-size")
  );
}

const received = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __received: unknown[] }).__received,
  );

// The matrix of messages, into a frame and out of one, is in
// tests/unit/heightReporter.test.ts and tests/unit/embedHost.test.ts; here, that a
// frame on a real host page of another origin ignores what it should.
test("hostile messages posted into a frame change nothing, and it sends nothing but sizes", async ({
  page,
}) => {
  await openHost(page, hostPage([FRAMES[0] as FrameSpec]));
  await expectFitted(page, "plain");
  const inside = await liveFrame(page, "plain");
  const before = await heights(page, "plain");
  const sent = (await received(page)).length;

  await page.evaluate(() => {
    const target = (document.getElementById("plain") as HTMLIFrameElement)
      .contentWindow;
    for (const message of [
      "pymxPYMxplainxPYMxwidthxPYMx<img src=x onerror=alert(1)>",
      { type: "explainer:height", height: 99999 },
      { type: "explainer:set-language", lang: "en" },
      JSON.stringify({ type: "explainer:request-height" }),
      // Last, a true request: the frame answers it once it has read all the others.
      { type: "explainer:request-height" },
    ])
      target?.postMessage(message, "*");
  });
  await expect
    .poll(async () => (await received(page)).length)
    .toBeGreaterThan(sent);

  await expect(inside.locator("html")).toHaveAttribute("lang", "vi");
  expect((await heights(page, "plain")).outer).toBe(before.outer);
  // Every message since the frame loaded, its answer included.
  expect(sent).toBeGreaterThan(0);
  expect((await received(page)).filter((m) => !isSizeMessage(m))).toEqual([]);
});

test("without ResizeObserver the frame still follows its content", async ({
  page,
}) => {
  await page.addInitScript(() => {
    // As in a browser from before ResizeObserver, in the host and in its frames.
    Reflect.deleteProperty(window, "ResizeObserver");
  });
  await openHost(page, hostPage([FRAMES[0] as FrameSpec]));
  await expectFitted(page, "plain");
  const inside = await liveFrame(page, "plain");
  expect(await inside.evaluate(() => "ResizeObserver" in window)).toBe(false);
  await inside.getByRole("link", { name: "English" }).click();
  await expect(inside.getByRole("heading", { level: 1 })).toHaveText(
    article.headline.en,
  );
  await expectFitted(page, "plain");
});

/** Frames stacked on a cross-origin host, most of them below the fold. */
const BELOW_THE_FOLD: readonly FrameSpec[] = [
  { name: "whole", path: "/embed/" },
  { name: "sandboxed", path: "/embed/", sandbox: "allow-scripts" },
  { name: "timeline", path: "/embed/timeline/" },
];

/** A host that reads AMP's `embed-size` message itself, without `embed.js`. */
function ampListenerHost(frames: readonly FrameSpec[]): string {
  return hostPage(frames).replace(
    `<script src="${explainer.origin}/embed.js" async></script>`,
    `<script>
      window.addEventListener("message", (event) => {
        const data = event.data;
        if (!data || data.sentinel !== "amp" || data.type !== "embed-size") return;
        for (const frame of document.querySelectorAll("iframe")) {
          if (frame.contentWindow === event.source) frame.style.height = data.height + "px";
        }
      });
    </script>`,
  );
}

/** Whether the frame's document has taken the width of its frame on the host. */
async function hasFrameWidth(page: Page, id: string): Promise<boolean> {
  const width = await page
    .locator(`iframe#${id}`)
    .evaluate((node) => node.clientWidth);
  const inner = await frameNamed(page, id).evaluate(() => window.innerWidth);
  return inner === width;
}

/**
 * The frame is as tall as its content, laid out for real (no `content-visibility`
 * placeholder standing in for a section), within 2 px.
 */
async function expectTrulyFitted(page: Page, id: string): Promise<void> {
  expect(
    await frameNamed(page, id).evaluate(() =>
      [...document.querySelectorAll("*")].filter(
        (element) => getComputedStyle(element).contentVisibility === "auto",
      ),
    ),
    `frame ${id} lays out every section`,
  ).toHaveLength(0);
  await expect
    .poll(
      async () => {
        const { outer, inner } = await heights(page, id);
        return Math.abs(outer - Math.ceil(inner));
      },
      { message: `frame ${id} is as tall as its content` },
    )
    .toBeLessThanOrEqual(2);
}

/** Each frame has its width (a moment after the host's resize), then fits. */
async function expectAllFitted(page: Page): Promise<void> {
  for (const { name } of BELOW_THE_FOLD) {
    await expect.poll(() => hasFrameWidth(page, name)).toBe(true);
    await expectTrulyFitted(page, name);
  }
}

async function openStack(page: Page, html: string): Promise<void> {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openHost(page, html);
  for (const { name } of BELOW_THE_FOLD) await liveFrame(page, name);
}

async function expectUnseen(page: Page): Promise<void> {
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const top = await page
    .locator(`iframe#${BELOW_THE_FOLD.at(-1)?.name}`)
    .evaluate((node) => node.getBoundingClientRect().top);
  expect(top, "the last frame is out of sight").toBeGreaterThan(768);
}

test("with embed.js, frames below the fold of another origin's page fit their content at every width, unseen", async ({
  page,
}) => {
  await openStack(page, hostPage(BELOW_THE_FOLD));
  await expectAllFitted(page);
  const wide = (await heights(page, "timeline")).outer;

  await page.setViewportSize({ width: 320, height: 640 });
  await expectAllFitted(page);
  expect((await heights(page, "timeline")).outer).toBeGreaterThan(wide);

  await page.setViewportSize({ width: 1024, height: 768 });
  await expectAllFitted(page);
  expect((await heights(page, "timeline")).outer).toBe(wide);
  await expectUnseen(page);
});

// Chromium hands a frame of another origin, out of sight, its new width only when
// its host page posts it a message (as embed.js and pym.js do) or it comes near the
// viewport. A host that only listens gets each frame's true height for the width the
// frame has.
test("with a plain AMP listener, frames below the fold of another origin's page fit their content, unseen, through a narrowing and back", async ({
  page,
}) => {
  await openStack(page, ampListenerHost(BELOW_THE_FOLD));
  await expectAllFitted(page);
  const wide = (await heights(page, "timeline")).outer;

  await page.setViewportSize({ width: 320, height: 640 });
  await expect.poll(() => hasFrameWidth(page, "whole")).toBe(true);
  for (const { name } of BELOW_THE_FOLD) await expectTrulyFitted(page, name);

  await page.setViewportSize({ width: 1024, height: 768 });
  await expectAllFitted(page);
  expect((await heights(page, "timeline")).outer).toBe(wide);
  await expectUnseen(page);
});

/** The colour painted just inside a frame's top left corner, in its padding. */
async function frameCorner(page: Page, id: string): Promise<string> {
  const box = await page.locator(`iframe#${id}`).boundingBox();
  if (!box) throw new Error(`no frame ${id}`);
  return pixelAt(page, box.x + 3, box.y + 3);
}

const LIGHT_BG = "rgb(253, 252, 249)";
const DARK_BG = "rgb(19, 21, 25)";
const HOST_BG = "rgb(255, 236, 204)";

test.describe("under a dark system setting", () => {
  test.use({ colorScheme: "dark" });

  test("an embed is light by default; theme=dark and theme=auto are dark; bg=transparent shows the host", async ({
    page,
  }) => {
    const frames: FrameSpec[] = [
      { name: "default", path: "/en/embed/topics/" },
      { name: "dark", path: "/en/embed/topics/?theme=dark" },
      { name: "auto", path: "/en/embed/topics/?theme=auto" },
      { name: "transparent", path: "/en/embed/topics/?bg=transparent" },
      {
        name: "bogus",
        path: "/en/embed/topics/?theme=%3Cscript%3E&bg=%00",
      },
    ];
    await openHost(
      page,
      hostPage(frames).replace(
        "padding: 0 16px",
        `padding: 0 16px; background: ${HOST_BG}`,
      ),
    );
    for (const { name } of frames) await expectFitted(page, name);
    const expected: Record<string, [string, string]> = {
      default: [LIGHT_BG, "light"],
      dark: [DARK_BG, "dark"],
      auto: [DARK_BG, "light dark"],
      transparent: [HOST_BG, "light"],
      bogus: [LIGHT_BG, "light"],
    };
    for (const [name, [colour, scheme]] of Object.entries(expected)) {
      const frame = await liveFrame(page, name);
      await page
        .locator(`iframe#${name}`)
        .evaluate((node) => node.scrollIntoView({ block: "start" }));
      // Read once the frame, just scrolled to, has painted where it now stands.
      await expect
        .poll(() => frameCorner(page, name), {
          message: `${name}'s background`,
        })
        .toBe(colour);
      expect(
        await frame.evaluate(
          () => getComputedStyle(document.documentElement).colorScheme,
        ),
        `${name}'s colour scheme, which form controls and scroll bars follow`,
      ).toBe(scheme);
    }
  });

  test("the full page still follows the reader's setting", async ({ page }) => {
    await page.goto(`${explainer.origin}/en/`);
    expect(await pixelAt(page, 2, 200)).toBe(DARK_BG);
  });
});

test("at 320 px the embed's text keeps a comfortable distance from the frame's edges", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openHost(
    page,
    hostPage([{ name: "timeline", path: "/embed/timeline/" }]).replace(
      "padding: 0 16px",
      "padding: 0",
    ),
  );
  await expectFitted(page, "timeline");
  const frame = await liveFrame(page, "timeline");
  const edges = await frame.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const boxes = [
      ...document.querySelectorAll("h2, p, h3, .language-switch"),
    ].map((element) => element.getBoundingClientRect());
    return {
      width,
      scrollWidth: document.documentElement.scrollWidth,
      left: Math.min(...boxes.map((box) => box.left)),
      right: Math.max(...boxes.map((box) => box.right)),
    };
  });
  expect(edges.width).toBe(320);
  expect(edges.scrollWidth).toBe(320);
  expect(edges.left).toBeGreaterThanOrEqual(12);
  expect(edges.width - edges.right).toBeGreaterThanOrEqual(12);
});

/** Where an element of a frame stands in the host's viewport, top and bottom. */
async function placeOnHost(page: Page, id: string, selector: string) {
  const frame = frameNamed(page, id);
  const frameTop = await page
    .locator(`iframe#${id}`)
    .evaluate((node) => node.getBoundingClientRect().top);
  const box = await frame
    .locator(selector)
    .evaluate((node) => node.getBoundingClientRect());
  return { top: frameTop + box.top, bottom: frameTop + box.bottom };
}

for (const [how, path] of [
  ["a deep link", "/en/embed/timeline/#sixth-dialogue"],
  ["start=", "/en/embed/timeline/?start=sixth-dialogue"],
] as const) {
  test(`${how} in a frame scrolls the host page of another origin to the event, marked`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await openHost(page, hostPage([{ name: "deep", path }]));
    await expectFitted(page, "deep");
    const frame = await liveFrame(page, "deep");
    await expect(frame.locator("#sixth-dialogue")).toHaveClass(/is-target/);
    // The row opens to its text.
    await expect(frame.locator("#sixth-dialogue details")).toHaveAttribute(
      "open",
      "",
    );
    await expect
      .poll(async () => {
        const { top, bottom } = await placeOnHost(
          page,
          "deep",
          "#sixth-dialogue",
        );
        return top >= 0 && bottom <= 768;
      })
      .toBe(true);
    // The event is below the host's first screen: the host did scroll.
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });
}

// The bounds of a request, a stranger's frame, and a request refused before one
// granted: tests/unit/embedHost.test.ts. Here, on a real host of another origin.
test("the host scrolls for its own frame once per request: when it loads, and when the reader moves into it", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  // Room below the frame, so that the page can scroll to the point asked for.
  await openHost(
    page,
    hostPage([{ name: "own", path: "/en/embed/timeline/" }]).replace(
      "</body>",
      '<div style="height: 1000px"></div></body>',
    ),
  );
  await expectFitted(page, "own");
  const own = await liveFrame(page, "own");
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  /**
   * The frame asks to scroll to `top`, then says it asked: the host reads its
   * messages in order, so once the second is in, the first has been handled.
   */
  let asked = 0;
  const ask = async (top: number) => {
    asked += 1;
    await own.evaluate(
      ([value, count]) => {
        window.parent.postMessage(
          { type: "explainer:scroll-to", top: value },
          "*",
        );
        window.parent.postMessage({ asked: count }, "*");
      },
      [top, asked],
    );
    await expect.poll(() => received(page)).toContainEqual({ asked });
    return page.evaluate(() => window.scrollY);
  };
  // The frame's own ask, on load, is still to be had: a good one is heeded...
  expect(await ask(900)).toBeGreaterThan(500);
  // ...once.
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await ask(900)).toBe(0);
  // The reader moving into the frame allows one more.
  await own.locator("h2").first().click();
  expect(await ask(900)).toBeGreaterThan(500);
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await ask(900)).toBe(0);
});

test("the generator previews the real frame as chosen, and its snippet renders at the previewed height on a host", async ({
  page,
}) => {
  await page.goto(`${explainer.origin}/en/`);
  // The timeline's button answers a press once the timeline is hydrated.
  await untilLive(page, "timeline");
  await page
    .getByRole("button", { name: "Embed this section: Timeline" })
    .click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("radio", { name: "Timeline" })).toBeChecked();
  await dialog.getByRole("radio", { name: "Dark" }).click();

  const desktop = dialog.locator('figure[data-width="720"]');
  const phone = dialog.locator('figure[data-width="360"]');
  await expect(desktop.locator("figcaption")).toContainText(/\d px tall/);
  await expect(phone.locator("figcaption")).toContainText(/\d px tall/);
  const previewed = Number(
    await desktop.locator("iframe").getAttribute("data-height"),
  );
  const phoneHeight = Number(
    await phone.locator("iframe").getAttribute("data-height"),
  );
  expect(phoneHeight).toBeGreaterThan(previewed);

  // The preview is the real frame, in the options chosen.
  const frameTitle = `Timeline: ${article.headline.en}`;
  const preview = page.frameLocator('figure[data-width="720"] iframe');
  await expect(desktop.locator("iframe")).toHaveAttribute("title", frameTitle);
  await expect(preview.locator("html")).toHaveAttribute("lang", "en");
  await expect(preview.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(preview.locator("#timeline")).toHaveCount(1);
  await expect(preview.locator("article")).toHaveCount(0);

  const snippet = await dialog
    .getByRole("textbox", { name: "Embed code" })
    .inputValue();
  // The height a host without the script keeps: the phone's, which holds it all.
  expect(snippet).toContain(`height: ${phoneHeight}px`);
  expect(snippet).toContain(`title="${frameTitle}"`);
  expect(snippet).toContain("/en/embed/timeline/?theme=dark");

  // Pasted into a host's 720 px column, with its script and where scripts are stripped.
  const column = (code: string, width = 720) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title></head>
     <body style="margin: 0"><div style="width: ${width}px">${code}</div></body></html>`;
  const frame = page.locator("iframe[data-explainer]");
  await openHost(page, column(snippet));
  // The frame starts at the phone's height, the snippet's, until embed.js sets the
  // height the frame reports: wait for that one, not for any height past it.
  await expect
    .poll(async () =>
      Math.abs(
        (await frame.evaluate((node) => node.getBoundingClientRect().height)) -
          previewed,
      ),
    )
    .toBeLessThan(3);
  await writeFile(
    join(hostFolder, "stripped.html"),
    column(snippet.replace(/<script[^>]*><\/script>/, "")),
  );
  await page.goto(`${host.origin}/stripped.html`);
  expect(
    await frame.evaluate((node) => node.getBoundingClientRect().height),
  ).toBe(phoneHeight);

  // In a phone's column, stripped, the frame still holds all of its content.
  await writeFile(
    join(hostFolder, "stripped-phone.html"),
    column(snippet.replace(/<script[^>]*><\/script>/, ""), 360),
  );
  await page.goto(`${host.origin}/stripped-phone.html`);
  const inside = frame.contentFrame();
  await untilLive(inside);
  expect(
    await frame.evaluate((node) => node.getBoundingClientRect().height),
  ).toBe(phoneHeight);
  const laidOut = await inside.locator(":root").evaluate(() => ({
    width: window.innerWidth,
    content: document.documentElement.getBoundingClientRect().height,
  }));
  expect(laidOut.width).toBe(360);
  expect(laidOut.content).toBeLessThanOrEqual(phoneHeight);
});

test.describe("on a phone", () => {
  test.use({
    viewport: { width: 400, height: 800 },
    isMobile: true,
    hasTouch: true,
  });

  test("a passage's preview tapped open near the foot of the host's screen opens on the screen, above its link", async ({
    page,
  }) => {
    await openHost(page, hostPage([{ name: "english", path: "/en/embed/" }]));
    await expectFitted(page, "english");
    const frame = await liveFrame(page, "english");
    const row = frame.locator(".timeline-event").first();
    await row.locator("summary").tap();
    const link = row.locator(".event-passages a").first();
    // The host scrolled until the link is a little above the foot of its screen.
    const at = await link.boundingBox();
    await page.evaluate(
      (by) => window.scrollBy({ top: by, behavior: "instant" }),
      (at?.y ?? 0) - (800 - 60),
    );
    await link.tap();

    const card = frame.locator(".preview-card");
    await expect(card).toBeVisible();
    const [box, linkBox] = [await card.boundingBox(), await link.boundingBox()];
    expect(box?.y).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(
      linkBox?.y ?? 0,
    );
  });
});
