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
    // Under the article: the credits are the article's own.
    const article = screen.getByRole("article");
    expect(within(article).getByText(source)).toBeInTheDocument();
    expect(within(article).getByText(headline)).toBeInTheDocument();
  },
);
