import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState, type ReactNode } from "react";
import { expect, test, vi } from "vitest";
import { App } from "../../src/app/App.tsx";
import { createGlossary } from "../../src/features/glosses/glossary.ts";
import {
  GlossContext,
  type GlossState,
} from "../../src/ui/glosses/GlossContext.ts";
import { GlossTerm } from "../../src/features/glosses/GlossTerm.tsx";
import { MarkedText } from "../../src/ui/MarkedText.tsx";
import { explainer } from "../../src/content/cyber-dialogue/explainer.ts";
import { topicTerms } from "../../src/content/cyber-dialogue/topicTerms.ts";
import { LANGS, type Lang } from "./reportLangs.ts";
import read from "virtual:explainer";
import { segmentTerms } from "../../src/lib/termSegments.ts";
import { bothGridName, render } from "./render.tsx";
import { sideOf } from "../../src/lib/alignedText.ts";

/** The report's passages, whose text is glossed. */
const report = [explainer.article.standfirst, ...explainer.article.body];

/** A passage's text in a language: a paragraph's, or the photo's caption. */
function textOf(block: (typeof report)[number], lang: Lang): string {
  return sideOf(block.kind === "photo" ? block.caption : block.pairs, lang);
}

/**
 * Every gloss term on the page: a button named by its words alone and described, in
 * its own language, as what opens a gloss.
 */
function glossTerms(container: HTMLElement = document.body): HTMLElement[] {
  return within(container).queryAllByRole("button", {
    description: /^(Mở chú giải|Opens its gloss)$/,
  });
}

/**
 * A passage of the report in the English both view, found by the name the page gives
 * its parts, once its glosses are in; it carries the passage's own address.
 */
async function inPassage(id: string, lang: Lang = "en"): Promise<HTMLElement> {
  const passage = await screen.findByRole("grid", {
    name: bothGridName(id, lang),
  });
  expect(passage).toHaveAttribute("id", id);
  await waitFor(() => expect(glossTerms(passage).length).toBeGreaterThan(0));
  return passage;
}

test("in the both view every topic's words in the report are glosses, in both languages", async () => {
  render(<App />, { lang: "en", view: "both" });
  await waitFor(() => expect(glossTerms().length).toBeGreaterThan(0));
  const terms = glossTerms();
  // The gloss terms in the report's parts (each side a cell in its language), in each
  // language, in the order they read.
  const cells = screen.getAllByRole("gridcell");
  const termsIn = Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      cells
        .filter((cell) => cell.getAttribute("lang") === lang)
        .flatMap((cell) => glossTerms(cell)),
    ]),
  ) as Record<Lang, HTMLElement[]>;
  const named = (lang: Lang, name: string) =>
    termsIn[lang].filter((term) => term.textContent === name);
  expect(named("vi", "Công ước Budapest")).toHaveLength(1);
  expect(named("en", "Công ước Budapest")).toHaveLength(0);
  expect(named("en", "Budapest Convention")).toHaveLength(1);
  expect(named("vi", "Budapest Convention")).toHaveLength(0);
  // Each is a popup's button, named by its words alone, described in the language
  // of the cell it stands in.
  for (const lang of LANGS) {
    for (const term of termsIn[lang]) {
      expect(term).toHaveAttribute("aria-haspopup", "dialog");
      expect(term).toHaveAccessibleName(term.textContent);
      expect(term).toHaveAccessibleDescription(
        lang === "vi" ? "Mở chú giải" : "Opens its gloss",
      );
    }
  }
  // Only in the report's text: not in the headline, the notes or the topic list.
  expect([...termsIn.vi, ...termsIn.en]).toHaveLength(terms.length);
  // Each term as the text writes it, and no word that is not a term.
  for (const lang of LANGS) {
    const listed = Object.values(topicTerms).flatMap((words) => words[lang]);
    const expected = report.flatMap((block) =>
      segmentTerms(textOf(block, lang), listed).flatMap((part) =>
        part.kind === "term" ? [part.text] : [],
      ),
    );
    expect(termsIn[lang].map((term) => term.textContent)).toEqual(expected);
  }
});

