import type { Translate } from "../../locale/stringKeys.ts";
import type { PassageLabel } from "../../lib/explainerIndex.ts";
import { assertNever } from "../../lib/assertNever.ts";

/** How the page refers to a passage of the report: "Paragraph 3", "Lead paragraph". */
export function passageName(label: PassageLabel, t: Translate): string {
  switch (label.kind) {
    case "standfirst":
      return t("passage.standfirst");
    case "paragraph":
      return t("passage.paragraph", { number: label.number });
    case "photo":
      return t("passage.photo");
    default:
      return assertNever(label);
  }
}
