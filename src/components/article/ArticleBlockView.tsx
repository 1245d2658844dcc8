import { useTranslation } from "react-i18next";
import type { ArticleBlock } from "../../data/types.ts";
import { useLang } from "../../i18n/useLang.ts";
import { assertNever } from "../../lib/assertNever.ts";
import { anchorProps } from "../../lib/readingAnchor.ts";

export interface ArticleBlockViewProps {
  readonly block: ArticleBlock;
}

export function ArticleBlockView({ block }: ArticleBlockViewProps) {
  const { t } = useTranslation();
  const lang = useLang();
  switch (block.kind) {
    case "paragraph":
      return (
        <p id={block.id} className="paragraph" {...anchorProps(block.id)}>
          {block.text[lang]}
        </p>
      );
    case "photo":
      return (
        <figure id={block.id} className="photo" {...anchorProps(block.id)}>
          <p className="photo-absent">{t("article.photoNotShown")}</p>
          <figcaption>
            {block.caption[lang]}{" "}
            <span className="photo-credit">{block.credit[lang]}</span>
          </figcaption>
        </figure>
      );
    default:
      return assertNever(block);
  }
}
