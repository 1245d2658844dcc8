import type { Locator } from "@playwright/test";
import { notes } from "../../src/content/cyber-dialogue/notes.ts";
import { timeline } from "../../src/content/cyber-dialogue/timeline.ts";
import { boxOf, expect, open, test } from "./fixtures.ts";

/** A finger's size, WCAG 2.5.5's target: 44 × 44 CSS pixels. */
const TARGET = 44;
/** The smallest text a control under a passage may have, in CSS pixels. */
const TEXT = 14;

/** A passage with a note and more events than a closed entry lists: the case that once took three taps. */
const ID = "nato-budapest";
const own = notes.filter((note) => note.passage === ID);
const events = timeline.filter((event) =>
  (event.passages as readonly string[]).includes(ID),
);
const [note] = own;
if (!note || events.length <= 2) throw new Error(`${ID} is not such a passage`);

/** The control's box and its text's size. */
async function sizeOf(control: Locator) {
  const box = await boxOf(control);
  const text = await control.evaluate((element) =>
    parseFloat(getComputedStyle(element).fontSize),
  );
  return { width: box.width, height: box.height, text };
}

for (const { address, lang, peek, record } of [
  {
    address: "/en/",
    lang: "en" as const,
    peek: "Read in Vietnamese",
    record: "Compare the wording",
  },
  {
    address: "/",
    lang: "vi" as const,
    peek: "Đọc bằng tiếng Anh",
    record: "Đối chiếu nguyên văn",
  },
]) {
  test(
    `on a phone in ${lang}, one tap on a passage's line shows all it counts: its note and its timeline events, the quoted wording a tap further`,
    { tag: "@phone" },
    async ({ page }) => {
      await open(page, address);
      const id = ID;
      const margin = page.locator(`#${id}-margin`);
      await expect(margin).toBeHidden();

      const line = page.locator(`#${id} ~ .passage-side .margin-toggle`);
      await line.scrollIntoViewIfNeeded();
      await line.click();

      await expect(line).toHaveAttribute("aria-expanded", "true");
      for (const each of own)
        await expect(margin.locator(`#${each.id}`)).toContainText(
          each.text[lang],
        );
      for (const event of events)
        await expect(
          margin.getByRole("link", { name: event.title[lang], exact: true }),
        ).toBeVisible();

      // The official wording: one tap further, no more.
      const quoted = margin.locator("blockquote", {
        hasText: note.official.text[note.official.lang],
      });
      await expect(quoted).toBeHidden();
      const summary = margin.getByText(record, { exact: true });
      await summary.click();
      await expect(quoted).toBeVisible();

      // Every control there is a finger's size, its text 14 px or more.
      const controls = [
        line,
        page.locator(`#${id} ~ .passage-side .peek-toggle`),
        summary,
        ...(await margin.getByRole("link").all()),
      ];
      for (const control of controls) {
        const size = await sizeOf(control);
        const name = (await control.textContent()) ?? "";
        expect(size.height, name).toBeGreaterThanOrEqual(TARGET);
        expect(size.width, name).toBeGreaterThanOrEqual(TARGET);
        expect(size.text, name).toBeGreaterThanOrEqual(TEXT);
      }
    },
  );

  test(
    `on a phone in ${lang}, the peek says what it does in words, and its name starts with them`,
    { tag: "@phone" },
    async ({ page }) => {
      await open(page, address);
      const toggle = page.locator("#norms ~ .passage-side .peek-toggle");
      await expect(toggle).toHaveText(peek);
      await expect(toggle).toHaveAccessibleName(new RegExp(`^${peek}: `));
      const size = await sizeOf(toggle);
      expect(size.height).toBeGreaterThanOrEqual(TARGET);
      expect(size.text).toBeGreaterThanOrEqual(TEXT);
      // It shares one row with the line of notes, which it does not push down.
      const line = page.locator("#norms ~ .passage-side .margin-toggle");
      expect((await boxOf(line)).y).toBeCloseTo((await boxOf(toggle)).y, 0);
    },
  );
}
