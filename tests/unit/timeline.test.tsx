import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test } from "vitest";
import { App } from "../../src/App.tsx";
import { timeline } from "../../src/content/cyber-dialogue/timeline.ts";
import { render } from "./render.tsx";

function timelineItems() {
  const section = screen.getByRole("region", {
    name: /Dòng thời gian|Timeline/,
  });
  return within(section).getAllByRole("listitem");
}

test("the timeline shows every event, in order, with Vietnamese dates", () => {
  render(<App />);
  const items = timelineItems();
  expect(items).toHaveLength(timeline.length);
  items.forEach((item, index) => {
    const event = timeline[index];
    if (!event) throw new Error("more items than events");
    expect(within(item).getByRole("heading", { level: 3 })).toHaveTextContent(
      event.title.vi,
    );
  });
  const dialogue =
    items[timeline.findIndex((event) => event.id === "sixth-dialogue")];
  expect(dialogue).toHaveTextContent("11–12/3/2024");
  expect(dialogue).toHaveClass("is-featured");
  expect(items[0]).toHaveTextContent("23/11/2001");
  expect(items[3]).toHaveTextContent("tháng 9/2016");
});

test("in English the dates read as English, each date machine-readable", async () => {
  const user = userEvent.setup();
  render(<App />);
  await user.click(screen.getByRole("link", { name: "English" }));

  const items = timelineItems();
  const dialogue =
    items[timeline.findIndex((event) => event.id === "sixth-dialogue")];
  if (!dialogue) throw new Error("no dialogue");
  expect(dialogue).toHaveTextContent("March 11 – 12, 2024");
  expect(within(dialogue).getByRole("heading")).toHaveTextContent(
    "The sixth U.S.–France Cyber Dialogue",
  );
  const times = dialogue.querySelectorAll("time");
  expect([...times].map((time) => time.getAttribute("datetime"))).toEqual([
    "2024-03-11",
    "2024-03-12",
  ]);
  expect(items[0]).toHaveTextContent("November 23, 2001");
  expect(items[0]?.querySelector("time")).toHaveAttribute(
    "datetime",
    "2001-11-23",
  );
});

test("the announcement is told apart from the meeting", () => {
  render(<App />);
  const announcement = document.getElementById("state-department-announcement");
  expect(announcement).toHaveTextContent("14/3/2024");
  expect(announcement).toHaveTextContent("Trong bản tin");
  expect(document.getElementById("sixth-dialogue")).toHaveTextContent(
    "Bộ Ngoại giao Mỹ công bố tin này ngày 14/3",
  );
});

test("events link to their paragraphs, and paragraphs to their events", () => {
  render(<App />);
  const summit = document.getElementById("nato-summit");
  if (!summit) throw new Error("no summit");
  expect(within(summit).getByRole("link", { name: "Đoạn 5" })).toHaveAttribute(
    "href",
    "#nato-budapest",
  );

  const notes = document.getElementById("nato-budapest-margin");
  if (!(notes instanceof HTMLElement))
    throw new Error("no notes beside the paragraph");
  expect(
    within(notes).getByRole("link", {
      name: "Hội nghị thượng đỉnh NATO tại Washington",
    }),
  ).toHaveAttribute("href", "#nato-summit");
});

test("sources leave the explainer in a new tab", () => {
  render(<App />);
  const item = document.getElementById("budapest-signature");
  if (!item) throw new Error("no event");
  const link = within(item).getByRole("link", {
    name: /Văn phòng Điều ước Hội đồng châu Âu/,
  });
  expect(link).toHaveAttribute("target", "_blank");
  expect(link).toHaveAttribute("rel", "noopener noreferrer");
  expect(link.getAttribute("href")).toMatch(/^https:\/\/www\.coe\.int\//);
});

test("notes beside the text say where the report differs from the official note", async () => {
  const user = userEvent.setup();
  render(<App />);
  const notes = screen.getAllByRole("note");
  expect(notes.length).toBeGreaterThanOrEqual(5);
  await user.click(screen.getByRole("link", { name: "English" }));
  expect(
    screen.getByText(/The Department’s note dates it March 11–12, 2024/),
  ).toBeInTheDocument();
});