test("in one language there are no glosses, even once they have loaded", async () => {
  const user = userEvent.setup();
  // The both view brings them…
  render(<App />, { lang: "en", view: "both" });
  await waitFor(() => expect(glossTerms().length).toBeGreaterThan(0));
  // …and one language, with them at hand, shows none: whether it came first or after.
  await user.click(screen.getByRole("link", { name: "English" }));
  expect(glossTerms()).toEqual([]);
  expect(screen.getByText(/^Budapest Convention/)).toBeInTheDocument();
});

test("a term opens its gloss in place: the term in both languages, its topic, what it is, and the way to the topic", async () => {
  const user = userEvent.setup();
  render(<App />, { lang: "en", view: "both" });
  const passage = await inPassage("nato-budapest");
  const term = within(passage).getByRole("button", {
    name: "Công ước Budapest",
  });
  expect(term).toHaveAttribute("aria-expanded", "false");

  await user.click(term);

  const card = await within(passage).findByRole("dialog", {
    name: "Công ước Budapest",
  });
  expect(term).toHaveAttribute("aria-expanded", "true");
  expect(term).toHaveAttribute("aria-controls", card.id);
  // The term pressed, then the same in the other language, each in its language.
  const pressed = within(card).getByText("Công ước Budapest");
  const other = within(card).getByText("Budapest Convention");
  expect(pressed).toHaveAttribute("lang", "vi");
  expect(other).toHaveAttribute("lang", "en");
  expect(
    pressed.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING,
  ).toBeTruthy();
  // The rest in the reader's language.
  expect(card).toHaveAttribute("lang", "en");
  expect(
    within(card).getByText("Topic: Budapest Convention"),
  ).toBeInTheDocument();
  expect(
    within(card).getByText(topicTerms["budapest-convention"].gloss.en),
  ).toBeInTheDocument();
  expect(
    within(card).getByRole("button", { name: "Highlight this topic" }),
  ).toBeInTheDocument();
});

test("in Vietnamese, an English term's gloss is in Vietnamese; a name written alike in both is shown once", async () => {
  const user = userEvent.setup();
  render(<App />, { lang: "vi", view: "both" });
  const standfirst = await inPassage("standfirst", "vi");
  await user.click(
    within(standfirst).getByRole("button", { name: "cybercrime" }),
  );
  const card = await within(standfirst).findByRole("dialog", {
    name: "cybercrime",
  });
  expect(card).toHaveAttribute("lang", "vi");
  expect(within(card).getByText("tội phạm mạng")).toHaveAttribute("lang", "vi");
  expect(within(card).getByText("Chủ đề: Chống tội phạm mạng")).toBeVisible();
  expect(
    within(card).getByText(topicTerms.cybercrime.gloss.vi),
  ).toBeInTheDocument();
  expect(
    within(card).getByRole("button", { name: "Đánh dấu chủ đề này" }),
  ).toBeInTheDocument();

  const delegations = await inPassage("delegations", "vi");
  const [name] = within(delegations).getAllByRole("button", {
    name: "Henri Verdier",
  });
  if (!name) throw new Error("No term for the name");
  await user.click(name);
  const named = await within(delegations).findByRole("dialog", {
    name: "Henri Verdier",
  });
  expect(within(named).getAllByText("Henri Verdier")).toHaveLength(1);
});

test("the term's counterpart is the word at the same place in the other list", async () => {
  const user = userEvent.setup();
  render(<App />, { lang: "en", view: "both" });
  const agenda = await inPassage("agenda");
  await user.click(
    within(agenda).getByRole("button", { name: "bilateral meeting" }),
  );
  const card = await within(agenda).findByRole("dialog", {
    name: "bilateral meeting",
  });
  expect(within(card).getByText("cuộc gặp song phương")).toHaveAttribute(
    "lang",
    "vi",
  );
});

