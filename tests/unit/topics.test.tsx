import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test } from "vitest";
import { App } from "../../src/app/App.tsx";
import { explainer } from "../../src/content/cyber-dialogue/explainer.ts";
import read from "virtual:explainer";
import { topicExplanations } from "../../src/content/cyber-dialogue/topicExplanations.ts";
import { topicTerms } from "../../src/content/cyber-dialogue/topicTerms.ts";
import type { TopicId } from "../../src/content/cyber-dialogue/topics.ts";
import type { Topic } from "../../src/content/schema.ts";
import type { Lang } from "./reportLangs.ts";
import { indexExplainer } from "../../src/lib/explainerIndex.ts";
import { segmentTerms } from "../../src/lib/termSegments.ts";
import { passageOnPage, render, timelineRow } from "./render.tsx";
import { sideOf } from "../../src/lib/alignedText.ts";

const index = indexExplainer(read);

function highlightedIds(): string[] {
  return [...document.querySelectorAll(".is-highlighted")].map(
    (element) => element.id,
  );
}

/** Each mark on the page: the passage it stands in, its language and its words. */
function marks(): { passage: string; lang: string; text: string }[] {
  return [...document.querySelectorAll("mark")].map((mark) => ({
    passage: mark.closest("[id]")?.id ?? "",
    lang: mark.closest("[lang]")?.getAttribute("lang") ?? "",
    text: mark.textContent,
  }));
}

/** A passage's text in a language: a paragraph's, or the photo's caption. */
function passageText(id: string, lang: Lang): string {
  const { standfirst, body } = explainer.article;
  const block = [standfirst, ...body].find((candidate) => candidate.id === id);
  if (!block) throw new Error(`No passage ${id}`);
  return "pairs" in block
    ? sideOf(block.pairs, lang)
    : sideOf(block.caption, lang);
}

/** What the page should mark for a topic in a language: every occurrence of its terms in the passages it names. */
function expectedMarks(topic: Topic<string, string, string, Lang>, lang: Lang) {
  const terms = topicTerms[topic.id as TopicId][lang];
  return topic.passages.flatMap((passage) =>
    segmentTerms(passageText(passage, lang), terms).flatMap((part) =>
      part.kind === "term" ? [{ passage, lang, text: part.text }] : [],
    ),
  );
}

/** The marks' words, as terms are listed: whatever their case in the text. */
function markedTerms(lang: Lang): Set<string> {
  return new Set(
    marks()
      .filter((mark) => mark.lang === lang)
      .map((mark) => mark.text.toLocaleLowerCase(lang)),
  );
}

test.each(explainer.topics.map((topic) => [topic.label.en, topic] as const))(
  "choosing %s marks its words in exactly the passages it names, in both languages, highlights its events, and choosing it again clears them",
  async (_name, topic) => {
    const user = userEvent.setup();
    render(<App />, { lang: "en" });
    const button = screen.getByRole("button", { name: topic.label.en });
    await user.click(button);

    expect(button).toHaveAttribute("aria-pressed", "true");
    const expected = index.mentionsOf(topic).map((mention) => mention.id);
    expect(highlightedIds().sort()).toEqual(
      [...topic.passages, ...topic.events].sort(),
    );
    expect(highlightedIds()).toHaveLength(expected.length);
    expect(screen.getByRole("status")).toHaveTextContent(
      `${topic.label.en}: ${expected.length} mention${expected.length === 1 ? "" : "s"}`,
    );
    // Explanations and terms load on first need; the first may take a moment.
    expect(
      await screen.findByText(topicExplanations[topic.id].en),
    ).toBeInTheDocument();

    const terms = topicTerms[topic.id];
    // In English, then in Vietnamese after a switch in place.
    for (const lang of ["en", "vi"] as const) {
      if (lang === "vi")
        await user.click(screen.getByRole("link", { name: "Tiếng Việt" }));
      // Every occurrence of its terms in the passages it names, and nothing else...
      expect(marks()).toEqual(expectedMarks(topic, lang));
      // ...which is each of its terms, and only its terms, in the reader's language.
      expect(markedTerms(lang)).toEqual(
        new Set(terms[lang].map((term) => term.toLocaleLowerCase(lang))),
      );
    }

    await user.click(screen.getByRole("button", { name: topic.label.vi }));

    expect(highlightedIds()).toEqual([]);
    expect(marks()).toEqual([]);
    expect(
      screen.queryByText(topicExplanations[topic.id].vi),
    ).not.toBeInTheDocument();
  },
);

