import { screen, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { App } from "../../src/app/App.tsx";
import { Bilingual } from "../../src/ui/Bilingual.tsx";
import { article } from "../../src/content/cyber-dialogue/article.ts";
import { notes } from "../../src/content/cyber-dialogue/notes.ts";
import { topics } from "../../src/content/cyber-dialogue/topics.ts";
import { LANGS } from "./reportLangs.ts";
import { resources } from "../../src/locale/strings.ts";
import { render } from "./render.tsx";

test("in the both view a name written the same in both languages is shown once, in the original's lang", () => {
  render(
    <>
      <Bilingual
        data-testid="same"
        text={{ vi: "Jean Dupont", en: "Jean Dupont", fr: "Jean Dupont" }}
      />
      <Bilingual
        data-testid="pair"
        text={{ vi: "Hà Nội", en: "Hanoi", fr: "Hanoï" }}
      />
    </>,
    { lang: "en", view: "both" },
  );
  const same = screen.getByTestId("same");
  expect(same).toHaveTextContent(/^Jean Dupont$/);
  expect(same).toHaveAttribute("lang", "vi");
  const pair = screen.getByTestId("pair");
  expect(pair).toHaveTextContent(/^Hà NộiHanoi$/);
  expect(within(pair).getByText("Hà Nội")).toHaveAttribute("lang", "vi");
  expect(within(pair).getByText("Hanoi")).toHaveAttribute("lang", "en");
});

test("in one language the name is that language's, as before", () => {
  render(
    <Bilingual
      data-testid="same"
      text={{ vi: "Jean Dupont", en: "Jean Dupont", fr: "Jean Dupont" }}
    />,
    {
      lang: "en",
    },
  );
  expect(screen.getByTestId("same")).toHaveAttribute("lang", "en");
});

test.each(LANGS)(
  "in the %s both view no pair on the page says the same thing twice",
  (lang) => {
    render(<App />, { lang, view: "both" });
    // A passage shown part by part is a pair a row, a cell each side (under the row
    // of the columns' headers, which has no cells).
    const rows = screen
      .getAllByRole("row")
      .filter((row) => within(row).queryAllByRole("gridcell").length > 0);
    expect(rows).toHaveLength(
      [article.standfirst, ...article.body].reduce(
        (count, block) =>
          count + ("pairs" in block ? block.pairs : block.caption).length,
        0,
      ),
    );
    for (const row of rows) {
      const sides = within(row).getAllByRole("gridcell");
      expect(sides).toHaveLength(2);
      expect(sides[0]?.textContent).not.toBe(sides[1]?.textContent);
    }
    // A topic named alike in both is named once.
    const choices = screen
      .getAllByRole("listitem")
      .filter((item) => topics.some((topic) => topic.id === item.id));
    expect(choices).toHaveLength(topics.length);
    for (const topic of topics.filter(({ label }) => label.vi === label.en)) {
      const choice = choices.find((item) => item.id === topic.id);
      if (!choice) throw new Error(`no choice for ${topic.id}`);
      expect(within(choice).getByRole("button")).toHaveTextContent(
        new RegExp(`^${topic.label.vi}$`),
      );
    }
  },
);

test.each(LANGS)(
  "in the %s both view a note's label is in the interface language, once, above its pair",
  (lang) => {
    render(<App />, { lang, view: "both" });
    const label = resources[lang].translation.notes.label;
    for (const note of screen.getAllByRole("note")) {
      const labels = within(note).getAllByText(label);
      expect(labels).toHaveLength(1);
      const [shown] = labels;
      const text = notes.find((candidate) => candidate.id === note.id)?.text;
      if (!shown || !text) throw new Error(`no label or text for ${note.id}`);
      // Then the note's text, in both languages; the label in neither side.
      for (const side of ["vi", "en"] as const) {
        const words = within(note).getByText(text[side]);
        expect(words).toHaveAttribute("lang", side);
        expect(within(words).queryByText(label)).not.toBeInTheDocument();
        expect(
          shown.compareDocumentPosition(words) &
            Node.DOCUMENT_POSITION_FOLLOWING,
        ).toBeTruthy();
      }
    }
    expect(screen.getAllByRole("note")).toHaveLength(notes.length);
  },
);
