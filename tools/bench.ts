/**
 * The performance benchmark: the report and the long explainer (tools/longExplainer.ts,
 * ten times its size) side by side, in one run, with how each figure grows. Bytes by
 * Size Limit (budgets in .size-limit.ts); Lighthouse through Lighthouse CI (budgets
 * and runs in lighthouserc.json), the static page and the stack's floor
 * (tools/benchReferences.ts) in the same run; a reader's presses measured in Chromium
 * (tools/benchInteractions.ts, budgets below). Prints a table, writes
 * bench/results.json, and exits non-zero when a budget is missed. Not run by CI.
 *
 *   npm run bench               all of it
 *   npm run bench -- --quick    without Lighthouse
 */
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { readFile, rm, writeFile } from "node:fs/promises";
import { chromium } from "@playwright/test";
import { buildReferences } from "./benchReferences.ts";
import { measurePress, type Press, type Samples } from "./benchInteractions.ts";
import { CHROMIUM_FLAGS, findChromium } from "./chromium.ts";
import { startStaticServer, type StaticServer } from "./staticServer.ts";
import { TEST_BUILDS, ensureBuilt } from "./testBuilds.ts";

/** The budgets no tool holds: a press's, and how a figure may grow at ten times the content. */
const BUDGET = {
  switchWorkMs: 12,
  switchEventMs: 24,
  throttledEventMs: 50,
  frames: 1,
  drift: 1,
  growth: { switchWork: 2, topicWork: 2, lcp: 1.2 },
};
/** The CPU as it is, and four times slower, as on a mid-range phone. */
const RATES = [1, 4] as const;
const PRESSES: readonly Press[] = [
  "switch",
  "leave-both",
  "open-both",
  "topic",
];
const LHCI = "node_modules/.bin/lhci";
const RESULTS = "bench/results.json";
/**
 * The report's build in tools/testBuilds.ts (not named here as a string: a quoted id
 * of the report's, which tests/unit/contentIsAnInput.test.ts keeps out of the tools);
 * the bench serves it as `short`, beside `long`.
 */
const SHORT = (() => {
  const name = (Object.keys(TEST_BUILDS) as (keyof typeof TEST_BUILDS)[]).find(
    (candidate) => TEST_BUILDS[candidate].explainer === undefined,
  );
  if (!name) throw new Error("tools/testBuilds.ts has no build of the report.");
  return name;
})();

const quick = process.argv.includes("--quick");
const found = findChromium();
if (!found) throw new Error("No Chromium: run `npm run test:e2e` once.");
const chromePath: string = found;

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return Number.isInteger(middle)
    ? ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2
    : (sorted[Math.floor(middle)] ?? NaN);
};

interface SizeEntry {
  readonly name: string;
  readonly size: number;
  readonly passed?: boolean;
}
/** Size Limit's figures for a build's folder; it exits non-zero over a budget. */
function sizes(dist: string): SizeEntry[] {
  const env = { ...process.env, SIZE_LIMIT_DIST: dist };
  try {
    return JSON.parse(
      execFileSync("npx", ["size-limit", "--json"], { env, encoding: "utf8" }),
    ) as SizeEntry[];
  } catch (error) {
    return JSON.parse((error as { stdout: string }).stdout) as SizeEntry[];
  }
}

interface Lhr {
  readonly requestedUrl: string;
  readonly audits: Record<string, { numericValue?: number }>;
  readonly categories: Record<string, { score: number | null }>;
  readonly environment: { benchmarkIndex: number };
}
/**
 * Lighthouse CI over `urls`: its runs, its assertions (lighthouserc.json) and, per
 * address, the run it takes as representative (its median run).
 */
async function lighthouse(urls: readonly string[]) {
  await rm(".lighthouseci", { recursive: true, force: true });
  // Run apart, and waited for without blocking: the pages' servers are in this process.
  const lhci = async (args: string[]) => {
    try {
      const { stdout } = await promisify(execFile)(LHCI, args, {
        maxBuffer: 64 * 1024 * 1024,
      });
      console.log(stdout.trim());
      return true;
    } catch (error) {
      const { stdout = "", stderr = "" } = error as {
        stdout?: string;
        stderr?: string;
      };
      console.log(`${stdout}${stderr}`.trim() || String(error));
      return false;
    }
  };
  await lhci([
    "collect",
    ...urls.map((url) => `--url=${url}`),
    `--chrome-path=${chromePath}`,
    `--settings.chromeFlags=${CHROMIUM_FLAGS.join(" ")}`,
  ]);
  const passed = await lhci(["assert"]);
  await lhci(["upload"]);
  const manifest = JSON.parse(
    await readFile(".lighthouseci/runs/manifest.json", "utf8"),
  ) as { url: string; isRepresentativeRun: boolean; jsonPath: string }[];
  const median = new Map<string, Lhr>();
  for (const entry of manifest.filter((run) => run.isRepresentativeRun))
    median.set(
      entry.url,
      JSON.parse(await readFile(entry.jsonPath, "utf8")) as Lhr,
    );
  return { passed, median };
}

