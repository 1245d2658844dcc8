import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test } from "vitest";
import { App } from "../../src/App.tsx";
import { explainer } from "../../src/content/cyber-dialogue/explainer.ts";
import { topicExplanations } from "../../src/content/cyber-dialogue/topicExplanations.ts";
import { indexExplainer } from "../../src/lib/explainerIndex.ts";
import { render } from "./render.tsx";

const index = indexExplainer(explainer);

function highlightedIds(): string[] {
  return [...document.querySelectorAll(".is-highlighted")].map(
    (element) => element.id,
  );
}

test.each(explainer.topics.map((topic) => [topic.label.en, topic] as const))(
  "choosing %s highlights exactly the passages and events the data names, and choosing it again clears them",
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
    // Explanations load on first need; the first may take a moment.
    expect(
      await screen.findByText(topicExplanations[topic.id].en),
    ).toBeInTheDocument();

    await user.click(button);

    expect(button).toHaveAttribute("aria-pressed", "false");
    expect(highlightedIds()).toEqual([]);
    expect(
      screen.queryByText(topicExplanations[topic.id].en),
    ).not.toBeInTheDocument();
  },
);

test("the reader steps through the mentions, round the end, and the clear control removes the highlight", async () => {
  const user = userEvent.setup();
  render(<App />, { lang: "en" });
  const topicButton = screen.getByRole("button", {
    name: "Budapest Convention",
  });
  await user.click(topicButton);
  const stepper = screen.getByRole("group", { name: "Highlighted topic" });

  await user.click(within(stepper).getByRole("button", { name: "Next" }));
  expect(document.querySelector(".is-current")).toHaveAttribute(
    "id",
    "nato-budapest",
  );
  expect(screen.getByRole("status")).toHaveTextContent("Mention 1 of 4");

  await user.click(within(stepper).getByRole("button", { name: "Previous" }));
  expect(document.querySelector(".is-current")).toHaveAttribute(
    "id",
    "budapest-75-parties",
  );
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
