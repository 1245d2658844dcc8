/**
 * The performance benchmark: builds the site, serves `dist/` on loopback like a static
 * host, and measures what a reader gets: bytes (Size Limit, with the budgets in
 * .size-limit.json, and the CSS inline in each page), Lighthouse's mobile scores and
 * timings, and the time and layout shift of a language switch in Chromium, the one
 * figure no tool takes. Two reference pages are measured by Lighthouse in the same
 * run: a small static page (the limit) and React with react-i18next rendering one line
 * (the stack's floor). It prints the figures beside the previous run's (read from
 * bench/results.json, then overwritten) and exits non-zero when a budget is missed.
 * Timings are medians: this machine is shared.
 *
 *   npm run bench               all of it
 *   npm run bench -- --quick    without Lighthouse
 *
 * It measures whichever explainer was built (`EXPLAINER=<folder> npm run bench`), and
 * is type-checked with the build's other scripts (tsconfig.node.json).
 */
import { execFileSync } from "node:child_process";
import { readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { buildReferences } from "./benchReferences.ts";
import { CHROMIUM_FLAGS, findChromium } from "./chromium.ts";
import { startStaticServer } from "./staticServer.ts";

const RESULTS = "bench/results.json";
const PAGES = [
  { name: "vi", path: "/", file: "index.html" },
  { name: "en", path: "/en/", file: "en/index.html" },
  { name: "embed", path: "/embed/", file: "embed/index.html" },
];
/** The reference pages, measured by Lighthouse beside the explainer's. */
const REFERENCES = [
  { name: "static page (the limit)", key: "static" },
  { name: "React + i18next hello (the stack's floor)", key: "floor" },
] as const;
const KIB = 1024;
const BUDGET = {
  beforePaintJs: 90 * KIB,
  css: 10 * KIB,
  lighthouse: {
    performance: 100,
    accessibility: 100,
    "best-practices": 100,
    seo: 100,
  },
  lcpMs: 900,
  tbtMs: 50,
  cls: 0,
  switchWorkMs: 12,
  switchEventMs: 24,
  switchShift: 0,
};
// Lighthouse's own advice for its variability: the median of five runs.
// (https://github.com/GoogleChrome/lighthouse/blob/main/docs/variability.md)
const LIGHTHOUSE_RUNS = 5;
// Under this CPU benchmark index, Lighthouse warns that the host is slower than it
// expects (SLOW_CPU_BENCHMARK_INDEX_THRESHOLD in its core/gather/driver/environment.js).
const SLOW_HOST_INDEX = 1000;
const SWITCHES = 20;
// The switch is measured on this many fresh pages, one after another, and the figures
// pooled: one page's twenty switches can fall in a slow minute of this shared machine.
const SWITCH_PAGES = 3;
const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_FLAGS];

interface PageBytes {
  html: number;
  beforePaintJs: number;
  js: number;
  inlineCss: number;
  css: number;
}
interface SizeLimitEntry {
  name: string;
  size: number;
  sizeLimit?: number;
  passed?: boolean;
}
interface Bytes {
  pages: Record<string, PageBytes>;
  lazy: Record<string, number>;
  sizeLimit: SizeLimitEntry[];
}
type Category = "performance" | "accessibility" | "best-practices" | "seo";
type LighthouseFigures = Record<Category, number> & {
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  benchmarkIndex: number;
};
type LighthouseRun = LighthouseFigures & { failed: string[] };
type LighthouseResult = LighthouseFigures & { failedAudits: string[] };
interface SwitchFigures {
  workMedianMs: number;
  workMaxMs: number;
  nextFrameMedianMs: number;
  eventMedianMs: number;
  eventMaxMs: number;
  framesToPaint: number;
  layoutShift: number;
  maxDriftPx: number;
}
interface SwitchSamples {
  work: number[];
  timings: number[];
  durations: number[];
  frames: number[];
  shifts: number[];
  drifts: number[];
}
interface Results {
  date: string;
  chromium: string;
  bytes: Bytes;
  switch: SwitchFigures;
  lighthouse?: Record<string, LighthouseResult>;
  references?: Record<string, LighthouseResult>;
}
interface TraceEvent {
  ph: string;
  name: string;
  ts: number;
  dur: number;
  tid: number;
  args?: { data?: { type?: string } };
}
/** What the page under test keeps for the bench to read. */
interface BenchWindow {
  __shift: number;
  __timings: number[];
  __frames: number[];
  __events: number[];
}
type LayoutShift = PerformanceEntry & {
  hadRecentInput: boolean;
  value: number;
};
type EventEntry = PerformanceEntry & { interactionId?: number };