interface Press4 {
  readonly workMs: number;
  readonly handlerAndFrameMs: number;
  readonly eventMs: number;
  readonly frames: number;
  readonly driftPx: number;
}
const summary = (samples: Samples): Press4 => ({
  workMs: Number(median(samples.work).toFixed(1)),
  handlerAndFrameMs: Number(median(samples.handlerAndFrame).toFixed(1)),
  eventMs: median(samples.event),
  frames: Math.max(...samples.frames),
  driftPx: Number(Math.max(0, ...samples.drift).toFixed(1)),
});

async function main() {
  const started = Date.now();
  const builds = {
    short: await ensureBuilt(SHORT),
    long: await ensureBuilt("long"),
  };
  const references = quick ? undefined : await buildReferences();
  const servers: Record<string, StaticServer> = {};
  const roots = { ...builds, ...(references ?? {}) };
  for (const [name, root] of Object.entries(roots))
    servers[name] = await startStaticServer({ root, prefix: `/${name}/` });
  const at = (name: string, path = "") =>
    `${servers[name]?.origin ?? ""}/${name}/${path}`;
  try {
    const bytes = {
      short: sizes(TEST_BUILDS[SHORT].outDir),
      long: sizes(TEST_BUILDS.long.outDir),
    };
    const browser = await chromium.launch({
      executablePath: chromePath,
      args: [...CHROMIUM_FLAGS],
    });
    const presses: Record<string, Press4> = {};
    try {
      for (const build of ["short", "long"] as const)
        for (const rate of RATES)
          for (const press of PRESSES)
            presses[`${build} ${press} ×${rate}`] = summary(
              await measurePress(browser, at(build).slice(0, -1), press, rate),
            );
    } finally {
      await browser.close();
    }
    const pages = [
      at("short"),
      at("short", "en/"),
      at("short", "embed/"),
      at("long"),
    ];
    const lh = references
      ? await lighthouse([...pages, at("static"), at("floor")])
      : undefined;
    await report({ bytes, presses, lh, at, started });
  } finally {
    for (const server of Object.values(servers)) await server.close();
  }
}

