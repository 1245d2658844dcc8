import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test } from "vitest";
import { App } from "../../src/app/App.tsx";
import { article } from "../../src/content/cyber-dialogue/article.ts";
import { timeline } from "../../src/content/cyber-dialogue/timeline.ts";
import type { EventKind } from "../../src/content/schema.ts";
import { renderPage } from "../../src/app/entry-server.tsx";
import { FULL_PAGE } from "../../src/lib/pageAddress.ts";
import { startDay } from "../../src/lib/formatDate.ts";
import { passagesOnPage, render, timelineRow } from "./render.tsx";
import { LANGS, type Lang } from "./reportLangs.ts";
import { sideOf } from "../../src/lib/alignedText.ts";

function timelineSection(): HTMLElement {
  return screen.getByRole("region", { name: /Dòng thời gian|Timeline/ });
}

/** An event's row: the list item that carries its address. */
function row(id: string): HTMLElement {
  return timelineRow(id, timelineSection());
}

/** Every event's row, by its address, found in one look through the timeline. */
function rows(): Map<string, HTMLElement> {
  return new Map(
    within(timelineSection())
      .getAllByRole("listitem")
      .map((item) => [item.id, item]),
  );
}

/** An event as the content has it. */
function eventOf(id: string) {
  const event = timeline.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
}

/** What is pressed to open a row: its title, in the interface language. */
function titleOf(id: string, lang: Lang = "vi"): HTMLElement {
  return within(row(id)).getByText(eventOf(id).title[lang]);
}

