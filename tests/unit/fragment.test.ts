// @vitest-environment node
import { expect, test } from "vitest";
import { explainer } from "../../src/content/cyber-dialogue/explainer.ts";
import { indexExplainer } from "../../src/lib/explainerIndex.ts";
import { targetFromHash } from "../../src/lib/fragment.ts";

const index = indexExplainer(explainer);

test("a fragment names a passage, an event or a topic", () => {
  expect(targetFromHash("#norms", index)).toEqual({
    kind: "passage",
    id: "norms",
  });
  expect(targetFromHash("#nato-summit", index)).toEqual({
    kind: "event",
    id: "nato-summit",
  });
  expect(targetFromHash("#budapest-convention", index)).toEqual({
    kind: "topic",
    id: "budapest-convention",
  });
  expect(targetFromHash("#budapest%2Dconvention", index)).toEqual({
    kind: "topic",
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
    { kind: "passage", id: "nato-budapest" },
    { kind: "event", id: "budapest-signature" },
    { kind: "event", id: "budapest-in-force" },
    { kind: "event", id: "budapest-75-parties" },
  ]);
});
