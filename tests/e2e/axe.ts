import AxeBuilder from "@axe-core/playwright";
import { test, type Page } from "@playwright/test";

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's own best practices. */
const TAGS = [
  "wcag2a",
  "wcag2aa",
  "wcag21a",
  "wcag21aa",
  "wcag22aa",
  "best-practice",
];

/**
 * What axe finds on the page as it is now, one line a rule, with where.
 *
 * - `exclude` leaves out a part checked on its own (frames of the explainer's own
 *   pages).
 * - `scrolled`: the page has been scrolled to a mention, under the bar that stays at
 *   the top (and the topic panel docked at the foot): axe's target-size rule counts a
 *   control the reader has scrolled under a bar as a small target, so that rule is
 *   left to the checks made where nothing is under a bar (every page as it opens).
 * - `contrastOnly`: axe's colour-contrast rule alone, for a second look at the same
 *   state in the other colour scheme, where only the colours differ.
 *
 * Scrolls must have ended before a scan (a smooth one still under way moves targets
 * between axe's measures): the accessibility spec runs with reduced motion, where the
 * page scrolls at once.
 */
export async function axeViolations(
  page: Page,
  {
    scrolled = false,
    contrastOnly = false,
    exclude,
  }: { scrolled?: boolean; contrastOnly?: boolean; exclude?: string } = {},
): Promise<string[]> {
  // A scan of a whole page in both languages takes 15 to 35 s on a two-core machine
  // with one core busy, past the default timeout: the test is given three times as long.
  test.slow();
  const builder = new AxeBuilder({ page });
  if (contrastOnly) builder.withRules(["color-contrast"]);
  else builder.withTags(TAGS);
  if (scrolled) builder.disableRules(["target-size"]);
  if (exclude) builder.exclude(exclude);
  const results = await builder.analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join("; ")})`,
  );
}