/** Whether `first` comes before `second` as the page reads. */
function before(first: Element, second: Element): boolean {
  return Boolean(
    first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
}

const years = [
  ...new Set(timeline.map((event) => eventYear(event.id))),
] as const;

/** The year an event starts in, as its marker names it. */
function eventYear(id: string): string {
  const event = timeline.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return startDay(event.date).slice(0, 4);
}

test("the timeline lists every event in date order, under a marker for its year", () => {
  render(<App />);
  const section = timelineSection();
  const markers = within(section).getAllByRole("heading", { level: 3 });
  expect(markers.map((marker) => marker.textContent?.slice(0, 4))).toEqual(
    years,
  );
  // Each year a list item of the timeline's list, its marker and its own list of
  // events, each event an item of that list, after the one before it.
  const [list] = within(section).getAllByRole("list");
  if (!list) throw new Error("no list of years");
  const yearItems = within(list)
    .getAllByRole("listitem")
    .filter((item) => within(item).queryAllByRole("heading").length === 1);
  expect(yearItems).toHaveLength(years.length);
  let previous: HTMLElement | undefined;
  for (const event of timeline) {
    const year = yearItems.find((item) =>
      within(item)
        .getByRole("heading", { level: 3 })
        .textContent.startsWith(eventYear(event.id)),
    );
    if (!year) throw new Error(`no year for ${event.id}`);
    // The year's own list of events comes first in it (each event has its own list
    // of passages).
    const [events] = within(year).getAllByRole("list");
    const element = within(events ?? year)
      .getAllByRole("listitem")
      .find((item) => item.id === event.id);
    if (!element) throw new Error(`no row ${event.id} in its year`);
    if (previous) expect(before(previous, element)).toBe(true);
    previous = element;
  }
});

test("a year marker says how long since the year before, when it is more than one", () => {
  render(<App />);
  const markers = within(timelineSection()).getAllByRole("heading", {
    level: 3,
  });
  const text = (year: string) =>
    markers.find((marker) => marker.textContent?.startsWith(year))?.textContent;
  expect(text("2001")).toBe("2001");
  expect(text("2015")).toBe("2015 · 11 năm sau");
  expect(text("2016")).toBe("2016");
  expect(text("2024")).toBe("2024 · 2 năm sau");
});

test("collapsed, a row shows its date and title only; opened, its text, passages and sources", async () => {
  const user = userEvent.setup();
  render(<App />);
  const summit = row("nato-summit");
  const summary = titleOf("nato-summit");
  expect(summary).toHaveTextContent(
    /^Hội nghị thượng đỉnh NATO tại Washington$/,
  );
  expect(summary).toBeVisible();
  const [start, end] = within(summit).getAllByRole("time");
  expect(start).toHaveAttribute("datetime", "2024-07-09");
  expect(end).toHaveAttribute("datetime", "2024-07-11");
  expect(summit).toHaveTextContent(/^9–11\/7\/2024Hội nghị thượng đỉnh/);
  for (const date of [start, end]) expect(date).toBeVisible();
  const text = within(summit).getByText(/nhân dịp kỷ niệm 75 năm/);
  const kind = within(summit).getByText("Sau bản tin");
  const source = within(summit).getByRole("link", { name: /^NATO/ });
  for (const hidden of [text, kind, source]) expect(hidden).not.toBeVisible();

  await user.click(summary);

  expect(text).toBeVisible();
  expect(text).toHaveAttribute("lang", "vi");
  expect(kind).toBeVisible();
  expect(source).toBeVisible();

  await user.click(summary);
  expect(text).not.toBeVisible();
});

test("the dialogue itself stands out, and says what it is", () => {
  render(<App />);
  // Said once in the whole timeline, on the dialogue's row, closed.
  const [featured, ...more] = within(timelineSection()).getAllByText(
    "Sự kiện chính của bản tin",
  );
  expect(more).toEqual([]);
  expect(row("sixth-dialogue")).toContainElement(featured ?? null);
  expect(featured).toBeVisible();
  expect(row("sixth-dialogue")).toHaveClass("is-featured");
});

test("in English the dates read as English, each date machine-readable", async () => {
  const user = userEvent.setup();
  render(<App />);
  await user.click(screen.getByRole("link", { name: "English" }));

  const dialogue = row("sixth-dialogue");
  expect(dialogue).toHaveTextContent(
    /^March 11–12, 2024.*The sixth U.S.–France Cyber Dialogue/,
  );
  expect(titleOf("sixth-dialogue", "en")).toBeVisible();
  const times = within(dialogue).getAllByRole("time");
  expect(times.map((time) => time.getAttribute("datetime"))).toEqual([
    "2024-03-11",
    "2024-03-12",
  ]);
  const first = row("budapest-signature");
  expect(first).toHaveTextContent(/^November 23, 2001/);
  expect(within(first).getByRole("time")).toHaveAttribute(
    "datetime",
    "2001-11-23",
  );
  expect(row("first-dialogue")).toHaveTextContent(/^September 2016/);
  expect(
    within(timelineSection()).getByRole("heading", { name: /^2015/ }),
  ).toHaveTextContent("2015 · 11 years later");
});

test("the announcement is told apart from the meeting", () => {
  render(<App />);
  const announcement = row("state-department-announcement");
  expect(announcement).toHaveTextContent("14/3/2024");
  expect(announcement).toHaveTextContent("Trong bản tin");
  expect(row("sixth-dialogue")).toHaveTextContent(
    "ngày 14/3, Bộ Ngoại giao Mỹ thông báo về cuộc đối thoại",
  );
});

/** The first words of a passage, as its link should begin. */
function firstWords(id: string, lang: "vi" | "en", count = 3): string {
  const block = [article.standfirst, ...article.body].find(
    (candidate) => candidate.id === id,
  );
  if (!block) throw new Error(`no passage ${id}`);
  const text =
    block.kind === "photo"
      ? sideOf(block.caption, lang)
      : sideOf(block.pairs, lang);
  return text.split(" ").slice(0, count).join(" ");
}

test.each(["vi", "en"] as const)(
  "in %s, events link to their passages by the passages' opening words, and paragraphs to their events by title",
  async (lang) => {
    const user = userEvent.setup();
    render(<App />, { lang });
    await user.click(titleOf("sixth-dialogue", lang));
    const links = within(row("sixth-dialogue")).getAllByRole("link", {
      name: /…$/,
    });
    const dialogue = timeline.find((event) => event.id === "sixth-dialogue");
    expect(links.map((link) => link.getAttribute("href"))).toEqual(
      dialogue?.passages.map((id) => `#${id}`),
    );
    links.forEach((link, index) => {
      const id = dialogue?.passages[index] ?? "";
      expect(link.textContent?.startsWith(firstWords(id, lang))).toBe(true);
      expect(link.textContent?.length).toBeLessThan(40);
    });
    // No link in the timeline is named by a number.
    expect(
      within(timelineSection()).queryAllByRole("link", {
        name: /^(Đoạn|Paragraph) \d/,
      }),
    ).toEqual([]);

    // Beside the paragraph: after it, before the next passage.
    const passages = passagesOnPage();
    const order = [...passages.keys()];
    const paragraph = passages.get("nato-budapest");
    const next = passages.get(order[order.indexOf("nato-budapest") + 1] ?? "");
    if (!paragraph || !next) throw new Error("no paragraph or next passage");
    const beside = screen
      .getAllByRole("link", { name: eventOf("nato-summit").title[lang] })
      .filter((link) => before(paragraph, link) && before(link, next));
    expect(beside).toHaveLength(1);
    expect(beside[0]).toHaveAttribute("href", "#nato-summit");
  },
);

test("in both languages, titles and texts pair the original with its translation; passage links keep the interface language", async () => {
  const user = userEvent.setup();
  render(<App />, { lang: "en", view: "both" });
  const summit = eventOf("nato-summit");
  const titles = LANGS.map((lang) => titleOf("nato-summit", lang));
  const texts = LANGS.map((lang) =>
    within(row("nato-summit")).getByText(summit.text[lang]),
  );
  for (const [index, lang] of LANGS.entries()) {
    expect(titles[index]).toHaveAttribute("lang", lang);
    expect(texts[index]).toHaveAttribute("lang", lang);
  }
  const [original, translation] = titles;
  if (!original || !translation) throw new Error("no title");
  expect(before(original, translation)).toBe(true);
  await user.click(translation);
  for (const text of texts) expect(text).toBeVisible();
  expect(
    within(row("nato-summit")).getByRole("link", {
      name: /^The two sides also discussed/,
    }),
  ).toHaveAttribute("href", "#nato-budapest");
});

test("sources leave the explainer in a new tab", () => {
  render(<App />);
  const link = within(row("budapest-signature")).getByRole("link", {
    name: /Văn phòng Điều ước của Ủy hội châu Âu/,
  });
  expect(link).toHaveAttribute("target", "_blank");
  expect(link).toHaveAttribute("rel", "noopener noreferrer");
  expect(link.getAttribute("href")).toMatch(/^https:\/\/www\.coe\.int\//);
});

const FILTERS: readonly [string, EventKind][] = [
  ["Trong bản tin", "reported"],
  ["Bối cảnh", "background"],
  ["Sau bản tin", "after"],
];

test.each(FILTERS)(
  "the filter “%s” leaves out every event of another kind, and says how many show",
  async (name, kind) => {
    const user = userEvent.setup();
    render(<App />);
    const filter = screen.getByRole("group", { name: "Hiện" });
    const all = within(filter).getByRole("button", { name: "Tất cả" });
    expect(all).toHaveAttribute("aria-pressed", "true");
    expect(within(filter).getByText("15 sự kiện")).toBeInTheDocument();

    await user.click(within(filter).getByRole("button", { name }));

    const expected = timeline.filter((event) => event.kind === kind);
    const shown = rows();
    for (const event of timeline)
      expect(shown.get(event.id)?.classList.contains("is-filtered-out")).toBe(
        event.kind !== kind,
      );
    expect(all).toHaveAttribute("aria-pressed", "false");
    const count = within(filter).getByText(`${expected.length} sự kiện`);
    expect(count).toHaveAttribute("aria-live", "polite");

    await user.click(all);
    const after = rows();
    for (const event of timeline)
      expect(after.get(event.id)).not.toHaveClass("is-filtered-out");
    expect(within(filter).getByText("15 sự kiện")).toBeInTheDocument();
  },
);

test("a filter gives way to an event the reader is sent to, which opens", async () => {
  const user = userEvent.setup();
  render(<App />, { lang: "en" });
  const filter = screen.getByRole("group", { name: "Show" });
  await user.click(
    within(filter).getByRole("button", { name: "After the report" }),
  );
  expect(row("budapest-signature")).toHaveClass("is-filtered-out");

  act(() => {
    window.location.hash = "#budapest-signature";
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  });

  expect(within(filter).getByRole("button", { name: "All" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  expect(row("budapest-signature")).not.toHaveClass("is-filtered-out");
  expect(
    within(row("budapest-signature")).getByText(
      eventOf("budapest-signature").text.en,
    ),
  ).toBeVisible();
});

test("a filter gives way to the mentions of a topic chosen, and a step opens the event stepped to", async () => {
  const user = userEvent.setup();
  render(<App />, { lang: "en" });
  const filter = screen.getByRole("group", { name: "Show" });
  await user.click(
    within(filter).getByRole("button", { name: "After the report" }),
  );
  await user.click(screen.getByRole("button", { name: "Budapest Convention" }));
  expect(within(filter).getByRole("button", { name: "All" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  // The reader may filter again; a step to a mention it hides undoes it once more.
  await user.click(
    within(filter).getByRole("button", { name: "After the report" }),
  );
  const next = screen.getByRole("button", { name: "Next" });
  await user.click(next);
  await user.click(next);
  // The step lands on that event: the one row marked as the mention stepped to.
  const stepped = rows();
  expect(
    timeline.filter((event) =>
      stepped.get(event.id)?.classList.contains("is-current"),
    ),
  ).toEqual([eventOf("budapest-signature")]);
  expect(row("budapest-signature")).not.toHaveClass("is-filtered-out");
  expect(
    within(row("budapest-signature")).getByText(
      eventOf("budapest-signature").text.en,
    ),
  ).toBeVisible();
});

test("prerendered, the filter is inert and every row is there, closed, to be opened without script", async () => {
  // The markup as a browser without script shows it, in this document.
  const page = document.createElement("div");
  page.append(
    document
      .createRange()
      .createContextualFragment(
        await renderPage({ lang: "vi", view: "single", mode: FULL_PAGE }),
      ),
  );
  document.body.append(page);
  try {
    const buttons = within(
      within(page).getByRole("group", { name: "Hiện" }),
    ).getAllByRole("button");
    expect(buttons).toHaveLength(4);
    for (const button of buttons) expect(button).toBeDisabled();
    const rows = within(page).getAllByRole("listitem");
    for (const event of timeline) {
      const item = rows.find((candidate) => candidate.id === event.id);
      if (!item) throw new Error(`no row ${event.id}`);
      expect(item).not.toHaveClass("is-filtered-out");
      expect(within(item).getByText(event.title.vi)).toBeVisible();
      const text = within(item).getByText(event.text.vi);
      expect(text).toBeInTheDocument();
      expect(text).not.toBeVisible();
    }
  } finally {
    page.remove();
  }
});

test("live, the filter can be used", () => {
  render(<App />);
  for (const button of within(
    screen.getByRole("group", { name: "Hiện" }),
  ).getAllByRole("button"))
    expect(button).toBeEnabled();
});

test("notes beside the text say where the report differs from the official note", async () => {
  const user = userEvent.setup();
  render(<App />);
  const notes = screen.getAllByRole("note");
  expect(notes.length).toBeGreaterThanOrEqual(5);
  await user.click(screen.getByRole("link", { name: "English" }));
  // A closed margin follows the switch right after the frame that shows it.
  expect(
    await screen.findByText(/The Department’s note dates it March 11–12, 2024/),
  ).toBeInTheDocument();
});