const quick = process.argv.includes("--quick");
const found = findChromium();
if (!found)
  throw new Error("No Chromium: run `npx node tools/chromium.ts --ensure`.");
const chromePath = found;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const at = (index: number) => sorted[index] ?? NaN;
  return sorted.length % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
};
const gzipBytes = async (file: string): Promise<number> =>
  gzipSync(await readFile(file)).length;

/**
 * Gzipped bytes of each page and of what it loads before it is first shown, and Size
 * Limit's verdict on the budgets in .size-limit.json.
 */
async function measureBytes(): Promise<Bytes> {
  const pages: Record<string, PageBytes> = {};
  for (const page of PAGES) {
    const html = await readFile(join("dist", page.file), "utf8");
    const files = (pattern: RegExp) => [
      ...new Set(
        [...html.matchAll(pattern)].map((match) =>
          (match[1] ?? "").replace(/^(\.\.\/|\.\/)+/, ""),
        ),
      ),
    ];
    // Before the first paint, the page runs only what is inline in it (the loader,
    // and an embed's theme) and whatever script it names outside the template that
    // waits for that paint (none). The first view's code is what waits there: the
    // entry and the chunks the build found it fetches at once, preloaded with it.
    const waiting =
      /<template data-after-first-paint>([\s\S]*?)<\/template>/.exec(
        html,
      )?.[1] ?? "";
    const outside = html.replace(waiting, "");
    let beforePaintJs = [
      ...outside.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g),
    ].reduce((sum, match) => sum + gzipSync(match[1] ?? "").length, 0);
    for (const match of outside.matchAll(/<script[^>]+src="([^"]+)"/g))
      beforePaintJs += await gzipBytes(
        join("dist", (match[1] ?? "").replace(/^(\.\.\/|\.\/)+/, "")),
      );
    const firstView = new Set<string>();
    for (const match of waiting.matchAll(/(?:src|href)="([^"]+\.js)"/g))
      firstView.add((match[1] ?? "").replace(/^(\.\.\/|\.\/)+/, ""));
    let js = 0;
    for (const file of firstView) js += await gzipBytes(join("dist", file));
    // The style sheet loads after the first paint (and, without script, from a
    // <noscript>): counted once.
    let css = 0;
    for (const file of files(/<link rel="stylesheet"[^>]+href="([^"]+)"/g))
      css += await gzipBytes(join("dist", file));
    const inline = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)]
      .map((match) => match[1] ?? "")
      .join("");
    pages[page.name] = {
      html: gzipSync(html).length,
      beforePaintJs,
      js,
      inlineCss: inline ? gzipSync(inline).length : 0,
      css,
    };
  }
  // Chunks no page loads by itself: loaded on demand, or in a frame only.
  const loaded = (
    await Promise.all(
      PAGES.map((page) => readFile(join("dist", page.file), "utf8")),
    )
  ).join("");
  const lazy: Record<string, number> = {};
  for (const file of await readdir("dist/assets")) {
    if (file.endsWith(".js") && !loaded.includes(file)) {
      lazy[file.replace(/-[\w-]{8}\.js$/, ".js")] = await gzipBytes(
        join("dist/assets", file),
      );
    }
  }
  return { pages, lazy, sizeLimit: runSizeLimit() };
}

/**
 * Size Limit's figures for the budgets in .size-limit.json. It exits non-zero when one
 * is over, with its figures all the same.
 */
function runSizeLimit(): SizeLimitEntry[] {
  let output: string;
  try {
    output = execFileSync("npx", ["size-limit", "--json"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    });
  } catch (error) {
    output = (error as { stdout?: string }).stdout ?? "";
  }
  return JSON.parse(output) as SizeLimitEntry[];
}

/**
 * Lighthouse's mobile scores for one page: the median of a few runs, each figure apart.
 */
