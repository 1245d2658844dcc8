import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test } from "vitest";
import { App } from "../../src/app/App.tsx";
import { article } from "../../src/content/cyber-dialogue/article.ts";
import { textOfOneSide } from "../../src/dom/copyOneSide.ts";
import { sideOf } from "../../src/lib/alignedText.ts";
import { notes } from "../../src/content/cyber-dialogue/notes.ts";
import { timeline } from "../../src/content/cyber-dialogue/timeline.ts";
import { LANGS } from "./reportLangs.ts";
import {
  afterNextPaint,
  passageOnPage,
  passagesOnPage,
  render,
  timelineRow,
} from "./render.tsx";

const sixthDialogue = timeline.find(({ id }) => id === "sixth-dialogue");
const normsNote = notes.find(({ id }) => id === "note-norms");
if (!sixthDialogue || !normsNote) throw new Error("no dialogue or note");

const paragraphs = article.body.flatMap((block) =>
  block.kind === "paragraph" ? [block] : [],
);

function paragraphText(id: string, lang: "vi" | "en"): string {
  const paragraph = paragraphs.find((candidate) => candidate.id === id);
  if (!paragraph) throw new Error(`no paragraph ${id}`);
  return sideOf(paragraph.pairs, lang);
}

/**
 * Each side of a passage shown in the both view, its parts joined as the passage reads:
 * the original is the first cell of each row, the translation the second. In one
 * language a passage is a paragraph, with no sides.
 */
function sides(passage: HTMLElement) {
  if (passage.getAttribute("role") !== "grid") return [];
  // The rows of parts, not the row of the columns' headers, which has no cells.
  const rows = within(passage)
    .getAllByRole("row")
    .map((row) => within(row).queryAllByRole("gridcell"))
    .filter((cells) => cells.length > 0);
  return ["original", "translation"].map((side, index) => {
    const mine = rows.flatMap((cells) => cells[index] ?? []);
    return {
      lang: mine[0]?.getAttribute("lang"),
      side,
      text: mine.map((part) => part.textContent).join(" "),
    };
  });
}

