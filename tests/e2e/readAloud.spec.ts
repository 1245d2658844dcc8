import { article } from "../../src/content/cyber-dialogue/article.ts";
import { expect, open, test } from "./fixtures.ts";
import { axeViolations } from "./axe.ts";
import {
  cancels,
  fakeVoices,
  finishUtterance,
  speechRecord,
  spoken,
} from "./fakeSpeech.ts";

const norms = article.body.find((block) => block.id === "norms");
if (norms?.kind !== "paragraph") throw new Error("no norms paragraph");
const normsPairs = norms.pairs;

test("with a Vietnamese voice, a paragraph is read part by part in Vietnamese, each part marked, and Escape stops it", async ({
  page,
}) => {
  await fakeVoices(page, ["vi-VN", "en-US"]);
  await open(page, "/");
  const listen = page.getByRole("button", {
    name: /^Nghe – đoạn 4, bằng tiếng Việt/,
  });
  await listen.click();

  expect(await spoken(page)).toEqual(
    normsPairs.map((pair) => ({
      text: pair.vi,
      lang: "vi-VN",
      voice: "Test voice vi-VN",
    })),
  );
  const being = page.locator("#norms .part.is-read");
  await expect(being).toHaveText(normsPairs[0].vi);
  await page.evaluate(() =>
    (
      window as unknown as { __finishUtterance: () => void }
    ).__finishUtterance(),
  );
  await expect(being).toHaveText(normsPairs[1].vi);

  const stop = page.getByRole("button", { name: /^Dừng đọc/ });
  await expect(stop).toBeVisible();
  const before = await cancels(page);
  await page.keyboard.press("Escape");
  await expect(being).toHaveCount(0);
  expect(await cancels(page)).toBeGreaterThan(before);
  await expect(listen).toBeVisible();
});

test("a pressed part alone is read, in its own language, and a switch of language stops the reading", async ({
  page,
}) => {
  await fakeVoices(page, ["vi-VN", "en-GB"]);
  await open(page, "/en/both/");
  await page.locator('#norms [data-part="2-1"]').click();
  await page
    .getByRole("button", {
      name: /^EN Listen to part 3 – paragraph 4, in English/,
    })
    .click();
  expect(await spoken(page)).toEqual([
    { text: normsPairs[2].en, lang: "en-GB", voice: "Test voice en-GB" },
  ]);
  await expect(page.locator("#norms .part.is-read")).toHaveText(
    normsPairs[2].en,
  );

  const before = await cancels(page);
  await page
    .getByRole("navigation", { name: "Language" })
    .getByRole("link", { name: "English" })
    .click();
  await expect(page.locator("#norms .part.is-read")).toHaveCount(0);
  expect(await cancels(page)).toBeGreaterThan(before);

  // In the both view each language with a voice has its own control.
  await open(page, "/en/both/");
  await page.locator('#norms [data-part="1-0"]').click();
  await page
    .getByRole("button", {
      name: /^VI Listen to part 2 – paragraph 4, in Vietnamese/,
    })
    .click();
  expect((await spoken(page)).at(-1)).toEqual({
    text: normsPairs[1].vi,
    lang: "vi-VN",
    voice: "Test voice vi-VN",
  });
});

test("where the device has no voice for a language, that language has no control", async ({
  page,
}) => {
  await fakeVoices(page, ["en-US"]);
  await open(page, "/");
  await expect(page.locator("#norms")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Nghe/ })).toHaveCount(0);

  await open(page, "/both/");
  await expect(
    page.getByRole("button", { name: /^EN Nghe – đoạn 4, bằng tiếng Anh/ }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: /^VI Nghe/ })).toHaveCount(0);
});

test("with no speech synthesis at all, nothing offers to read aloud", async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "speechSynthesis", {
      configurable: true,
      value: undefined,
    });
  });
  await open(page, "/both/");
  await expect(page.locator("#norms")).toBeVisible();
  await expect(page.getByRole("button", { name: /Nghe|Dừng đọc/ })).toHaveCount(
    0,
  );
});

