import { screen, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { App } from "../../src/App.tsx";
import { Bilingual } from "../../src/components/common/Bilingual.tsx";
import { notes } from "../../src/content/cyber-dialogue/notes.ts";
import { topics } from "../../src/content/cyber-dialogue/topics.ts";
import { LANGS } from "../../src/i18n/languages.ts";
import { resources } from "../../src/i18n/strings.ts";
import { render } from "./render.tsx";

test("in the both view a name written the same in both languages is shown once, in the original's lang", () => {
  render(
    <>
      <Bilingual
        data-testid="same"
        text={{ vi: "Jean Dupont", en: "Jean Dupont" }}
      />
      <Bilingual data-testid="pair" text={{ vi: "Hà Nội", en: "Hanoi" }} />
    </>,
    { lang: "en", view: "both" },
  );
  const same = screen.getByTestId("same");
  expect(same).toHaveTextContent(/^Jean Dupont$/);
  expect(same).toHaveAttribute("lang", "vi");
  expect(same).not.toHaveClass("is-pair");
  const pair = screen.getByTestId("pair");
  expect(pair).toHaveClass("is-pair");
  expect(
    [...pair.querySelectorAll("[data-side]")].map((side) => side.textContent),
  ).toEqual(["Hà Nội", "Hanoi"]);
});

test("in one language the name is that language's, as before", () => {
  render(
    <Bilingual
      data-testid="same"
      text={{ vi: "Jean Dupont", en: "Jean Dupont" }}
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
    // A passage shown part by part is a pair a row (under the row of its headers).
    const pairs = document.querySelectorAll(
      ".is-pair:not(.pair-aligned), .pair-aligned > [role='row']:has(> [role='gridcell'])",
    );
    expect(pairs.length).toBeGreaterThan(50);
    for (const pair of pairs) {
      const sides = [...pair.querySelectorAll(":scope > [data-side]")];
      expect(sides).toHaveLength(2);
      expect(sides[0]?.textContent).not.toBe(sides[1]?.textContent);
    }
    for (const topic of topics.filter(({ label }) => label.vi === label.en)) {
      const button = within(
        document.getElementById(topic.id) ?? document.body,
      ).getByRole("button");
      expect(button).toHaveTextContent(new RegExp(`^${topic.label.vi}$`));
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
      expect(labels[0]?.closest("[data-side]")).toBeNull();
      expect(note.querySelector(".note-text.is-pair")).not.toBeNull();
    }
    expect(screen.getAllByRole("note")).toHaveLength(notes.length);
  },
);
