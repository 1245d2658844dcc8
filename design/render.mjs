// Renders design/share-image.html to the explainer's share image,
// src/content/cyber-dialogue/share.png (1200×630), and the touch icon,
// public/apple-touch-icon.png (180×180), in Chromium.
import { chromium } from "@playwright/test";
import { findChromium } from "../tools/chromium.ts";

const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ["--no-sandbox"],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
await page.goto(new URL("share-image.html", import.meta.url).href);
await page
  .locator("#share")
  .screenshot({ path: "src/content/cyber-dialogue/share.png" });
await page.locator("#icon").screenshot({ path: "public/apple-touch-icon.png" });
await browser.close();
