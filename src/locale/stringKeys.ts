import type { ParseKeys, TFunction } from "i18next";

/** Interface text in one language: what `useLocale().t` is. */
export type Translate = TFunction<"translation">;

/** The key of an interface string, checked against the strings' types. */
export type StringKey = ParseKeys<"translation">;
