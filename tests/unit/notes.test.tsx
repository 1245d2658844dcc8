import { screen, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { App } from "../../src/app/App.tsx";
import { notes } from "../../src/content/cyber-dialogue/notes.ts";
import { render } from "./render.tsx";

const norms = notes.find((note) => note.id === "note-norms");
if (!norms?.report) throw new Error("no note on the norms passage");

/** Whether `first` comes before `second` as the page reads. */
function before(first: Element, second: Element): boolean {
  return Boolean(
    first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
}

function noteOnNorms(): HTMLElement {
  const note = screen
    .getAllByRole("note")
    .find((element) => element.id === "note-norms");
  if (!note) throw new Error("no note beside the norms passage");
  return note;
}

test("in Vietnamese a note quotes the report, and the official English with our translation", () => {
  render(<App />);
  const note = noteOnNorms();
  const [report, official] = within(note).getAllByRole("blockquote");
  expect(report).toHaveAttribute("lang", "vi");
  expect(report).toHaveTextContent(norms.report.text.vi);
  expect(official).toHaveAttribute("lang", "en");
  expect(official).toHaveTextContent(norms.official.text.en);
  expect(official).toHaveAttribute("cite", norms.official.source.url);

  const translation = within(note).getByText(norms.official.text.vi);
  expect(translation).toHaveAttribute("lang", "vi");
  expect(before(within(note).getByText("Tạm dịch:"), translation)).toBe(true);
  expect(within(note).getByText("Bản tin viết")).toBeInTheDocument();
  expect(
    within(note).getByRole("link", { name: /Mirage News/ }),
  ).toHaveAttribute("href", norms.official.source.url);
});

test("in English a note quotes the report's Vietnamese with our translation", () => {
  render(<App />, { lang: "en" });
  const note = noteOnNorms();
  const [report, official] = within(note).getAllByRole("blockquote");
  expect(report).toHaveAttribute("lang", "vi");
  expect(report).toHaveTextContent(norms.report.text.vi);
  const translation = within(note).getByText(norms.report.text.en);
  expect(translation).toHaveAttribute("lang", "en");
  expect(before(within(note).getByText("Our translation:"), translation)).toBe(
    true,
  );
  expect(official).toHaveAttribute("lang", "en");
  // The official words are English already: no translation follows them.
  expect(within(note).getAllByText(/^Our translation:/)).toHaveLength(1);
});

test("in the both view every quotation is paired with its translation, the original language's side first", () => {
  render(<App />, { view: "both" });
  const note = noteOnNorms();
  expect(within(note).getAllByText(/^Tạm dịch:/)).toHaveLength(2);
  expect(within(note).getByText(norms.report.text.en)).toHaveAttribute(
    "lang",
    "en",
  );
  expect(within(note).getByText(norms.official.text.vi)).toHaveAttribute(
    "lang",
    "vi",
  );
  // Each quotation in its own words, its translation on the other side.
  const [report, official] = within(note).getAllByRole("blockquote");
  expect(report).toHaveAttribute("lang", "vi");
  expect(report).toHaveTextContent(norms.report.text.vi);
  expect(official).toHaveAttribute("lang", "en");
  expect(official).toHaveTextContent(norms.official.text.en);
  if (!report || !official) throw new Error("no quotations");
  expect(before(report, within(note).getByText(norms.report.text.en))).toBe(
    true,
  );
  expect(before(within(note).getByText(norms.official.text.vi), official)).toBe(
    true,
  );
});