test("from the keyboard: Enter and Space open it, Tab reaches its button, Escape closes it and focus returns to the term", async () => {
  const user = userEvent.setup();
  render(<App />, { lang: "en", view: "both" });
  const passage = await inPassage("nato-budapest");
  const term = within(passage).getByRole("button", {
    name: "Budapest Convention",
  });
  term.focus();

  await user.keyboard("{Enter}");
  const card = await within(passage).findByRole("dialog", {
    name: "Budapest Convention",
  });
  await user.tab();
  expect(
    within(card).getByRole("button", { name: "Highlight this topic" }),
  ).toHaveFocus();
  await user.keyboard("{Escape}");
  expect(card).not.toBeInTheDocument();
  expect(term).toHaveFocus();
  expect(term).toHaveAttribute("aria-expanded", "false");

  await user.keyboard(" ");
  expect(
    await within(passage).findByRole("dialog", { name: "Budapest Convention" }),
  ).toBeInTheDocument();
  // Pressed again, it closes.
  await user.keyboard("{Enter}");
  expect(
    within(passage).queryByRole("dialog", { name: "Budapest Convention" }),
  ).not.toBeInTheDocument();
});

test("one card at a time; a press outside closes it, and so does focus moving on", async () => {
  const user = userEvent.setup();
  render(<App />, { lang: "en", view: "both" });
  const agenda = await inPassage("agenda");
  const first = within(agenda).getByRole("button", {
    name: "Western Balkans",
  });
  const second = within(agenda).getByRole("button", {
    name: "Indo-Pacific",
  });

  await user.click(first);
  await within(agenda).findByRole("dialog", { name: "Western Balkans" });
  await user.click(second);
  await within(agenda).findByRole("dialog", { name: "Indo-Pacific" });
  expect(
    within(agenda).queryByRole("dialog", { name: "Western Balkans" }),
  ).not.toBeInTheDocument();
  expect(first).toHaveAttribute("aria-expanded", "false");

  // A press on the card's own text keeps it open.
  await user.click(
    within(agenda).getByText(topicTerms["indo-pacific"].gloss.en),
  );
  expect(
    within(agenda).getByRole("dialog", { name: "Indo-Pacific" }),
  ).toBeInTheDocument();

  await user.click(screen.getByRole("heading", { level: 1 }));
  expect(
    within(agenda).queryByRole("dialog", { name: "Indo-Pacific" }),
  ).not.toBeInTheDocument();

  second.focus();
  await user.keyboard("{Enter}");
  await within(agenda).findByRole("dialog", { name: "Indo-Pacific" });
  await user.tab(); // to the card's button
  await user.tab(); // on past the card
  expect(
    within(agenda).queryByRole("dialog", { name: "Indo-Pacific" }),
  ).not.toBeInTheDocument();
});

test("the way to the topic chooses it as the topic list does: its panel opens and its words are marked, and the marked term is still a gloss", async () => {
  const user = userEvent.setup();
  render(<App />, { lang: "en", view: "both" });
  const passage = await inPassage("nato-budapest");
  const term = within(passage).getByRole("button", {
    name: "Budapest Convention",
  });
  await user.click(term);
  await user.click(
    await within(passage).findByRole("button", {
      name: "Highlight this topic",
    }),
  );

  expect(window.location.hash).toBe("#budapest-convention");
  expect(
    screen.getByRole("group", { name: "Highlighted topic" }),
  ).toBeInTheDocument();
  expect(topicChoice("budapest-convention")).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  // The card closes and focus stays on the term, now marked too.
  expect(
    within(passage).queryByRole("dialog", { name: "Budapest Convention" }),
  ).not.toBeInTheDocument();
  expect(term).toHaveFocus();
  expect(await within(term).findByRole("mark")).toHaveTextContent(
    "Budapest Convention",
  );
  const marked = within(passage).getByRole("button", {
    name: "Công ước Budapest",
  });
  expect(within(marked).getByRole("mark")).toHaveTextContent(
    "Công ước Budapest",
  );

  // Pressed again, it opens its gloss; its way to the topic leaves the topic chosen.
  await user.click(term);
  await user.click(
    await within(passage).findByRole("button", {
      name: "Highlight this topic",
    }),
  );
  expect(window.location.hash).toBe("#budapest-convention");
  expect(within(term).getByRole("mark")).toBeInTheDocument();
});

/**
 * A topic's choice in the topic list, the topic's own address on it: its item's first
 * button (the chosen topic's panel follows it there).
 */
function topicChoice(id: string): HTMLElement {
  const item = screen
    .getAllByRole("listitem")
    .find((candidate) => candidate.id === id);
  const [choice] = item ? within(item).getAllByRole("button") : [];
  if (!choice) throw new Error(`No topic ${id} in the list`);
  return choice;
}

