import { useT } from "../../i18n/LanguageContext.tsx";
import type { PassageLabel } from "../../lib/explainerIndex.ts";
import { assertNever } from "../../lib/assertNever.ts";

export interface PassageNameProps {
  readonly label: PassageLabel;
}

/** How the page refers to a passage of the report: "Paragraph 3", "Standfirst". */
export function PassageName({ label }: PassageNameProps) {
  const t = useT();
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
