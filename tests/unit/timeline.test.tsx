import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test } from "vitest";
import { App } from "../../src/App.tsx";
import { article } from "../../src/content/cyber-dialogue/article.ts";
import { timeline } from "../../src/content/cyber-dialogue/timeline.ts";
import type { EventKind } from "../../src/content/schema.ts";
import { renderPage } from "../../src/entry-server.tsx";
import { FULL_PAGE } from "../../src/lib/pageAddress.ts";
import { startDay } from "../../src/lib/formatDate.ts";
import { render } from "./render.tsx";
import { sideOf } from "../../src/lib/alignedText.ts";

function timelineSection(): HTMLElement {
  return screen.getByRole("region", { name: /Dòng thời gian|Timeline/ });
}

/** An event's row: the list item that carries its id. */
function row(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`no row ${id}`);
  return element;
}

/** The row's disclosure: what is pressed to open it, named by its date and title. */
function summaryOf(id: string): HTMLElement {
  const summary = row(id).querySelector("summary");
  if (!summary) throw new Error(`no summary in ${id}`);
  return summary;
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
  const rows = timeline.map((event) => row(event.id));
  rows.forEach((element, index) => {
    const event = timeline[index];
    if (!event) throw new Error("more rows than events");
    expect(section).toContainElement(element);
    expect(element.tagName).toBe("LI");
    expect(element.parentElement?.tagName).toBe("OL");
    // In its year's list, after the one before it.
    const year = element.closest("li:not(.timeline-event)");
    expect(year?.querySelector("h3")?.textContent).toMatch(
      new RegExp(`^${eventYear(event.id)}`),
    );
    const previous = rows[index - 1];
    if (previous)
      expect(
        previous.compareDocumentPosition(element) &
          Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
  });
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
  const summary = summaryOf("nato-summit");
  expect(summary).toHaveTextContent(
    /^9–11\/7\/2024Hội nghị thượng đỉnh NATO tại Washington$/,
  );
  expect(summary.querySelector("time")).toHaveAttribute(
    "datetime",
    "2024-07-09",
  );
  const text = within(summit).getByText(/nhân dịp kỷ niệm 75 năm/);
  expect(text).not.toBeVisible();

  await user.click(summary);

  expect(text).toBeVisible();
  expect(text).toHaveAttribute("lang", "vi");
  expect(within(summit).getByText("Sau bản tin")).toBeVisible();
  expect(within(summit).getByRole("link", { name: /^NATO/ })).toBeVisible();

  await user.click(summary);
  expect(text).not.toBeVisible();
});

test("the dialogue itself stands out, and says what it is", () => {
  render(<App />);
  const dialogue = row("sixth-dialogue");
  expect(dialogue).toHaveClass("is-featured");
  expect(summaryOf("sixth-dialogue")).toHaveTextContent(
    "Sự kiện chính của bản tin",
  );
  expect(
    timeline.filter((event) => row(event.id).classList.contains("is-featured")),
  ).toHaveLength(1);
});

test("in English the dates read as English, each date machine-readable", async () => {
  const user = userEvent.setup();
  render(<App />);
  await user.click(screen.getByRole("link", { name: "English" }));

  const dialogue = summaryOf("sixth-dialogue");
  expect(dialogue).toHaveTextContent("March 11–12, 2024");
  expect(dialogue).toHaveTextContent("The sixth U.S.–France Cyber Dialogue");
  const times = dialogue.querySelectorAll("time");
  expect([...times].map((time) => time.getAttribute("datetime"))).toEqual([
    "2024-03-11",
    "2024-03-12",
  ]);
  const first = summaryOf("budapest-signature");
  expect(first).toHaveTextContent("November 23, 2001");
  expect(first.querySelector("time")).toHaveAttribute("datetime", "2001-11-23");
  expect(summaryOf("first-dialogue")).toHaveTextContent("September 2016");
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
    await user.click(summaryOf("sixth-dialogue"));
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

    const notes = document.getElementById("nato-budapest-margin");
    if (!(notes instanceof HTMLElement))
      throw new Error("no notes beside the paragraph");
    const summit = timeline.find((event) => event.id === "nato-summit");
    if (!summit) throw new Error("no summit");
    expect(
      within(notes).getByRole("link", { name: summit.title[lang] }),
    ).toHaveAttribute("href", "#nato-summit");
  },
);

test("in both languages, titles and texts pair the original with its translation; passage links keep the interface language", async () => {
  const user = userEvent.setup();
  render(<App />, { lang: "en", view: "both" });
  const summary = summaryOf("nato-summit");
  expect(
    [...summary.querySelectorAll(".event-title [lang]")].map((side) =>
      side.getAttribute("lang"),
    ),
  ).toEqual(["vi", "en"]);
  await user.click(summary);
  const text = row("nato-summit").querySelector(".event-text");
  expect(text?.querySelectorAll("[lang]")).toHaveLength(2);
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
    for (const event of timeline)
      expect(row(event.id).classList.contains("is-filtered-out")).toBe(
        event.kind !== kind,
      );
    expect(all).toHaveAttribute("aria-pressed", "false");
    const count = within(filter).getByText(`${expected.length} sự kiện`);
    expect(count).toHaveAttribute("aria-live", "polite");

    await user.click(all);
    expect(document.querySelectorAll(".is-filtered-out")).toHaveLength(0);
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
  expect(row("budapest-signature").querySelector("details")).toHaveProperty(
    "open",
    true,
  );
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
  expect(document.querySelector(".is-current")).toHaveAttribute(
    "id",
    "budapest-signature",
  );
  expect(row("budapest-signature")).not.toHaveClass("is-filtered-out");
  expect(row("budapest-signature").querySelector("details")).toHaveProperty(
    "open",
    true,
  );
});

test("prerendered, the filter is inert and every row is there, closed, to be opened without script", () => {
  const markup = new DOMParser().parseFromString(
    renderPage({ lang: "vi", view: "single", mode: FULL_PAGE }),
    "text/html",
  );
  const buttons = markup.querySelectorAll(".timeline-filter button");
  expect(buttons).toHaveLength(4);
  for (const button of buttons) expect(button).toHaveProperty("disabled", true);
  // (A parsed document has no window: its nodes are read as text, not matched.)
  for (const event of timeline) {
    const details = markup.querySelector(`#${event.id} > details`);
    expect(details?.querySelector("summary")?.textContent).toContain(
      event.title.vi,
    );
    expect(details?.textContent).toContain(event.text.vi);
    expect(details?.hasAttribute("open")).toBe(false);
  }
  expect(markup.querySelectorAll(".is-filtered-out")).toHaveLength(0);
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
