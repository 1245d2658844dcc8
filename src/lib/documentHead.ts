import type { Lang } from "../data/types.ts";

/** What the document's head says about the page in the reader's language. */
export interface DocumentHead {
  readonly lang: Lang;
  readonly title: string;
  readonly description: string;
}

/** Puts the language, title and description on the document, in one place. */
export function applyDocumentHead(doc: Document, head: DocumentHead): void {
  doc.documentElement.lang = head.lang;
  doc.title = head.title;
  doc
    .querySelector('meta[name="description"]')
    ?.setAttribute("content", head.description);
}
