import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test } from "vitest";
import { App } from "../../src/App.tsx";
import { article } from "../../src/content/cyber-dialogue/article.ts";
import { textOfOneSide } from "../../src/lib/copyOneSide.ts";
import { sideOf } from "../../src/lib/alignedText.ts";
import { afterNextPaint, render } from "./render.tsx";

const paragraphs = article.body.flatMap((block) =>
  block.kind === "paragraph" ? [block] : [],
);

function paragraphText(id: string, lang: "vi" | "en"): string {
  const paragraph = paragraphs.find((candidate) => candidate.id === id);
  if (!paragraph) throw new Error(`no paragraph ${id}`);
  return sideOf(paragraph.pairs, lang);
}

/** Each side of a pair shown in the both view, its parts joined as the passage reads. */
function sides(id: string) {
  const element = document.getElementById(id);
  if (!element) throw new Error(`no element ${id}`);
  const parts = [
    ...element.querySelectorAll<HTMLElement>(
      ":scope > [data-side], :scope > [role='row'] > [data-side]",
    ),
  ];
  return ["original", "translation"].flatMap((side) => {
    const mine = parts.filter((part) => part.dataset.side === side);
    if (mine.length === 0) return [];
    return [
      {
        lang: mine[0]?.lang,
        side,
        text: mine.map((part) => part.textContent).join(" "),
      },
    ];
  });
}

test("in one language, every passage is in that language alone, marked with it", () => {
  render(<App />, { lang: "en" });
  for (const paragraph of paragraphs) {
    const element = document.getElementById(paragraph.id);
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
  for (const paragraph of [article.standfirst, ...paragraphs]) {
    expect(sides(paragraph.id)).toEqual([
      { lang: "vi", side: "original", text: sideOf(paragraph.pairs, "vi") },
      { lang: "en", side: "translation", text: sideOf(paragraph.pairs, "en") },
    ]);
  }
  // One heading, in the original; its translation beside it, not run into it.
  const heading = screen.getByRole("heading", { level: 1 });
  expect(heading).toHaveTextContent(article.headline.vi);
  expect(heading).not.toHaveTextContent(article.headline.en);
  expect(heading).toHaveAttribute("lang", "vi");
  const translation = heading.nextElementSibling;
  expect(translation).toHaveTextContent(article.headline.en);
  expect(translation).toHaveAttribute("lang", "en");
  // Timeline titles and notes follow the view too.
  expect(sides("sixth-dialogue")).toEqual([]);
  const title = document.querySelector("#sixth-dialogue .event-title");
  expect(title?.querySelectorAll("[data-side]")).toHaveLength(2);
  expect(document.querySelector("#note-norms [lang='vi']")).not.toBeNull();
  expect(document.querySelector("#note-norms [lang='en']")).not.toBeNull();
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
  expect(sides("norms")).toHaveLength(2);
  await afterNextPaint();
  expect(window.location.pathname).toBe("/both/");
  expect(window.localStorage.getItem("cyber-dialogue-explainer:view")).toBe(
    "both",
  );

  await user.click(screen.getByRole("link", { name: "English" }));

  expect(sides("norms")).toHaveLength(0);
  expect(document.getElementById("norms")).toHaveAttribute("lang", "en");
  await afterNextPaint();
  expect(window.location.pathname).toBe("/en/");
  expect(window.localStorage.getItem("cyber-dialogue-explainer:view")).toBe(
    "single",
  );
});

test("a peek shows one paragraph's counterpart, and hides it again", async () => {
  const user = userEvent.setup();
  render(<App />);
  const norms = document.getElementById("norms");
  const toggle = norms?.nextElementSibling?.querySelector("button");
  if (!toggle) throw new Error("no peek control after the paragraph");
  expect(toggle).toHaveAccessibleName("EN: đoạn 4 bằng tiếng Anh");
  expect(toggle).toHaveAttribute("aria-expanded", "false");

  await user.click(toggle);

  expect(toggle).toHaveAttribute("aria-expanded", "true");
  const counterpart = document.getElementById("norms-en");
  expect(counterpart).toHaveAttribute("lang", "en");
  expect(counterpart).toHaveTextContent(paragraphText("norms", "en"));
  // One paragraph only.
  expect(document.querySelectorAll(".peek-text")).toHaveLength(1);

  await user.click(toggle);

  expect(toggle).toHaveAttribute("aria-expanded", "false");
  expect(document.querySelectorAll(".peek-text")).toHaveLength(0);
});

test.each([
  ["vi", "EN", "đoạn dẫn", "đoạn", "bằng tiếng Anh"],
  ["en", "VI", "summary", "paragraph", "in Vietnamese"],
] as const)(
  "in %s, each peek control is named by what it shows, then by the passage it is for",
  (lang, code, standfirst, paragraph, inOther) => {
    render(<App />, { lang });
    const expected = [
      `${code}: ${standfirst} ${inOther}`,
      ...paragraphs.map(
        (_, position) => `${code}: ${paragraph} ${position + 1} ${inOther}`,
      ),
    ];
    // One control each, in order, each name its own and starting with what it shows.
    const toggles = [...document.querySelectorAll(".peek-toggle")];
    expect(toggles.map((toggle) => toggle.getAttribute("aria-label"))).toEqual(
      expected,
    );
    for (const toggle of toggles) expect(toggle).toHaveTextContent(code);
  },
);

test("a selection made in one column copies that language only", () => {
  render(<App />, { view: "both" });
  const start = document.querySelector(
    "#norms [data-side='original']",
  )?.firstChild;
  const end = document.querySelector(
    "#digital-freedom [data-side='original']",
  )?.firstChild;
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
