/**
 * Takes the screenshots that show the explainer as readers see it: a phone (390 × 844)
 * and a desktop (1,440 × 900), each language, light and dark. Builds nothing: run
 * `npm run build` first. Writes PNG files to the folder given (default `docs/`):
 *
 *   npm run screenshots -- [folder] [--all]
 *
 * Without `--all`, only the two the README shows (phone and desktop, Vietnamese,
 * light); with it, every combination, for reviewing a design change.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_FLAGS, findChromium } from "./chromium.ts";
import { startStaticServer } from "./staticServer.ts";

const args = process.argv.slice(2);
const folder = args.find((arg) => !arg.startsWith("--")) ?? "docs";
const all = args.includes("--all");

type Size = "phone" | "desktop";
type Scheme = "light" | "dark";
interface Shot {
  readonly size: Size;
  readonly address: string;
  readonly scheme: Scheme;
}

const SIZES: Record<Size, { width: number; height: number }> = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1440, height: 900 },
};
const SIZE_NAMES: readonly Size[] = ["phone", "desktop"];
const SCHEMES: readonly Scheme[] = ["light", "dark"];
const shots: readonly Shot[] = all
  ? SIZE_NAMES.flatMap((size) =>
      ["/", "/en/"].flatMap((address) =>
        SCHEMES.map((scheme) => ({ size, address, scheme })),
      ),
    )
  : [
      { size: "phone", address: "/", scheme: "light" },
      { size: "desktop", address: "/", scheme: "light" },
    ];

await mkdir(folder, { recursive: true });
const server = await startStaticServer({
  root: process.env.SCREENSHOT_ROOT ?? "dist",
});
const browser = await chromium.launch({
  executablePath: findChromium() ?? "",
  args: [...CHROMIUM_FLAGS],
});
try {
  for (const { size, address, scheme } of shots) {
    const context = await browser.newContext({
      viewport: SIZES[size],
      deviceScaleFactor: size === "phone" ? 2 : 1,
      colorScheme: scheme,
    });
    const page = await context.newPage();
    await page.goto(`${server.origin}${address}`);
    await page.evaluate(() => document.fonts.ready);
    const lang = address === "/" ? "vi" : "en";
    const name = all
      ? `screenshot-${size}-${lang}-${scheme}.png`
      : `screenshot-${size}.png`;
    await page.screenshot({ path: join(folder, name) });
    console.log(join(folder, name));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