async function measureLighthouse(url: string): Promise<LighthouseResult> {
  const runs: LighthouseRun[] = [];
  for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
    const chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: CHROME_FLAGS,
    });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: [
          "performance",
          "accessibility",
          "best-practices",
          "seo",
        ],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      const score = (category: string) =>
        Math.round((lhr.categories[category]?.score ?? 0) * 100);
      const value = (audit: string) => lhr.audits[audit]?.numericValue ?? NaN;
      runs.push({
        performance: score("performance"),
        accessibility: score("accessibility"),
        "best-practices": score("best-practices"),
        seo: score("seo"),
        fcpMs: value("first-contentful-paint"),
        lcpMs: value("largest-contentful-paint"),
        tbtMs: value("total-blocking-time"),
        cls: value("cumulative-layout-shift"),
        // Lighthouse's own measure of the host's CPU, taken in each run: its timings
        // scale with it (docs/throttling.md in Lighthouse's repository).
        benchmarkIndex: lhr.environment.benchmarkIndex,
        failed: Object.values(lhr.categories)
          .flatMap((category) => category.auditRefs)
          .filter(
            (ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1,
          )
          .map((ref) => ref.id),
      });
    } finally {
      chrome.kill();
    }
  }
  const figure = (key: keyof LighthouseFigures) =>
    median(runs.map((run) => run[key]));
  return {
    performance: figure("performance"),
    accessibility: figure("accessibility"),
    "best-practices": figure("best-practices"),
    seo: figure("seo"),
    fcpMs: Math.round(figure("fcpMs")),
    lcpMs: Math.round(figure("lcpMs")),
    tbtMs: Math.round(figure("tbtMs")),
    cls: Number(figure("cls").toFixed(3)),
    benchmarkIndex: Math.round(figure("benchmarkIndex")),
    failedAudits: [...new Set(runs.flatMap((run) => run.failed))],
  };
}

/** The renderer's work for one frame: style, layout, paint and what comes with them. */
const RENDERING = new Set([
  "UpdateLayoutTree",
  "Layout",
  "PrePaint",
  "Paint",
  "Layerize",
]);

/**
 * The language switch as a reader on a phone makes it, mid-article, `SWITCHES` times
 * on each of `SWITCH_PAGES` fresh pages, the figures pooled (medians, and the worst).
 * Two times are taken. The work: from the click to the end of the frame that paints the
 * new language (the click's handler, then style, layout and paint), read from
 * Chromium's trace. And the click to the next frame as the page sees it (a frame, then
 * a task after it); Chromium lines input up with frames, so that one cannot fall below
 * a frame's length however little the work, and is shown for what it is. Also the
 * layout shift the switch causes that is not the reader's own doing, and how far the
 * paragraph being read moves on screen: the one halfway through the article. The
 * frame is judged by that paragraph, what the reader sees: parts of the page out of
 * sight follow once it is painted, and each switch waits for them before the next.
 */
async function measureSwitch(origin: string): Promise<SwitchFigures> {
  const pages: SwitchSamples[] = [];
  for (let index = 0; index < SWITCH_PAGES; index++)
    pages.push(await measureSwitchOnPage(origin));
  const all = (key: keyof SwitchSamples) =>
    pages.flatMap((samples) => samples[key]);
  const work = all("work");
  const durations = all("durations");
  return {
    workMedianMs: Number(median(work).toFixed(1)),
    workMaxMs: Number(Math.max(...work).toFixed(1)),
    nextFrameMedianMs: Number(median(all("timings")).toFixed(1)),
    eventMedianMs: median(durations),
    eventMaxMs: Math.max(...durations),
    framesToPaint: Math.max(...all("frames")),
    layoutShift: Number(Math.max(...all("shifts")).toFixed(4)),
    maxDriftPx: Number(Math.max(...all("drifts")).toFixed(1)),
  };
}

/**
 * `SWITCHES` switches on one fresh page: each one's work, time to the next frame as
 * the page sees it, Event Timing duration, frames to the new language and move of the
 * paragraph read; and the page's layout shift.
 */
