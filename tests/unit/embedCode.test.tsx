import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test, vi } from "vitest";
import { App } from "../../src/app/App.tsx";
import { embedSnippet } from "../../src/lib/embedSnippet.ts";
import { render } from "./render.tsx";

const here = new URL("https://news.example.org/explainers/cyber/en/#norms");

test("the snippet frames the chosen language and section, and brings the host script", () => {
  const snippet = embedSnippet(
    here,
    { lang: "en", view: "single", section: "timeline" },
    'A "quoted" <title>',
  );
  expect(snippet).toBe(
    '<iframe src="https://news.example.org/explainers/cyber/en/embed/timeline/" ' +
      'title="A &quot;quoted&quot; &lt;title&gt;" style="width: 100%; height: 1850px; border: 0;" ' +
      'loading="lazy" referrerpolicy="strict-origin-when-cross-origin" ' +
      "data-explainer></iframe>\n" +
      '<script src="https://news.example.org/explainers/cyber/embed.js" async></script>',
  );
  expect(
    embedSnippet(here, { lang: "vi", view: "single", section: undefined }, "t"),
  ).toContain('src="https://news.example.org/explainers/cyber/embed/"');
});

test("an editor picks a language and a section, and the code follows", async () => {
  const user = userEvent.setup();
  window.history.replaceState(null, "", "/");
  render(<App />);
  await user.click(screen.getByRole("button", { name: "Nhúng" }));
  const dialog = await screen.findByRole("dialog", {
    name: "Nhúng bài giải thích vào trang của bạn",
  });
  const code = within(dialog).getByRole("textbox", { name: "Mã nhúng" });
  expect((code as HTMLTextAreaElement).value).toContain(
    'src="http://localhost:3000/embed/"',
  );
  expect((code as HTMLTextAreaElement).value).toContain(
    "Đối thoại an ninh mạng Mỹ–Pháp lần thứ 6",
  );

  await user.click(within(dialog).getByRole("radio", { name: "English" }));
  await user.click(
    within(dialog).getByRole("radio", { name: "Dòng thời gian" }),
  );

  expect((code as HTMLTextAreaElement).value).toContain(
    'src="http://localhost:3000/en/embed/timeline/"',
  );
  // The frame's title names the section, in the language of what it shows.
  expect((code as HTMLTextAreaElement).value).toContain(
    'title="Timeline: U.S. and France discuss stability in cyberspace at their sixth Cyber Dialogue"',
  );

  await user.click(
    within(dialog).getByRole("checkbox", {
      name: /Hiện song song hai ngôn ngữ/,
    }),
  );
  expect((code as HTMLTextAreaElement).value).toContain(
    'src="http://localhost:3000/en/both/embed/timeline/"',
  );
});

test("a theme and a transparent background go into the frame's address, and the previews show that frame", async () => {
  const user = userEvent.setup();
  render(<App />, { lang: "en" });
  await user.click(screen.getByRole("button", { name: "Embed" }));
  const dialog = await screen.findByRole("dialog");
  const code = within(dialog).getByRole<HTMLTextAreaElement>("textbox", {
    name: "Embed code",
  });
  await user.click(within(dialog).getByRole("radio", { name: "Dark" }));
  await user.click(
    within(dialog).getByRole("checkbox", { name: /Transparent background/ }),
  );
  expect(code.value).toContain(
    'src="http://localhost:3000/en/embed/?theme=dark&amp;bg=transparent"',
  );
  const previews = within(dialog).getAllByTitle(
    "The sixth U.S.–France Cyber Dialogue: an explainer",
  );
  expect(previews.map((frame) => frame.getAttribute("src"))).toEqual([
    "http://localhost:3000/en/embed/?theme=dark&bg=transparent",
    "http://localhost:3000/en/embed/?theme=dark&bg=transparent",
  ]);
});

test.each([
  ["Timeline", "timeline"],
  ["Topics", "topics"],
  ["The report", "article"],
])(
  "“Embed this section” by the %s heading opens the generator with that section chosen",
  async (name, folder) => {
    const user = userEvent.setup();
    render(<App />, { lang: "en" });
    await user.click(
      screen.getByRole("button", { name: `Embed this section: ${name}` }),
    );
    const dialog = await screen.findByRole("dialog");
    expect(
      within(dialog).getByRole("radio", {
        name: name === "The report" ? "Report" : name,
      }),
    ).toBeChecked();
    expect(
      within(dialog).getByRole<HTMLTextAreaElement>("textbox", {
        name: "Embed code",
      }).value,
    ).toContain(`/en/embed/${folder}/"`);
  },
);

test("where copying is refused, the code is left selected and the reader told how to copy", async () => {
  const user = userEvent.setup();
  render(<App />, { lang: "en" });
  await user.click(screen.getByRole("button", { name: "Embed" }));
  const dialog = await screen.findByRole("dialog");
  // As in a frame without clipboard permission: the Clipboard API refuses; jsdom has
  // no copy command either, as some browsers no longer do.
  vi.spyOn(navigator.clipboard, "writeText").mockRejectedValue(
    new DOMException("Write permission denied.", "NotAllowedError"),
  );
  await user.click(within(dialog).getByRole("button", { name: "Copy code" }));
  expect(within(dialog).getByRole("status")).toHaveTextContent(
    "The code could not be copied automatically. It is selected",
  );
  const code = within(dialog).getByRole<HTMLTextAreaElement>("textbox", {
    name: "Embed code",
  });
  expect(code).toHaveFocus();
  expect(code.selectionEnd - code.selectionStart).toBe(code.value.length);
});

test("the code is copied with the Clipboard API, and the copy announced", async () => {
  const user = userEvent.setup();
  render(<App />, { lang: "en" });
  await user.click(screen.getByRole("button", { name: "Embed" }));
  const dialog = await screen.findByRole("dialog");
  await user.click(within(dialog).getByRole("button", { name: "Copy code" }));
  expect(within(dialog).getByRole("status")).toHaveTextContent(
    "Embed code copied.",
  );
  const code = within(dialog).getByRole<HTMLTextAreaElement>("textbox", {
    name: "Embed code",
  });
  expect(await navigator.clipboard.readText()).toBe(code.value);

  await user.click(within(dialog).getByRole("button", { name: "Close" }));
  expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Embed" })).toHaveFocus();
});