test("the learner's speed applies to every utterance, goes on from the part being read, and is remembered; pause and resume call the voice", async ({
  page,
}) => {
  await fakeVoices(page, ["vi-VN", "en-US"]);
  await open(page, "/");
  await page
    .getByRole("button", { name: /^Nghe – đoạn 4, bằng tiếng Việt/ })
    .click();
  const bar = page.getByRole("group", { name: "Đọc to – đoạn 4" });
  await expect(bar).toBeVisible();
  // The start's control gave its place to the bar: the focus goes with it.
  await expect(bar.getByRole("button", { name: "Tạm dừng" })).toBeFocused();
  expect((await speechRecord(page)).said.map((said) => said.rate)).toEqual(
    normsPairs.map(() => 1),
  );
  await finishUtterance(page);
  const being = page.locator("#norms .part.is-read");
  await expect(being).toHaveText(normsPairs[1].vi);
  await expect(bar).toContainText("Đoạn 4 · phần 2/");

  // Slower: the voice starts again from the part it was reading, at 0.75.
  const slow = bar.getByRole("button", { name: "0,75×" });
  await slow.click();
  await expect(slow).toHaveAttribute("aria-pressed", "true");
  const slower = (await speechRecord(page)).said.slice(normsPairs.length);
  expect(slower).toEqual(
    normsPairs
      .slice(1)
      .map((pair) => ({ text: pair.vi, lang: "vi-VN", rate: 0.75 })),
  );
  await expect(being).toHaveText(normsPairs[1].vi);

  // Pause and resume: the page asks the voice, and says which it can do next.
  await bar.getByRole("button", { name: "Tạm dừng" }).click();
  expect((await speechRecord(page)).pauses).toBe(1);
  await expect(being).toHaveText(normsPairs[1].vi);
  await bar.getByRole("button", { name: "Đọc tiếp" }).click();
  expect((await speechRecord(page)).resumes).toBe(1);
  await expect(bar.getByRole("button", { name: "Tạm dừng" })).toBeVisible();

  // Stop: the bar goes, and the focus comes back to the control that starts.
  await bar.getByRole("button", { name: /^Dừng đọc/ }).click();
  await expect(bar).toBeHidden();
  const listen = page.getByRole("button", {
    name: /^Nghe – đoạn 4, bằng tiếng Việt/,
  });
  await expect(listen).toBeFocused();

  // Remembered: after a reload the first reading is slower already.
  await page.reload();
  await listen.click();
  await expect(bar.getByRole("button", { name: "0,75×" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  expect((await speechRecord(page)).said.map((said) => said.rate)).toEqual(
    normsPairs.map(() => 0.75),
  );
});

test("in pairs, each original part is read, then its counterpart, the counterpart marked while its part is read; the choice is remembered", async ({
  page,
}) => {
  await fakeVoices(page, ["vi-VN", "en-GB"]);
  await open(page, "/en/both/");
  await page
    .getByRole("button", { name: /^VI Listen – paragraph 4, in Vietnamese/ })
    .click();
  const bar = page.getByRole("group", { name: "Reading aloud – paragraph 4" });
  const pairsToggle = bar.getByRole("button", { name: /^In pairs/ });
  await expect(pairsToggle).toHaveAttribute("aria-pressed", "false");
  await pairsToggle.click();
  await expect(pairsToggle).toHaveAttribute("aria-pressed", "true");

  const inPairs = normsPairs.flatMap((pair) => [
    { text: pair.vi, lang: "vi-VN", rate: 1 },
    { text: pair.en, lang: "en-GB", rate: 1 },
  ]);
  expect((await speechRecord(page)).said.slice(normsPairs.length)).toEqual(
    inPairs,
  );
  const read = page.locator("#norms .part.is-read");
  const counterpart = page.locator("#norms .part.is-read-pair");
  await expect(read).toHaveText(normsPairs[0].vi);
  await expect(read).toHaveAttribute("lang", "vi");
  await expect(counterpart).toHaveText(normsPairs[0].en);
  await finishUtterance(page);
  await expect(read).toHaveText(normsPairs[0].en);
  await expect(counterpart).toHaveText(normsPairs[0].vi);
  await finishUtterance(page);
  await expect(read).toHaveText(normsPairs[1].vi);
  await expect(counterpart).toHaveText(normsPairs[1].en);

  // Remembered: the next reading is in pairs from the start.
  await page.reload();
  const before = (await speechRecord(page)).said.length;
  expect(before).toBe(0);
  await page
    .getByRole("button", { name: /^VI Listen – paragraph 4, in Vietnamese/ })
    .click();
  expect((await speechRecord(page)).said).toEqual(inPairs);
});

test("in one language, pairs read each part and then its counterpart, marked in the peek under the passage", async ({
  page,
}) => {
  await fakeVoices(page, ["vi-VN", "en-GB"]);
  await open(page, "/");
  await page
    .getByRole("button", { name: /^Đọc bằng tiếng Anh: đoạn 4/ })
    .click();
  await expect(page.locator("#norms-en")).toBeVisible();
  await page
    .getByRole("button", { name: /^Nghe – đoạn 4, bằng tiếng Việt/ })
    .click();
  await page
    .getByRole("group", { name: "Đọc to – đoạn 4" })
    .getByRole("button", { name: /^Theo cặp/ })
    .click();
  await expect(page.locator("#norms .part.is-read")).toHaveText(
    normsPairs[0].vi,
  );
  await expect(page.locator("#norms-en .part.is-read-pair")).toHaveText(
    normsPairs[0].en,
  );
  await finishUtterance(page);
  await expect(page.locator("#norms-en .part.is-read")).toHaveText(
    normsPairs[0].en,
  );
  await expect(page.locator("#norms .part.is-read-pair")).toHaveText(
    normsPairs[0].vi,
  );
});

test.describe("the learner's controls to axe", () => {
  test.use({ reducedMotion: "reduce" });

  test("axe finds nothing with a reading in progress, test yourself hiding the original and a gloss card that reads its term, light or dark", async ({
    page,
  }) => {
    await fakeVoices(page, ["vi-VN", "en-GB"]);
    await open(page, "/en/both/");
    await page
      .getByRole("group", { name: "Hide" })
      .getByRole("button", { name: "Original" })
      .click();
    await page
      .getByRole("button", { name: "Test yourself: hide the original" })
      .click();
    await page
      .getByRole("button", { name: /^EN Listen – paragraph 4, in English/ })
      .click();
    const bar = page.getByRole("group", {
      name: "Reading aloud – paragraph 4",
    });
    await bar.getByRole("button", { name: /^In pairs/ }).click();
    await bar.getByRole("button", { name: "Pause" }).click();
    await page
      .getByRole("button", { name: "Budapest Convention", exact: true })
      .click();
    await expect(
      page.getByRole("button", {
        name: "Listen to “Budapest Convention” in English",
      }),
    ).toBeVisible();
    // Scrolled: the bar docked at the foot covers what is under it, by design.
    expect(await axeViolations(page, { scrolled: true })).toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(
      await axeViolations(page, { scrolled: true, contrastOnly: true }),
    ).toEqual([]);
  });
});
