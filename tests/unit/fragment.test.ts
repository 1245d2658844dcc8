// @vitest-environment node
import { expect, test } from "vitest";
import explainer from "virtual:explainer";
import { indexExplainer } from "../../src/lib/explainerIndex.ts";
import { targetFromHash } from "../../src/lib/fragment.ts";

const index = indexExplainer(explainer);

test("a fragment names a passage, an event or a topic, in the section it lies in", () => {
  expect(targetFromHash("#norms", index)).toEqual({
    section: "article",
    id: "norms",
  });
  expect(targetFromHash("#nato-summit", index)).toEqual({
    section: "timeline",
    id: "nato-summit",
  });
  expect(targetFromHash("#budapest-convention", index)).toEqual({
    section: "topics",
    id: "budapest-convention",
  });
  expect(targetFromHash("#budapest%2Dconvention", index)).toEqual({
    section: "topics",
    id: "budapest-convention",
  });
});

test("unknown and malformed fragments are ignored", () => {
  for (const hash of [
    "",
    "#",
    "#nope",
    "#%E0%A4%A",
    "#%",
    `#${"a".repeat(10_000)}`,
    "#<img src=x onerror=alert(1)>",
    "#__proto__",
    "#constructor",
  ]) {
    expect(targetFromHash(hash, index)).toBeUndefined();
  }
});

test("a topic’s mentions come in page order: article first, then timeline", () => {
  const topic = explainer.topics.find(
    (candidate) => candidate.id === "budapest-convention",
  );
  if (!topic) throw new Error("missing topic");
  expect(index.mentionsOf(topic)).toEqual([
    { section: "article", id: "nato-budapest" },
    { section: "timeline", id: "budapest-signature" },
    { section: "timeline", id: "budapest-in-force" },
    { section: "timeline", id: "budapest-75-parties" },
  ]);
});
