// @vitest-environment node
import { readFile } from "node:fs/promises";
import { join, posix } from "node:path";
import { expect, inject, test } from "vitest";
import explainer from "virtual:explainer";
import { folderOf, modeKey } from "../../src/lib/pageAddress.ts";
import { pageHead } from "../../src/lib/pageHead.ts";
import { oEmbedFor } from "../../build/oEmbed.ts";
import { pageVariants } from "../../build/pageVariants.ts";

const SITE = "https://news.example.org/explainers/cyber/";

const cases = pageVariants(explainer.meta.languages).map(
  (page) => [`${page.lang} ${page.view} ${modeKey(page.mode)}`, page] as const,
);

/** The discovery link's address in a page's head. */
function discoveryHref(html: string): string {
  const link =
    /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(
      html,
    );
  if (!link?.[1]) throw new Error("no oEmbed discovery link");
  return link[1];
}

/** The discovery link's address in a page's head as the build writes it. */
function discoveryHrefIn(head: ReturnType<typeof pageHead>): string {
  const link = head.elements.find(
    ({ attributes }) => attributes.type === "application/json+oembed",
  );
  if (!link?.attributes.href) throw new Error("no oEmbed discovery link");
  return link.attributes.href;
}

/** Checks the shape oEmbed 1.0 asks of a rich answer, and what our html must hold. */
function expectRichOEmbed(
  json: unknown,
  frameFolder: string,
  absolute: boolean,
) {
  expect(json).toMatchObject({
    version: "1.0",
    type: "rich",
    width: expect.any(Number) as number,
    height: expect.any(Number) as number,
    title: expect.any(String) as string,
    provider_name: expect.any(String) as string,
    html: expect.any(String) as string,
  });
  const { html, height, title } = json as {
    html: string;
    height: number;
    title: string;
  };
  expect(height).toBeGreaterThanOrEqual(100);
  expect(title).not.toBe("");
  const src = /<iframe src="([^"]+)"/.exec(html)?.[1] ?? "";
  const script =
    /<script src="([^"]+)" async><\/script>$/.exec(html)?.[1] ?? "";
  expect(html).toContain(`height: ${height}px`);
  expect(html).toContain("data-explainer");
  if (absolute) {
    expect(src).toBe(new URL(frameFolder, SITE).href);
    expect(script).toBe(new URL("embed.js", SITE).href);
  } else {
    expect(src).not.toMatch(/^[a-z]+:|^\//);
    expect(script).not.toMatch(/^[a-z]+:|^\//);
  }
  return { src, script };
}

test.each(cases)(
  "the %s page's discovery link resolves to its embed's oEmbed answer",
  async (_name, page) => {
    const outDir = inject("builtSite");
    const folder = folderOf(page);
    const html = await readFile(join(outDir, folder, "index.html"), "utf8");
    const file = posix.normalize(posix.join(folder, discoveryHref(html)));
    const json: unknown = JSON.parse(
      await readFile(join(outDir, file), "utf8"),
    );
    const section = page.mode.kind === "embed" ? page.mode.section : undefined;
    const frameFolder = folderOf({
      ...page,
      mode: { kind: "embed", section },
    });
    const { src, script } = expectRichOEmbed(json, frameFolder, false);
    // Relative addresses resolve from the file's folder to the right frame and script.
    expect(posix.normalize(posix.join(posix.dirname(file), src))).toBe(
      posix.normalize(frameFolder),
    );
    expect(posix.normalize(posix.join(posix.dirname(file), script))).toBe(
      "embed.js",
    );
  },
);

test.each(cases)(
  "with SITE_URL, the %s page's discovery link and oEmbed answer are absolute",
  (_name, page) => {
    const head = pageHead({
      meta: explainer.meta,
      shareImage: undefined,
      page,
      siteUrl: SITE,
      policy: undefined,
      inline: undefined,
    });
    expect(discoveryHrefIn(head)).toBe(
      new URL(`${folderOf(page)}oembed.json`, SITE).href,
    );
    const section = page.mode.kind === "embed" ? page.mode.section : undefined;
    const json: unknown = JSON.parse(
      JSON.stringify(oEmbedFor(explainer, page, SITE)),
    );
    expectRichOEmbed(
      json,
      folderOf({ ...page, mode: { kind: "embed", section } }),
      true,
    );
  },
);