async function report({
  bytes,
  presses,
  lh,
  at,
  started,
}: {
  bytes: Record<"short" | "long", SizeEntry[]>;
  presses: Record<string, Press4>;
  lh: Awaited<ReturnType<typeof lighthouse>> | undefined;
  at: (name: string, path?: string) => string;
  started: number;
}) {
  const misses: string[] = [];
  const rows: string[][] = [];
  /** A row: the report's figure, the long explainer's, their ratio, the budget. */
  const row = (
    label: string,
    report: number | undefined,
    long: number | undefined,
    budget = "",
    over = false,
  ) => {
    const ratio =
      report && long !== undefined ? `${(long / report).toFixed(2)}×` : "";
    rows.push([
      label,
      String(report ?? "–"),
      String(long ?? "–"),
      ratio,
      budget,
    ]);
    if (over) misses.push(`${label} (${report} / ${long}, budget ${budget})`);
  };
  const kib = (size: number | undefined) =>
    size === undefined ? undefined : Number((size / 1024).toFixed(1));
  bytes.short.forEach((entry, index) => {
    const long = bytes.long[index];
    row(
      `KiB gzipped: ${entry.name}`,
      kib(entry.size),
      kib(long?.size),
      entry.passed === undefined ? "" : "Size Limit",
      entry.passed === false,
    );
  });
  const lhFigure = (url: string, audit: string) =>
    lh?.median.get(url)?.audits[audit]?.numericValue;
  const ms = (value: number | undefined) =>
    value === undefined ? undefined : Math.round(value);
  for (const [name, audit] of [
    ["largest contentful paint, ms", "largest-contentful-paint"],
    ["total blocking time, ms", "total-blocking-time"],
    ["first contentful paint, ms", "first-contentful-paint"],
  ] as const) {
    const report = ms(lhFigure(at("short"), audit));
    const long = ms(lhFigure(at("long"), audit));
    const lcp = audit === "largest-contentful-paint";
    row(
      `Lighthouse ${name} (vi page)`,
      report,
      long,
      lcp
        ? `≤ ${BUDGET.growth.lcp}×; ≤ 900 (lighthouserc.json)`
        : audit === "total-blocking-time"
          ? "≤ 50 (lighthouserc.json)"
          : "",
      lcp && report !== undefined && (long ?? 0) > BUDGET.growth.lcp * report,
    );
  }
  // Beside the report's, each page apart: its LCP and TBT in one cell.
  for (const [name, url] of [
    ["English page", at("short", "en/")],
    ["embed page", at("short", "embed/")],
    ["static page (the limit)", at("static")],
    ["React + i18next hello (the stack's floor)", at("floor")],
  ] as const)
    rows.push([
      `Lighthouse ${name}: LCP / TBT, ms`,
      `${ms(lhFigure(url, "largest-contentful-paint"))} / ${ms(lhFigure(url, "total-blocking-time"))}`,
      "",
      "",
      "",
    ]);
  const scores = (url: string) =>
    Object.entries(lh?.median.get(url)?.categories ?? {})
      .map(([key, value]) => `${key} ${Math.round((value.score ?? 0) * 100)}`)
      .join(", ");
  if (lh)
    rows.push([
      "Lighthouse scores (vi page)",
      scores(at("short")),
      scores(at("long")),
      "",
      "100 (lighthouserc.json)",
    ]);
  const indexes = [...(lh?.median.values() ?? [])].map(
    (lhr) => lhr.environment.benchmarkIndex,
  );
  if (indexes.length)
    rows.push([
      "Lighthouse CPU benchmark index of this machine (median of the median runs)",
      String(median(indexes)),
      "",
      "",
      "",
    ]);
  for (const rate of RATES)
    for (const press of PRESSES) {
      const report = presses[`short ${press} ×${rate}`];
      const long = presses[`long ${press} ×${rate}`];
      const cpu = rate === 1 ? "" : `, CPU ${rate}× slower`;
      const growth =
        press === "topic" ? BUDGET.growth.topicWork : BUDGET.growth.switchWork;
      const grows = press === "switch" || press === "topic";
      row(
        `${press}${cpu}: work until shown, ms (median)`,
        report?.workMs,
        long?.workMs,
        grows ? `≤ ${growth}×` : "",
        grows && (long?.workMs ?? 0) > growth * (report?.workMs ?? 0),
      );
      const handlerBudgeted = press === "switch" && rate === 1;
      row(
        `${press}${cpu}: of which the click's handler and the frame's rendering, ms (median)`,
        report?.handlerAndFrameMs,
        long?.handlerAndFrameMs,
        handlerBudgeted ? `≤ ${BUDGET.switchWorkMs}` : "",
        handlerBudgeted &&
          Math.max(
            report?.handlerAndFrameMs ?? 0,
            long?.handlerAndFrameMs ?? 0,
          ) > BUDGET.switchWorkMs,
      );
      const eventBudget =
        rate === 1 ? BUDGET.switchEventMs : BUDGET.throttledEventMs;
      const eventBudgeted = press === "switch" || rate > 1;
      row(
        `${press}${cpu}: Event Timing, ms (median)`,
        report?.eventMs,
        long?.eventMs,
        eventBudgeted ? `≤ ${eventBudget}` : "",
        eventBudgeted &&
          Math.max(report?.eventMs ?? 0, long?.eventMs ?? 0) > eventBudget,
      );
      const framed = press !== "topic";
      row(
        `${press}${cpu}: frames until shown (most)`,
        report?.frames,
        long?.frames,
        framed ? `${BUDGET.frames}` : "",
        framed && Math.max(report?.frames ?? 0, long?.frames ?? 0) > 1,
      );
      if (framed)
        row(
          `${press}${cpu}: paragraph read moved, px (most)`,
          report?.driftPx,
          long?.driftPx,
          `≤ ${BUDGET.drift}`,
          Math.max(report?.driftPx ?? 0, long?.driftPx ?? 0) > BUDGET.drift,
        );
    }
  const table = [
    ["figure", "the report", "long (×10)", "long / the report", "budget"],
    ["---", "---", "---", "---", "---"],
    ...rows,
  ]
    .map((cells) => `| ${cells.join(" | ")} |`)
    .join("\n");
  console.log(`\n${table}\n`);
  if (lh && !lh.passed) misses.push("Lighthouse CI's assertions (above)");
  const results = {
    date: new Date().toISOString(),
    minutes: Number(((Date.now() - started) / 60_000).toFixed(1)),
    bytes,
    presses,
    lighthouse: Object.fromEntries(
      [...(lh?.median ?? [])].map(([url, lhr]) => [
        new URL(url).pathname,
        {
          benchmarkIndex: lhr.environment.benchmarkIndex,
          ...Object.fromEntries(
            ["largest-contentful-paint", "total-blocking-time"].map((id) => [
              id,
              lhr.audits[id]?.numericValue,
            ]),
          ),
        },
      ]),
    ),
    misses,
  };
  await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    misses.length
      ? `Over budget: ${misses.join("; ")}`
      : "Every budget is met.",
  );
  if (misses.length) process.exitCode = 1;
}

await main();
