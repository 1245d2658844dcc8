import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test, vi } from "vitest";
import { App } from "../../src/app/App.tsx";
import { article } from "../../src/content/cyber-dialogue/article.ts";
import { sideOf } from "../../src/lib/alignedText.ts";
import {
  afterNextPaint,
  passageOnPage,
  passagesOnPage,
  render,
  seenAtClick,
} from "./render.tsx";

const paragraphs = article.body.flatMap((block) =>
  block.kind === "paragraph" ? [block] : [],
);

test("the article opens in Vietnamese, the original", () => {
  render(<App />);
  expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
    article.headline.vi,
  );
  const passages = passagesOnPage();
  expect(passages.get(article.standfirst.id)).toHaveTextContent(
    sideOf(article.standfirst.pairs, "vi"),
  );
  for (const paragraph of paragraphs) {
    expect(passages.get(paragraph.id)).toHaveTextContent(
      sideOf(paragraph.pairs, "vi"),
    );
  }
  expectArticleMarkedIn("vi");
});

test("switching to English shows the English headline, standfirst and paragraphs, and back", async () => {
  const user = userEvent.setup();
  render(<App />);
  const languages = screen.getByRole("navigation", { name: "Ngôn ngữ" });

  await user.click(within(languages).getByRole("link", { name: "English" }));

  expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
    article.headline.en,
  );
  const passages = passagesOnPage();
  expect(passages.get(article.standfirst.id)).toHaveTextContent(
    sideOf(article.standfirst.pairs, "en"),
  );
  for (const paragraph of paragraphs) {
    expect(passages.get(paragraph.id)).toHaveTextContent(
      sideOf(paragraph.pairs, "en"),
    );
    expect(passages.get(paragraph.id)).not.toHaveTextContent(
      sideOf(paragraph.pairs, "vi"),
    );
  }
  expectArticleMarkedIn("en");
  // The interface follows too: the switch is now labelled in English.
  expect(screen.getByRole("navigation", { name: "Language" })).toBe(languages);

  await user.click(within(languages).getByRole("link", { name: "Tiếng Việt" }));

  expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
    article.headline.vi,
  );
  expect(passageOnPage(article.standfirst.id)).toHaveTextContent(
    sideOf(article.standfirst.pairs, "vi"),
  );
});

test("the current language is marked, and follows the switch, each name marked with its own language", async () => {
  const user = userEvent.setup();
  render(<App />);
  const vietnamese = screen.getByRole("link", { name: "Tiếng Việt" });
  const english = screen.getByRole("link", { name: "English" });
  expect(vietnamese).toHaveAttribute("lang", "vi");
  expect(english).toHaveAttribute("lang", "en");
  expect(vietnamese).toHaveAttribute("aria-current", "true");
  expect(english).not.toHaveAttribute("aria-current");
  // Real links, so the switch works before the script runs and in a new tab.
  expect(english).toHaveAttribute("href", "en/");

  await user.click(english);

  expect(vietnamese).not.toHaveAttribute("aria-current");
  expect(english).toHaveAttribute("aria-current", "true");
  expect(vietnamese).toHaveAttribute("href", "../");
});

test("the document’s language, title and description follow the switch", async () => {
  const user = userEvent.setup();
  const description = document.createElement("meta");
  description.name = "description";
  document.head.append(description);
  render(<App />);
  await afterNextPaint();
  expect(document.documentElement).toHaveAttribute("lang", "vi");
  expect(document.title).toMatch(/Đối thoại an ninh mạng/);

  const atClick = seenAtClick(() => ({
    lang: document.documentElement.getAttribute("lang"),
    title: document.title,
    heading: screen.getByRole("heading", { level: 1 }).getAttribute("lang"),
  }));
  await user.click(screen.getByRole("link", { name: "English" }));

  // The head, the document's language with it, once the new text is painted: each
  // passage has its own language meanwhile.
  expect(atClick()).toEqual({
    lang: "vi",
    title: expect.stringMatching(/Đối thoại an ninh mạng/) as string,
    heading: "en",
  });
  await afterNextPaint();
  expect(document.documentElement).toHaveAttribute("lang", "en");
  expect(document.title).toMatch(/Cyber Dialogue/);
  expect(description.content).toMatch(/^The Vietnamplus report/);
});

test("the address and the remembered choice follow the switch", async () => {
  const user = userEvent.setup();
  window.history.replaceState(null, "", "/?lang=vi&utm_source=x#norms");
  render(<App />);

  const atClick = seenAtClick(() => ({
    path: window.location.pathname,
    stored: window.localStorage.getItem("cyber-dialogue-explainer:lang"),
  }));
  await user.click(screen.getByRole("link", { name: "English" }));

  // Not in the click: the new text first, then, once it is painted, the address.
  expect(screen.getByRole("link", { name: "English" })).toHaveAttribute(
    "aria-current",
    "true",
  );
  expect(atClick()).toEqual({ path: "/", stored: null });
  await afterNextPaint();
  expect(window.location.pathname).toBe("/en/");
  expect(window.location.search).toBe("?utm_source=x");
  expect(window.location.hash).toBe("#norms");
  expect(window.localStorage.getItem("cyber-dialogue-explainer:lang")).toBe(
    "en",
  );

  await user.click(screen.getByRole("link", { name: "Tiếng Việt" }));
  await afterNextPaint();

  expect(window.location.pathname).toBe("/");
  expect(window.localStorage.getItem("cyber-dialogue-explainer:lang")).toBe(
    "vi",
  );
});

test("the switch works, and nothing is logged, when storage throws", async () => {
  const user = userEvent.setup();
  const throwing = () => {
    throw new DOMException("The document is sandboxed.", "SecurityError");
  };
  vi.spyOn(Storage.prototype, "getItem").mockImplementation(throwing);
  vi.spyOn(Storage.prototype, "setItem").mockImplementation(throwing);
  const errors = vi.spyOn(console, "error");
  const warnings = vi.spyOn(console, "warn");

  render(<App />);
  await user.click(screen.getByRole("link", { name: "English" }));

  expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
    article.headline.en,
  );
  expect(screen.getByRole("link", { name: "English" })).toHaveAttribute(
    "aria-current",
    "true",
  );
  expect(errors).not.toHaveBeenCalled();
  expect(warnings).not.toHaveBeenCalled();
});

/**
 * Every word of the article sits in a part marked with its language, the part's own
 * (not the document's, which follows a switch only once it is painted), and the
 * article's header is in `lang`.
 */
function expectArticleMarkedIn(lang: string): void {
  const article = screen.getByRole("article");
  // Every element that holds words of its own, in the article.
  const words = within(article).getAllByText((text) => text.trim() !== "");
  expect(words.length).toBeGreaterThan(50);
  for (const element of words)
    expect(element.matches("article [lang], article [lang] *")).toBe(true);
  expect(within(article).getByRole("heading", { level: 1 })).toHaveAttribute(
    "lang",
    lang,
  );
}