async function measureSwitchOnPage(origin: string): Promise<SwitchSamples> {
  const browser = await chromium.launch({
    executablePath: chromePath,
    args: CHROME_FLAGS.slice(1),
  });
  try {
    const page = await browser.newPage({
      viewport: { width: 390, height: 844 },
      isMobile: true,
    });
    await page.goto(`${origin}/`);
    // The app marks the parts it has hydrated in `<html data-live>`.
    await page.waitForSelector('html[data-live~="page"]', {
      state: "attached",
    });
    const reading = await page.evaluate(() => {
      const paragraphs = document.querySelectorAll(
        ".article-body .paragraph[id]",
      );
      const paragraph = paragraphs[Math.floor(paragraphs.length / 2)];
      if (!paragraph) throw new Error("The article has no paragraphs.");
      window.scrollTo({
        top: window.scrollY + paragraph.getBoundingClientRect().top - 200,
        behavior: "instant",
      });
      const bench = window as unknown as Window & BenchWindow;
      bench.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as LayoutShift[])
          if (!entry.hadRecentInput) bench.__shift += entry.value;
      }).observe({ type: "layout-shift", buffered: false });
      // The browser's own account of each click (Event Timing): from the input to the
      // next paint. Entries come only for 16 ms and over.
      bench.__events = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as EventEntry[])
          if (entry.name === "click") bench.__events.push(entry.duration);
      }).observe({
        type: "event",
        durationThreshold: 16,
        buffered: false,
      } as PerformanceObserverInit);
      bench.__timings = [];
      bench.__frames = [];
      window.addEventListener(
        "click",
        (event) => {
          const start = event.timeStamp;
          // What the reader sees: the paragraph they are reading.
          const text = paragraph.textContent;
          requestAnimationFrame(() => {
            // Frames until the new language is on screen: 1 when the first frame has it.
            bench.__frames.push(paragraph.textContent !== text ? 1 : 2);
            const channel = new MessageChannel();
            channel.port1.onmessage = () =>
              bench.__timings.push(performance.now() - start);
            channel.port2.postMessage(undefined);
          });
        },
        { capture: true },
      );
      // To another language and back: the first other language the switch offers.
      const here = document.documentElement.lang;
      const other = [
        ...document.querySelectorAll(".language-switch a[hreflang]"),
      ].find((link) => link.getAttribute("hreflang") !== here);
      return {
        id: paragraph.id,
        langs: [other?.getAttribute("hreflang") ?? here, here],
      };
    });
    // The switch is measured on a live page: the paragraph read has hydrated (it is
    // near the screen once scrolled to), and the other language's text, fetched when
    // the page is idle, has arrived. A click before either takes a frame more, by
    // design (tests/e2e/hydration.spec.ts, languageText.spec.ts), on a slow day
    // often enough to be counted here.
    await page.waitForFunction(
      () =>
        /\barticle\b/.test(document.documentElement.dataset.live ?? "") &&
        performance
          .getEntriesByType("resource")
          .some((entry) => /\/explainer-text-[\w-]+\.js$/.test(entry.name)),
    );
    // The text is fetched; the page adds it in a transition, which nothing in the
    // page marks: a moment for it.
    await page.waitForTimeout(500);
    const drifts: number[] = [];
    const paragraph = page.locator(`[id="${reading.id}"]`);
    const links = reading.langs.map((lang) =>
      page.locator(`.language-switch a[hreflang="${lang}"]`),
    );
    await browser.startTracing(page, { categories: ["devtools.timeline"] });
    for (let index = 0; index < SWITCHES; index++) {
      const before = await paragraph.evaluate(
        (element) => element.getBoundingClientRect().top,
      );
      await links[index % 2]?.click();
      await page.waitForFunction(
        (count) =>
          (window as unknown as Window & BenchWindow).__timings.length >= count,
        index + 1,
      );
      // The whole page has followed: the parts out of sight, then the head. Where
      // the paragraph is is read after that, and the next switch made.
      await page.waitForFunction(
        (lang) =>
          document.documentElement.lang === lang &&
          new Promise((resolve) =>
            requestAnimationFrame(() => requestAnimationFrame(resolve)),
          ).then(() => true),
        reading.langs[index % 2],
      );
      const after = await paragraph.evaluate(
        (element) => element.getBoundingClientRect().top,
      );
      drifts.push(Math.abs(after - before));
    }
    // Chromium writes the trace as an object with `traceEvents`, or as the bare list.
    const trace = JSON.parse((await browser.stopTracing()).toString("utf8")) as
      { traceEvents?: TraceEvent[] } | TraceEvent[];
    // Event Timing entries are reported after the paint they end at.
    await page.waitForTimeout(500);
    const { timings, frames, shift, events } = await page.evaluate(() => {
      const bench = window as unknown as Window & BenchWindow;
      return {
        timings: bench.__timings,
        frames: bench.__frames,
        shift: bench.__shift,
        events: bench.__events,
      };
    });
    // A click with no entry took under 16 ms: counted as 16.
    const durations = [
      ...events,
      ...Array.from(
        { length: Math.max(0, SWITCHES - events.length) },
        () => 16,
      ),
    ];
    const work = switchWork(
      Array.isArray(trace) ? trace : (trace.traceEvents ?? []),
    );
    if (work.length !== SWITCHES)
      throw new Error(
        `Found ${work.length} switches in the trace, not ${SWITCHES}.`,
      );
    return { work, timings, durations, frames, shifts: [shift], drifts };
  } finally {
    await browser.close();
  }
}

