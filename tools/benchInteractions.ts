/**
 * What no tool measures: what a reader's press costs on a live page. In Chromium,
 * through Playwright, on a phone-sized screen, the reader halfway down the article:
 * the switch of language in the reading view; leaving the both view for one
 * language, and opening it; choosing a topic. Each press is made a few times, with
 * the CPU as it is and slowed down (CDP's `Emulation.setCPUThrottlingRate`).
 *
 * - work: the main thread's tasks from the click's to the one that paints what the
 *   press shows (read from Chromium's trace), in ms; and, narrower, the click's
 *   handler and the rendering (style, layout, paint) of that frame;
 * - event: Event Timing's duration, the browser's own account from the input to the
 *   next paint (clicks under 16 ms report none, and count as 16);
 * - frames: animation frames until what the press shows is on screen;
 * - drift: how far the paragraph read moves, once the page has followed, in px.
 */
import type { Browser, Page } from "@playwright/test";

export type Press = "switch" | "leave-both" | "open-both" | "topic";

export interface Samples {
  readonly work: number[];
  readonly handlerAndFrame: number[];
  readonly event: number[];
  readonly frames: number[];
  readonly drift: number[];
}

interface TraceEvent {
  readonly ph: string;
  readonly name: string;
  readonly ts: number;
  readonly dur?: number;
  readonly tid: number;
  readonly args?: { readonly data?: { readonly type?: string } };
}

/** What the page under test keeps for the bench. */
interface BenchWindow {
  __frames: number[];
  __events: number[];
  /** Called when a press is shown: the bench's wait, with no polling in the page. */
  __shown?: () => void;
}

const PRESSES = 8;
const DONE = "bench-done";

/**
 * The presses on one page, alternating between two links or toggling one button, and
 * what each is done by (checked in each frame after the click, on the paragraph read).
 */
const SETUPS: Record<
  Press,
  { targets: [string, string]; measured: (index: number) => boolean }
> = {
  switch: {
    targets: ['a[hreflang="en"]', 'a[hreflang="vi"]'],
    measured: () => true,
  },
  // From the reading view to both and back: the even presses open it.
  "open-both": {
    targets: ["a:not([hreflang])", 'a[hreflang="vi"]'],
    measured: (index) => index % 2 === 0,
  },
  "leave-both": {
    targets: ["a:not([hreflang])", 'a[hreflang="vi"]'],
    measured: (index) => index % 2 === 1,
  },
  topic: {
    targets: [".topic-button", ".topic-button"],
    measured: (index) => index % 2 === 0,
  },
};

/** Measures `press` on a fresh page of the site at `origin`, the CPU slowed `rate` times. */
export async function measurePress(
  browser: Browser,
  origin: string,
  press: Press,
  rate: number,
): Promise<Samples> {
  const page = await browser.newPage({
    viewport: { width: 390, height: 844 },
    isMobile: true,
  });
  try {
    return await pressOn(page, origin, press, rate);
  } finally {
    await page.close();
  }
}

