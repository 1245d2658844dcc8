import { screen, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { App } from "../../src/app/App.tsx";
import type { Lang } from "../../src/locale/languages.ts";
import { render } from "./render.tsx";

test.each([
  [
    "vi",
    /Nguồn: Vietnamplus/,
    /Tiêu đề, phần tóm tắt và các ghi chú là của nhóm biên tập bài giải thích/,
  ],
  [
    "en",
    /Source: Vietnamplus/,
    /The headline, the summary and the notes are the explainer’s own/,
  ],
] as const)(
  "in %s the credits say the headline, summary and notes are the explainer's, not the outlet's",
  (lang: Lang, source, own) => {
    render(<App />, { lang });
    const article = screen.getByRole("article");
    expect(within(article).getByText(source)).toBeInTheDocument();
    expect(within(article).getByText(own)).toBeInTheDocument();
  },
);

const HEADLINE =
  "Mỹ - Pháp cam kết thúc đẩy một không gian mạng mở và đáng tin cậy";
const HTV =
  "https://htv.com.vn/my-phap-cam-ket-thuc-day-mot-khong-gian-mang-mo-va-dang-tin-cay";

test.each([
  [
    "vi",
    /Bản tin của Vietnamplus do HTV đăng lại/,
    /chậm nhất ngày 15\/3\/2024/,
  ],
  [
    "en",
    /HTV’s republication of the Vietnamplus report/,
    /published by March 15, 2024/,
  ],
] as const)(
  "in %s the credits link the report at HTV's republication, with its headline and date",
  (lang: Lang, republication, date) => {
    render(<App />, { lang });
    const article = screen.getByRole("article");
    const link = within(article).getByRole("link", {
      name: new RegExp(`“${HEADLINE}”`),
    });
    expect(link).toHaveAttribute("href", HTV);
    // The headline is the report's own, in Vietnamese on either page.
    expect(link).toHaveAttribute("lang", "vi");
    expect(article).toHaveTextContent(republication);
    expect(article).toHaveTextContent(date);
  },
);

test("in English the credits give the report's headline in translation too", () => {
  render(<App />, { lang: "en" });
  expect(screen.getByRole("article")).toHaveTextContent(
    /“U\.S\. and France commit to promoting an open and trustworthy cyberspace”/,
  );
});
