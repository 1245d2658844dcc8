import { screen, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { App } from "../../src/App.tsx";
import type { Lang } from "../../src/i18n/languages.ts";
import { render } from "./render.tsx";

test.each([
  ["vi", /Nguồn: Vietnamplus/, /Tiêu đề do nhóm biên tập bài giải thích đặt/],
  ["en", /Source: Vietnamplus/, /The headline is the explainer’s own/],
] as const)(
  "in %s the credits say the headline is the explainer's, not the outlet's",
  (lang: Lang, source, headline) => {
    render(<App />, { lang });
    // A footer inside an article is not a landmark: found by its element.
    const footer = screen.getByRole("article").querySelector("footer");
    if (!footer) throw new Error("no credits under the article");
    expect(within(footer).getByText(source)).toBeInTheDocument();
    expect(within(footer).getByText(headline)).toBeInTheDocument();
  },
);
