/**
 * That an explainer declares the languages it is published in as the kit can publish
 * them (`PageMeta.languages`): languages of the table in src/locale/languages.ts, the
 * original first, at least one translation, and no text in a language it does not
 * declare. The other rules check every text in each language declared here.
 */
import type { Explainer } from "../content/schema.ts";
import { isLang } from "../locale/lang.ts";
import {
  KNOWN_LANGS,
  ORIGINAL_LANG,
  type ExplainerLangs,
  type Lang,
} from "../locale/languages.ts";
import { languageName, type ContentProblem } from "./contentProblem.ts";

/**
 * The languages `explainer` declares that the kit knows, each once, the original
 * first: what the other rules check its text in, even where the declaration itself
 * has a problem to report.
 */
export function declaredLangs(explainer: Explainer): ExplainerLangs {
  const declared: unknown = explainer.meta.languages;
  const known = Array.isArray(declared) ? declared.filter(isLang) : [];
  return [
    ORIGINAL_LANG,
    ...new Set(known.filter((lang) => lang !== ORIGINAL_LANG)),
  ];
}

/** Every problem with the languages `explainer` declares, and with text in others. */
export function languageProblems(explainer: Explainer): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const say = (message: string) =>
    problems.push({ file: "meta.ts", item: "meta", message });
  const declared: unknown = explainer.meta.languages;
  const example = `languages: ["${ORIGINAL_LANG}", "en"]`;
  if (!Array.isArray(declared) || declared.length === 0) {
    say(
      `declares no languages: give those it is published in, the original first (\`${example}\`)`,
    );
    return problems;
  }
  const seen = new Set<unknown>();
  for (const lang of declared as readonly unknown[]) {
    if (!isLang(lang))
      say(
        `declares the language "${String(lang)}", which the kit does not know (it knows ${KNOWN_LANGS.join(", ")}): add it to src/locale/languages.ts, or remove it`,
      );
    else if (seen.has(lang))
      say(`declares ${languageName(lang)} twice: declare it once`);
    seen.add(lang);
  }
  if (declared[0] !== ORIGINAL_LANG)
    say(
      `declares ${isLang(declared[0]) ? languageName(declared[0]) : `"${String(declared[0])}"`} first: the original, ${languageName(ORIGINAL_LANG)} ("${ORIGINAL_LANG}"), comes first`,
    );
  if (declaredLangs(explainer).length < 2)
    say(
      `declares no translation: the both view shows the original beside one, so declare at least one more language (\`${example}\`)`,
    );
  const langs: readonly Lang[] = declaredLangs(explainer);
  for (const lang of textLangsOf(explainer))
    if (!langs.includes(lang))
      say(
        `does not declare ${languageName(lang)}, which the content has text in: add "${lang}" to its languages, or remove that text`,
      );
  return problems;
}

/** Every language the explainer's texts are keyed by, in the table's order. */
function textLangsOf(explainer: Explainer): readonly Lang[] {
  const found = new Set<Lang>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (value === null || typeof value !== "object") return;
    for (const [key, item] of Object.entries(value)) {
      if (isLang(key)) found.add(key);
      else visit(item);
    }
  };
  visit(explainer);
  return KNOWN_LANGS.filter((lang) => found.has(lang));
}