/** Whether `first` comes before `second` as the page reads. */
function before(first: Element, second: Element): boolean {
  return Boolean(
    first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
}

test("in one language, every passage is in that language alone, marked with it", () => {
  render(<App />, { lang: "en" });
  const passages = passagesOnPage();
  for (const paragraph of paragraphs) {
    const element = passages.get(paragraph.id);
    expect(element).toHaveAttribute("lang", "en");
    expect(element).toHaveTextContent(sideOf(paragraph.pairs, "en"));
    expect(element).not.toHaveTextContent(sideOf(paragraph.pairs, "vi"));
  }
  expect(screen.getByRole("heading", { level: 1 })).toHaveAttribute(
    "lang",
    "en",
  );
});

test("in both, each passage pairs the original with its translation, each with its lang", () => {
  render(<App />, { lang: "en", view: "both" });
  const passages = passagesOnPage();
  for (const paragraph of [article.standfirst, ...paragraphs]) {
    const passage = passages.get(paragraph.id);
    if (!passage) throw new Error(`no passage ${paragraph.id}`);
    expect(sides(passage)).toEqual([
      { lang: "vi", side: "original", text: sideOf(paragraph.pairs, "vi") },
      { lang: "en", side: "translation", text: sideOf(paragraph.pairs, "en") },
    ]);
  }
  // One heading, in the original; its translation beside it, not run into it.
  const heading = screen.getByRole("heading", { level: 1 });
  expect(heading).toHaveTextContent(article.headline.vi);
  expect(heading).not.toHaveTextContent(article.headline.en);
  expect(heading).toHaveAttribute("lang", "vi");
  // Its translation beside it, a line of its own, in its own language.
  const headlineTranslation = screen.getByText(article.headline.en);
  expect(headlineTranslation).toHaveAttribute("lang", "en");
  expect(before(heading, headlineTranslation)).toBe(true);
  // Timeline titles and notes follow the view too, the original first.
  const dialogue = within(timelineRow("sixth-dialogue"));
  const titles = LANGS.map((lang) =>
    dialogue.getByText(sixthDialogue.title[lang]),
  );
  titles.forEach((title, index) =>
    expect(title).toHaveAttribute("lang", LANGS[index]),
  );
  const [original, translation] = titles;
  if (!original || !translation) throw new Error("no title");
  expect(before(original, translation)).toBe(true);
  const note = within(
    screen.getAllByRole("note").find(({ id }) => id === "note-norms") ??
      document.body,
  );
  for (const lang of LANGS)
    expect(note.getByText(normsNote.text[lang])).toHaveAttribute("lang", lang);
  // The interface stays in the language last chosen.
  expect(
    screen.getByRole("navigation", { name: "Language" }),
  ).toBeInTheDocument();
});

test("choosing both keeps the interface language, and the address and memory follow", async () => {
  const user = userEvent.setup();
  render(<App />);
  await user.click(screen.getByRole("link", { name: "Song ngữ / Both" }));

  expect(screen.getByRole("link", { name: "Song ngữ / Both" })).toHaveAttribute(
    "aria-current",
    "true",
  );
  expect(screen.getByRole("link", { name: "Tiếng Việt" })).not.toHaveAttribute(
    "aria-current",
  );
  expect(
    screen.getByRole("navigation", { name: "Ngôn ngữ" }),
  ).toBeInTheDocument();
  expect(sides(passageOnPage("norms"))).toHaveLength(2);
  await afterNextPaint();
  expect(window.location.pathname).toBe("/both/");
  expect(window.localStorage.getItem("cyber-dialogue-explainer:view")).toBe(
    "both",
  );

  await user.click(screen.getByRole("link", { name: "English" }));

  expect(sides(passageOnPage("norms"))).toHaveLength(0);
  expect(passageOnPage("norms")).toHaveAttribute("lang", "en");
  await afterNextPaint();
  expect(window.location.pathname).toBe("/en/");
  expect(window.localStorage.getItem("cyber-dialogue-explainer:view")).toBe(
    "single",
  );
});

test("a peek shows one paragraph's counterpart, and hides it again", async () => {
  const user = userEvent.setup();
  render(<App />);
  const toggle = screen.getByRole("button", {
    name: "Đọc bằng tiếng Anh: đoạn 4",
  });
  expect(toggle).toHaveAttribute("aria-expanded", "false");
  const counterpart = () =>
    screen
      .queryAllByRole("paragraph")
      .filter((paragraph) => paragraph.id.endsWith("-en"));

  await user.click(toggle);

  expect(toggle).toHaveAttribute("aria-expanded", "true");
  // Under the paragraph, which it follows; one paragraph only.
  const [shown, ...more] = counterpart();
  expect(more).toEqual([]);
  expect(shown).toHaveAttribute("id", "norms-en");
  expect(shown).toHaveAttribute("lang", "en");
  expect(shown).toHaveTextContent(paragraphText("norms", "en"));
  if (!shown) throw new Error("no counterpart");
  expect(before(passageOnPage("norms"), shown)).toBe(true);
  expect(
    screen.getAllByRole("button", {
      name: /^Đọc bằng tiếng Anh: /,
      expanded: true,
    }),
  ).toEqual([toggle]);

  await user.click(toggle);

  expect(toggle).toHaveAttribute("aria-expanded", "false");
  expect(counterpart()).toEqual([]);
});

test.each([
  ["vi", "Đọc bằng tiếng Anh", "đoạn dẫn", "đoạn"],
  ["en", "Read in Vietnamese", "lead paragraph", "paragraph"],
] as const)(
  "in %s, each peek control says what it does in words, and its name starts with them, then names the passage it is for",
  (lang, shown, standfirst, paragraph) => {
    render(<App />, { lang });
    const expected = [
      `${shown}: ${standfirst}`,
      ...paragraphs.map(
        (_, position) => `${shown}: ${paragraph} ${position + 1}`,
      ),
    ];
    // One control each, in order, each name its own and starting with what it shows.
    const toggles = screen.getAllByRole("button", {
      name: new RegExp(`^${shown}: `),
    });
    expect(toggles.map((toggle) => toggle.getAttribute("aria-label"))).toEqual(
      expected,
    );
    for (const toggle of toggles) expect(toggle).toHaveTextContent(shown);
  },
);

test("a selection made in one column copies that language only", () => {
  render(<App />, { view: "both" });
  // The first words of a passage's original side: its first row's first cell.
  const originalText = (id: string) => {
    const [row] = within(passageOnPage(id))
      .getAllByRole("row")
      .filter((each) => within(each).queryAllByRole("gridcell").length > 0);
    const [cell] = within(row ?? document.body).getAllByRole("gridcell");
    if (!cell) throw new Error(`no original side in ${id}`);
    return document.createTreeWalker(cell, NodeFilter.SHOW_TEXT).nextNode();
  };
  const start = originalText("norms");
  const end = originalText("digital-freedom");
  if (!start || !end) throw new Error("no pair text");
  const selection = document.getSelection();
  if (!selection) throw new Error("no selection");
  const range = document.createRange();
  range.setStart(start, 0);
  range.setEnd(end, 7);
  selection.removeAllRanges();
  selection.addRange(range);

  const copied = textOfOneSide(selection) ?? "";

  const vi = (id: string) => paragraphText(id, "vi");
  const en = (id: string) => paragraphText(id, "en");
  expect(copied.startsWith(vi("norms"))).toBe(true);
  expect(copied).toContain(vi("nato-budapest"));
  expect(copied.endsWith(vi("digital-freedom").slice(0, 7))).toBe(true);
  for (const id of ["norms", "nato-budapest", "digital-freedom"]) {
    expect(copied).not.toContain(en(id).slice(0, 30));
  }
});
