import { meta } from "../../src/content/cyber-dialogue/meta.ts";

/**
 * The languages the report is published in, typed as its content is: what a test of
 * the report's text goes through, rather than every language the kit knows.
 */
export const LANGS = meta.languages;

/** A language the report is published in. */
export type Lang = (typeof LANGS)[number];