test("in the both view each side marks the topic's words in its own language", async () => {
  const user = userEvent.setup();
  render(<App />, { lang: "en", view: "both" });
  await user.click(screen.getByRole("button", { name: /Budapest Convention/ }));
  await screen.findByText(topicExplanations["budapest-convention"].en);
  expect(marks()).toEqual([
    { passage: "nato-budapest", lang: "vi", text: "Công ước Budapest" },
    { passage: "nato-budapest", lang: "en", text: "Budapest Convention" },
  ]);
});

test("the chosen topic's explanation, where the reader is and the controls are one panel", async () => {
  const user = userEvent.setup();
  render(<App />, { lang: "en" });
  await user.click(screen.getByRole("button", { name: "Henri Verdier" }));
  const panel = screen.getByRole("group", { name: "Highlighted topic" });
  expect(
    await within(panel).findByText(topicExplanations["henri-verdier"].en),
  ).toBeInTheDocument();
  expect(panel).toHaveTextContent("Henri Verdier1 mention");
  await user.click(within(panel).getByRole("button", { name: "Next" }));
  expect(panel).toHaveTextContent("1 mention · Mention 1 of 1");
  for (const name of ["Previous", "Next", "Clear highlight"])
    expect(within(panel).getByRole("button", { name })).toBeInTheDocument();
  // It stands in the chosen topic's item of the list, after its button, so that
  // the keyboard goes from the topic to its controls (timelineAndTopics.spec.ts).
  const choice = screen
    .getAllByRole("listitem")
    .find((item) => item.id === "henri-verdier");
  if (!choice) throw new Error("no topic in the list");
  expect(within(choice).getByRole("group", { name: "Highlighted topic" })).toBe(
    panel,
  );
});

test("the reader steps through the mentions, round the end, and the clear control removes the highlight", async () => {
  const user = userEvent.setup();
  render(<App />, { lang: "en" });
  const topicButton = screen.getByRole("button", {
    name: "Budapest Convention",
  });
  await user.click(topicButton);
  const stepper = screen.getByRole("group", { name: "Highlighted topic" });

  await user.click(within(stepper).getByRole("button", { name: "Next" }));
  // The mention stepped to is marked as the current one.
  expect(passageOnPage("nato-budapest")).toHaveClass("is-current");
  expect(screen.getByRole("status")).toHaveTextContent("Mention 1 of 4");

  await user.click(within(stepper).getByRole("button", { name: "Previous" }));
  expect(timelineRow("budapest-75-parties")).toHaveClass("is-current");
  expect(passageOnPage("nato-budapest")).not.toHaveClass("is-current");
  expect(screen.getByRole("status")).toHaveTextContent("Mention 4 of 4");

  await user.click(
    within(stepper).getByRole("button", { name: "Clear highlight" }),
  );
  expect(highlightedIds()).toEqual([]);
  expect(
    screen.queryByRole("group", { name: "Highlighted topic" }),
  ).not.toBeInTheDocument();
  // Focus is not lost with the bar: it goes back to the topic.
  expect(topicButton).toHaveFocus();
  expect(topicButton).toHaveAttribute("aria-pressed", "false");
});

test("the chosen topic is in the address, and survives a switch of language", async () => {
  const user = userEvent.setup();
  render(<App />);
  await user.click(screen.getByRole("button", { name: "Công ước Budapest" }));
  expect(window.location.hash).toBe("#budapest-convention");

  await user.click(screen.getByRole("link", { name: "English" }));

  expect(
    screen.getByRole("button", { name: "Budapest Convention" }),
  ).toHaveAttribute("aria-pressed", "true");
  expect(highlightedIds()).toHaveLength(4);
  expect(window.location.hash).toBe("#budapest-convention");
});

test("an address naming a topic opens with it chosen; an unknown one is ignored", () => {
  window.history.replaceState(null, "", "/#liesyl-franz");
  const { unmount } = render(<App />);
  expect(screen.getByRole("button", { name: "Liesyl Franz" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  expect(highlightedIds()).toEqual(["delegations"]);
  unmount();

  window.history.replaceState(null, "", "/#%E0%A4%A");
  render(<App />);
  expect(highlightedIds()).toEqual([]);
  expect(screen.getByRole("heading", { level: 1 })).toBeInTheDocument();
});
