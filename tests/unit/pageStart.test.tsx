import { render, screen, waitFor } from "@testing-library/react";
import { expect, test } from "vitest";
import explainer from "virtual:explainer";
import { Page } from "../../src/app/Page.tsx";
import { pageAtStart, storageKeys } from "../../src/locale/pageAtStart.ts";
import { createI18n } from "../../src/locale/createI18n.ts";
import { resources } from "../../src/locale/strings.ts";
import { LANGS } from "./reportLangs.ts";
import { FULL_PAGE } from "../../src/lib/pageAddress.ts";

const memory = storageKeys(explainer.meta.slug);
const at = (address: string) => new URL(address, "https://example.org");

/** A root as the build leaves it: the page's markup, rendered in `lang` and `mode`. */
function prerenderedRoot(lang: string, mode: string, view = "single") {
  document.documentElement.lang = lang;
  const root = document.createElement("div");
  const page = document.createElement("div");
  page.setAttribute("data-mode", mode);
  page.setAttribute("data-view", view);
  root.append(page);
  return root;
}

test("a prerendered page is hydrated as rendered; the reader's choice is settled on after", () => {
  window.localStorage.setItem(memory.lang, "en");
  window.localStorage.setItem(memory.view, "both");
  const start = pageAtStart(
    prerenderedRoot("vi", "page"),
    at("/"),
    memory,
    LANGS,
  );
  expect(start).toEqual({
    page: { lang: "vi", view: "single", mode: FULL_PAGE },
    prerendered: true,
    wanted: { lang: "en", view: "both" },
  });
});

test("the address outranks the remembered choice, and an embed ignores it", () => {
  window.localStorage.setItem(memory.lang, "en");
  expect(
    pageAtStart(
      prerenderedRoot("en", "page"),
      at("/en/?lang=vi"),
      memory,
      LANGS,
    ).wanted,
  ).toEqual({ lang: "vi", view: "single" });
  expect(
    pageAtStart(prerenderedRoot("vi", "embed"), at("/embed/"), memory, LANGS)
      .wanted,
  ).toEqual({ lang: "vi", view: "single" });
});

test("a page asked for in another mode than it was rendered in is rendered afresh", () => {
  const start = pageAtStart(
    prerenderedRoot("vi", "page"),
    at("/?embed=1&section=timeline&lang=en"),
    memory,
    LANGS,
  );
  expect(start).toEqual({
    page: {
      lang: "en",
      view: "single",
      mode: { kind: "embed", section: "timeline" },
    },
    prerendered: false,
    wanted: { lang: "en", view: "single" },
  });
});

test("once live, the page settles on the wanted reading and writes its own address, remembering nothing", async () => {
  window.history.replaceState(null, "", "/?lang=en&view=both&utm_source=x");
  render(
    <Page
      explainer={explainer}
      i18n={createI18n("vi", resources)}
      page={{ lang: "vi", view: "single", mode: FULL_PAGE }}
      storageKeys={memory}
      settleOn={{ lang: "en", view: "both" }}
    />,
  );
  // The both view: the headline in the original, its translation beside it.
  expect(
    await screen.findByText(explainer.article.headline.en),
  ).toHaveAttribute("lang", "en");
  const heading = screen.getByRole("heading", { level: 1 });
  expect(heading).toHaveTextContent(explainer.article.headline.vi);
  expect(heading).not.toHaveTextContent(explainer.article.headline.en);
  expect(
    screen.getByRole("navigation", { name: "Language" }),
  ).toBeInTheDocument();
  await waitFor(() => expect(window.location.pathname).toBe("/en/both/"));
  expect(window.location.search).toBe("?utm_source=x");
  expect(window.localStorage.getItem(memory.lang)).toBeNull();
});

test("an embed asked for by parameter settles on its own folder", async () => {
  window.history.replaceState(null, "", "/?embed=1&section=topics");
  render(
    <Page
      explainer={explainer}
      i18n={createI18n("vi", resources)}
      page={{
        lang: "vi",
        view: "single",
        mode: { kind: "embed", section: "topics" },
      }}
      storageKeys={memory}
      settleOn={{ lang: "vi", view: "single" }}
    />,
  );
  await waitFor(() => expect(window.location.pathname).toBe("/embed/topics/"));
  expect(window.location.search).toBe("");
  expect(screen.queryByRole("article")).not.toBeInTheDocument();
});