async function pressOn(
  page: Page,
  origin: string,
  press: Press,
  rate: number,
): Promise<Samples> {
  const { targets, measured } = SETUPS[press];
  await page.goto(`${origin}/`);
  await page.waitForSelector('html[data-live~="page"]', { state: "attached" });
  const reading = await page.evaluate(
    ({ press, DONE }) => {
      const all = document.querySelectorAll(".article-body .paragraph[id]");
      const paragraph = all[Math.floor(all.length / 2)];
      if (!paragraph) throw new Error("The article has no paragraphs.");
      window.scrollTo({
        top: window.scrollY + paragraph.getBoundingClientRect().top - 200,
        behavior: "instant",
      });
      const bench = window as unknown as Window & BenchWindow;
      bench.__frames = [];
      bench.__events = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if (entry.name === "click") bench.__events.push(entry.duration);
      }).observe({
        type: "event",
        durationThreshold: 16,
      } as PerformanceObserverInit);
      // What the reader is shown: the paragraph's text, its pairs, or marks in the
      // article. Looked up each time: the both view may render the paragraph anew.
      const id = paragraph.id;
      const shown = () => {
        const read = document.getElementById(id);
        return press === "topic"
          ? document.querySelector("#article mark") !== null
          : press === "switch"
            ? read?.textContent
            : read?.querySelector("[data-side='translation']") != null;
      };
      window.addEventListener(
        "click",
        () => {
          const before = shown();
          let frames = 0;
          const frame = () => {
            frames++;
            if (shown() !== before || frames > 60) {
              performance.mark(DONE);
              bench.__frames.push(frames);
              bench.__shown?.();
            } else requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
        },
        { capture: true },
      );
      return paragraph.id;
    },
    { press, DONE },
  );
  const paragraph = page.locator(`[id="${reading}"]`);
  // A live page: the paragraph read has hydrated, the topics too, and the other
  // language's text has come; a press before that takes a frame more, by design.
  await page.waitForFunction(() => {
    const live = document.documentElement.dataset.live ?? "";
    return (
      /\barticle\b/.test(live) &&
      /\btopics\b/.test(live) &&
      performance
        .getEntriesByType("resource")
        .some((entry) => /\/explainer-text-[\w-]+\.js$/.test(entry.name))
    );
  });
  const links = targets.map((target) =>
    press === "topic"
      ? page.locator(target).first()
      : page.locator(`.language-switch ${target}`),
  );
  if (press === "topic") {
    // The topic's words load on the first choice: measured from the second on.
    await links[0]?.click();
    await page.locator("#article mark").first().waitFor({ state: "attached" });
    await links[0]?.click();
    await page.locator("#article mark").first().waitFor({ state: "detached" });
    await page.evaluate(() => {
      const bench = window as unknown as Window & BenchWindow;
      bench.__frames = [];
      bench.__events = [];
    });
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  await page
    .context()
    .browser()
    ?.startTracing(page, {
      categories: ["devtools.timeline", "toplevel", "blink.user_timing"],
    });
  const drift: number[] = [];
  for (let index = 0; index < PRESSES; index++) {
    const top = () =>
      paragraph.evaluate((element) => element.getBoundingClientRect().top);
    const before = await top();
    if (press === "topic") await links[0]?.scrollIntoViewIfNeeded();
    await links[index % 2]?.click();
    // Awaited in the page, not polled: polling would put tasks of its own in what
    // is measured.
    await page.evaluate(
      (count) =>
        new Promise<void>((resolve) => {
          const bench = window as unknown as Window & BenchWindow;
          const check = () => {
            if (bench.__frames.length >= count) resolve();
          };
          bench.__shown = check;
          check();
        }),
      index + 1,
    );
    // The page out of sight has followed, and the head with it, before the next.
    await page.evaluate(
      () =>
        new Promise((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => setTimeout(resolve, 100)),
          ),
        ),
    );
    if (measured(index) && press !== "topic")
      drift.push(Math.abs((await top()) - before));
  }
  const trace = JSON.parse(
    (await page.context().browser()?.stopTracing())?.toString("utf8") ?? "[]",
  ) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  const { frames, events } = await page.evaluate(() => {
    const bench = window as unknown as Window & BenchWindow;
    return { frames: bench.__frames, events: bench.__events };
  });
  const work = pressWork(
    Array.isArray(trace) ? trace : (trace.traceEvents ?? []),
  );
  if (work.length !== PRESSES)
    throw new Error(`${press}: ${work.length} presses traced, not ${PRESSES}.`);
  const keep = <T>(values: readonly T[]) =>
    values.filter((_value, index) => measured(index));
  return {
    work: keep(work.map((press) => press.busy)),
    handlerAndFrame: keep(work.map((press) => press.handlerAndFrame)),
    // Entries come only for clicks of 16 ms or more, in order.
    event: [...events, ...Array<number>(PRESSES).fill(16)]
      .slice(0, PRESSES)
      .filter((_value, index) => measured(index)),
    frames: keep(frames),
    drift,
  };
}

/** The renderer's work for a frame: style, layout, paint and what comes with them. */
const RENDERING = new Set([
  "UpdateLayoutTree",
  "Layout",
  "PrePaint",
  "Paint",
  "Layerize",
]);

/**
 * For each click in a trace: the main thread's tasks from the one that handled it to
 * the one that painted what it shows (which ran the frame callback that marked it
 * done), and, narrower, the click's handler and that frame's rendering; in ms.
 */
function pressWork(
  events: readonly TraceEvent[],
): { busy: number; handlerAndFrame: number }[] {
  const complete = events.filter((event) => event.ph === "X");
  const clicks = complete.filter(
    (event) =>
      event.name === "EventDispatch" && event.args?.data?.type === "click",
  );
  const marks = events
    .filter((event) => event.name === DONE)
    .map((event) => event.ts)
    .sort((a, b) => a - b);
  const end = (event: TraceEvent) => event.ts + (event.dur ?? 0);
  const sum = (list: readonly TraceEvent[]) =>
    list.reduce((total, event) => total + (event.dur ?? 0), 0) / 1000;
  return clicks.map((click) => {
    const done = marks.find((ts) => ts > click.ts) ?? click.ts;
    const onThread = complete.filter((event) => event.tid === click.tid);
    const tasks = onThread.filter(
      (event) => event.name === "ThreadControllerImpl::RunTask",
    );
    const start =
      tasks.find((task) => task.ts <= click.ts && click.ts <= end(task))?.ts ??
      click.ts;
    const frame = tasks.find((task) => task.ts <= done && done <= end(task));
    const rendering = onThread.filter(
      (event) =>
        RENDERING.has(event.name) &&
        frame &&
        event.ts >= done &&
        end(event) <= end(frame),
    );
    return {
      busy: sum(tasks.filter((task) => task.ts >= start && task.ts <= done)),
      handlerAndFrame: (click.dur ?? 0) / 1000 + sum(rendering),
    };
  });
}