/**
 * Each mark on the page: the passage it stands in (by the passage's own address), its
 * language and its words; and no mark outside the report's passages.
 */
function marks() {
  const found = screen.getAllByRole("grid").flatMap((passage) =>
    within(passage)
      .getAllByRole("gridcell")
      .flatMap((cell) =>
        within(cell)
          .queryAllByRole("mark")
          .map((mark) => ({
            passage: passage.id,
            lang: cell.getAttribute("lang"),
            text: mark.textContent,
          })),
      ),
  );
  expect(screen.queryAllByRole("mark")).toHaveLength(found.length);
  return found;
}

/**
 * The topics whose words somewhere stand within another topic's longer term (an
 * organisation's name in its meeting's): there a mark falls inside a gloss, not on
 * it. And one whose words are glosses of their own.
 */
// The report as the app reads it: typed for every language the kit knows.
const readTerms = await read.topicTerms();
const glossary = createGlossary(read.topics, readTerms, LANGS);
const nested = explainer.topics.filter((topic) =>
  report.some((block) =>
    LANGS.some((lang) =>
      glossary
        .segment(textOf(block, lang), lang)
        .some(
          (part) =>
            part.kind === "term" &&
            part.value.topic.id !== topic.id &&
            segmentTerms(part.text, topicTerms[topic.id][lang]).some(
              (inner) => inner.kind === "term",
            ),
        ),
    ),
  ),
);

test("some topics' words stand within other topics' terms", () => {
  expect(nested.length).toBeGreaterThan(0);
});

test.each(
  [
    ...nested,
    ...explainer.topics.filter((topic) => topic.id === "budapest-convention"),
  ].map((topic) => [topic.id, topic] as const),
)(
  "with the glosses shown, choosing %s marks exactly its words, in both languages",
  async (_id, topic) => {
    const user = userEvent.setup();
    render(<App />, { lang: "en", view: "both" });
    await inPassage("standfirst");
    const passages: readonly string[] = topic.passages;
    await user.click(topicChoice(topic.id));
    const expected = report.flatMap((block) =>
      LANGS.flatMap((lang) =>
        passages.includes(block.id)
          ? segmentTerms(
              textOf(block, lang),
              topicTerms[topic.id][lang],
            ).flatMap((part) =>
              part.kind === "term"
                ? [{ passage: block.id, lang, text: part.text }]
                : [],
            )
          : [],
      ),
    );
    await waitFor(() => expect(marks()).toEqual(expected));
  },
);

/** A sentence that answers clicks, as the report's sentences may, around glossed text. */
function Sentence({
  onClick,
  children,
}: {
  onClick: () => void;
  children: ReactNode;
}) {
  const [open, setOpen] = useState<string>();
  const gloss: GlossState = {
    glossary: createGlossary(read.topics, readTerms, LANGS),
    Term: GlossTerm,
    open,
    setOpen,
    choose: () => undefined,
  };
  return (
    <GlossContext value={gloss}>
      <span role="presentation" onClick={onClick}>
        {children}
      </span>
    </GlossContext>
  );
}

test("a press on a term, or in its card, goes no further than the gloss", async () => {
  const user = userEvent.setup();
  const onClick = vi.fn();
  render(
    <Sentence onClick={onClick}>
      <MarkedText
        text="increasing membership of the Budapest Convention on cybercrime."
        lang="en"
        mark={undefined}
      />
    </Sentence>,
    // The glosses are the both view's: a text shows them where its reading is that.
    { view: "both" },
  );
  await user.click(screen.getByRole("button", { name: "Budapest Convention" }));
  const card = await screen.findByRole("dialog", {
    name: "Budapest Convention",
  });
  await user.click(
    within(card).getByText(topicTerms["budapest-convention"].gloss.vi),
  );
  await user.click(
    within(card).getByRole("button", { name: "Đánh dấu chủ đề này" }),
  );
  expect(onClick).not.toHaveBeenCalled();
  // Where the sentence itself is pressed, it answers.
  await user.click(screen.getByText(/increasing membership/));
  expect(onClick).toHaveBeenCalledTimes(1);
});