/**
 * For each click in a trace: the click's handling and the rendering of the frame after it, in ms.
 */
function switchWork(events: readonly TraceEvent[]): number[] {
  const complete = events.filter((event) => event.ph === "X");
  const clicks = complete.filter(
    (event) =>
      event.name === "EventDispatch" && event.args?.data?.type === "click",
  );
  return clicks.map((click) => {
    const end = click.ts + click.dur;
    // The first frame rendered after the handler: its style, layout and paint.
    const rendering = complete
      .filter(
        (event) =>
          event.tid === click.tid &&
          RENDERING.has(event.name) &&
          event.ts >= end &&
          event.ts < end + 50_000,
      )
      .sort((a, b) => a.ts - b.ts);
    const paint = rendering.find((event) => event.name === "Paint");
    const frameEnd = paint ? paint.ts + paint.dur : end;
    const frameWork = rendering
      .filter((event) => event.ts + event.dur <= frameEnd)
      .reduce((sum, event) => sum + event.dur, 0);
    return (click.dur + frameWork) / 1000;
  });
}

type Shown = string | number | undefined;

function row(
  label: string,
  current: Shown,
  previous: Shown,
  unit = "",
  budget = "",
): string {
  const show = (value: Shown) =>
    value === undefined ? "–" : `${value}${unit}`;
  return `| ${label} | ${show(current)} | ${show(previous)} | ${budget} |`;
}

/**
 * Bytes as KiB with one decimal, the unit Lighthouse uses (1 KiB = 1,024 bytes).
 */
const bytesAndKib = (bytes: number | undefined) =>
  bytes === undefined
    ? undefined
    : `${kb(bytes)} KiB (${bytes.toLocaleString("en")} bytes)`;
const kb = (bytes: number | undefined) =>
  bytes === undefined ? undefined : (bytes / 1024).toFixed(1);

