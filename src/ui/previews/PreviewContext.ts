import { createContext, type ComponentType, type ReactNode } from "react";
import type { Translate } from "../../locale/stringKeys.ts";
import type { DateValue, Localized, Source } from "../../content/schema.ts";

/** What a reference shows of its target before the reader goes there. */
export interface Preview {
  /** "Paragraph 3", in the language of `t`: the lookup itself does not change with a switch. */
  readonly kind: (t: Translate) => string;
  readonly title?: Localized;
  readonly date?: DateValue;
  /** Its opening lines. */
  readonly text: Localized;
  readonly sources: readonly Source[];
}

/** Looks up the preview of a passage, event or topic by its id. */
export type PreviewLookup = (targetId: string) => Preview | undefined;

export interface PreviewLinkProps {
  readonly targetId: string;
  readonly preview: Preview;
  readonly children: ReactNode;
}

/** The previews of the page: what each target shows, and the link that shows it. */
export interface Previews {
  readonly lookup: PreviewLookup;
  /** Supplied by the page with the lookup; without one, links go straight there. */
  readonly Link?: ComponentType<PreviewLinkProps>;
}

export const PreviewContext = createContext<Previews>({
  lookup: () => undefined,
});