async function main() {
  execFileSync("npm", ["run", "build", "--silent"], { stdio: "inherit" });
  const referenceFolders = quick ? undefined : await buildReferences();
  let previous: Partial<Results> = {};
  try {
    previous = JSON.parse(await readFile(RESULTS, "utf8")) as Partial<Results>;
  } catch {
    // First run: nothing to compare with.
  }
  const server = await startStaticServer({ root: "dist" });
  let current: Results;
  try {
    const bytes = await measureBytes();
    const measured = await measureSwitch(server.origin);
    let lighthouseResults: Record<string, LighthouseResult> | undefined =
      previous.lighthouse;
    let referenceResults: Record<string, LighthouseResult> | undefined =
      previous.references;
    if (referenceFolders) {
      lighthouseResults = {};
      for (const page of PAGES)
        lighthouseResults[page.name] = await measureLighthouse(
          `${server.origin}${page.path}`,
        );
      referenceResults = {};
      for (const reference of REFERENCES) {
        const referenceServer = await startStaticServer({
          root: referenceFolders[reference.key],
        });
        try {
          referenceResults[reference.key] = await measureLighthouse(
            `${referenceServer.origin}/`,
          );
        } finally {
          await referenceServer.close();
        }
      }
    }
    current = {
      date: new Date().toISOString(),
      chromium: chromePath,
      bytes,
      switch: measured,
      ...(lighthouseResults ? { lighthouse: lighthouseResults } : {}),
      ...(referenceResults ? { references: referenceResults } : {}),
    };
  } finally {
    await server.close();
  }

  const misses: string[] = [];
  /**
   * A row, and a miss when `over` says the budget is not met.
   */
  const figure = (
    label: string,
    now: Shown,
    before: Shown,
    {
      unit = "",
      budget = "",
      over,
    }: { unit?: string; budget?: string; over?: boolean } = {},
  ) => {
    if (over) misses.push(label);
    lines.push(row(label, now, before, unit, budget));
  };
  const lines = [
    "| figure | this run | previous run | budget |",
    "| --- | --- | --- | --- |",
  ];
  for (const entry of current.bytes.sizeLimit) {
    const before = previous.bytes?.sizeLimit?.find(
      (candidate) => candidate.name === entry.name,
    );
    figure(
      `Size Limit: ${entry.name}, gzipped`,
      bytesAndKib(entry.size),
      bytesAndKib(before?.size),
      {
        budget: entry.sizeLimit ? `≤ ${kb(entry.sizeLimit)} KiB` : "",
        over: entry.passed === false,
      },
    );
  }
  // Size Limit names the first view's chunks by pattern: they must be the ones the
  // Vietnamese page (no theme script) loads. (Its gzip is not zlib's default level,
  // hence a margin.)
  const [firstViewLimit] = current.bytes.sizeLimit;
  const viJs = current.bytes.pages.vi?.js ?? 0;
  if (Math.abs((firstViewLimit?.size ?? 0) - viJs) > viJs / 100)
    misses.push(
      "the paths in .size-limit.json are not the chunks of the first view",
    );
  for (const page of PAGES) {
    const now = current.bytes.pages[page.name];
    if (!now) throw new Error(`No figures for the ${page.name} page.`);
    const before = previous.bytes?.pages?.[page.name];
    figure(`${page.name}: HTML, gzipped`, kb(now.html), kb(before?.html), {
      unit: " KiB",
    });
    figure(
      `${page.name}: JavaScript before the first paint (inline), gzipped`,
      bytesAndKib(now.beforePaintJs),
      bytesAndKib(before?.beforePaintJs),
      {
        budget: `≤ ${kb(BUDGET.beforePaintJs)} KiB`,
        over: now.beforePaintJs > BUDGET.beforePaintJs,
      },
    );
    figure(
      `${page.name}: JavaScript of the first view, fetched once painted, gzipped`,
      bytesAndKib(now.js),
      bytesAndKib(before?.js),
    );
    figure(
      `${page.name}: CSS inline / style sheet loaded after the first paint, gzipped`,
      `${kb(now.inlineCss)} / ${kb(now.css)}`,
      before ? `${kb(before.inlineCss ?? 0)} / ${kb(before.css)}` : undefined,
      {
        unit: " KiB",
        budget: `≤ ${kb(BUDGET.css)} KiB together`,
        over: now.inlineCss + now.css > BUDGET.css,
      },
    );
  }
  for (const [file, bytes] of Object.entries(current.bytes.lazy)) {
    figure(
      `loaded on demand: ${file}, gzipped`,
      kb(bytes),
      kb(previous.bytes?.lazy?.[file]),
      { unit: " KiB" },
    );
  }
  /**
   * Lighthouse's figures for one page, with the budgets when `budgeted`.
   */
  const lighthouseRows = (
    name: string,
    now: LighthouseResult | undefined,
    before: LighthouseResult | undefined,
    budgeted: boolean,
  ) => {
    for (const [category, floor] of Object.entries(BUDGET.lighthouse) as [
      Category,
      number,
    ][]) {
      figure(
        `${name}: Lighthouse ${category}`,
        now?.[category],
        before?.[category],
        budgeted
          ? {
              budget: `${floor}`,
              over: now !== undefined && now[category] < floor,
            }
          : {},
      );
    }
    figure(`${name}: first contentful paint`, now?.fcpMs, before?.fcpMs, {
      unit: " ms",
    });
    figure(`${name}: largest contentful paint`, now?.lcpMs, before?.lcpMs, {
      unit: " ms",
      ...(budgeted
        ? {
            budget: `≤ ${BUDGET.lcpMs} ms`,
            over: now !== undefined && now.lcpMs > BUDGET.lcpMs,
          }
        : {}),
    });
    figure(`${name}: total blocking time`, now?.tbtMs, before?.tbtMs, {
      unit: " ms",
      ...(budgeted
        ? {
            budget: `≤ ${BUDGET.tbtMs} ms`,
            over: now !== undefined && now.tbtMs > BUDGET.tbtMs,
          }
        : {}),
    });
    figure(
      `${name}: Lighthouse CPU benchmark index of this machine`,
      now?.benchmarkIndex,
      before?.benchmarkIndex,
    );
    figure(`${name}: cumulative layout shift`, now?.cls, before?.cls, {
      ...(budgeted
        ? {
            budget: `${BUDGET.cls}`,
            over: now !== undefined && now.cls > BUDGET.cls,
          }
        : {}),
    });
  };
  for (const page of PAGES)
    lighthouseRows(
      page.name,
      current.lighthouse?.[page.name],
      previous.lighthouse?.[page.name],
      !quick,
    );
  for (const reference of REFERENCES)
    lighthouseRows(
      reference.name,
      current.references?.[reference.key],
      previous.references?.[reference.key],
      false,
    );
  const sw = current.switch;
  const swBefore = previous.switch;
  figure(
    `language switch: click handler and the next frame's work (median of ${SWITCH_PAGES} × ${SWITCHES})`,
    sw.workMedianMs,
    swBefore?.workMedianMs,
    {
      unit: " ms",
      budget: `≤ ${BUDGET.switchWorkMs} ms`,
      over: sw.workMedianMs > BUDGET.switchWorkMs,
    },
  );
  figure("language switch: work, slowest", sw.workMaxMs, swBefore?.workMaxMs, {
    unit: " ms",
  });
  figure(
    "language switch: Event Timing duration, click to next paint (median)",
    sw.eventMedianMs,
    swBefore?.eventMedianMs,
    {
      unit: " ms",
      budget: `≤ ${BUDGET.switchEventMs} ms`,
      over: sw.eventMedianMs > BUDGET.switchEventMs,
    },
  );
  figure(
    "language switch: Event Timing duration, slowest",
    sw.eventMaxMs,
    swBefore?.eventMaxMs,
    { unit: " ms" },
  );
  figure(
    "language switch: frames until the new language is on screen",
    sw.framesToPaint,
    swBefore?.framesToPaint,
    { budget: "1", over: sw.framesToPaint !== 1 },
  );
  figure(
    "language switch: click to the next frame, as the page sees it (median)",
    sw.nextFrameMedianMs,
    swBefore?.nextFrameMedianMs,
    { unit: " ms" },
  );
  figure(
    "language switch: layout shift not caused by the click",
    sw.layoutShift,
    swBefore?.layoutShift,
    { budget: "0", over: sw.layoutShift > BUDGET.switchShift },
  );
  figure(
    "language switch: largest move of the paragraph being read",
    sw.maxDriftPx,
    swBefore?.maxDriftPx,
    { unit: " px" },
  );

  console.log(`\n${lines.join("\n")}\n`);
  const indexes = [
    ...Object.values(current.lighthouse ?? {}),
    ...Object.values(current.references ?? {}),
  ].map((result) => result.benchmarkIndex);
  if (!quick && median(indexes) < SLOW_HOST_INDEX)
    console.log(
      `This machine ran slower than Lighthouse expects (CPU benchmark index ${median(indexes)}, under ${SLOW_HOST_INDEX}, where Lighthouse warns of a slow host): read its timings, total blocking time first, with that in mind.`,
    );
  for (const page of PAGES) {
    const failed = current.lighthouse?.[page.name]?.failedAudits ?? [];
    if (failed.length)
      console.log(
        `${page.name}: Lighthouse audits not passed: ${failed.join(", ")}`,
      );
  }
  await writeFile(RESULTS, `${JSON.stringify(current, null, 2)}\n`);
  if (misses.length) {
    console.log(`Over budget: ${misses.join("; ")}`);
    process.exitCode = 1;
  } else {
    console.log("Every budget is met.");
  }
}

await main();
