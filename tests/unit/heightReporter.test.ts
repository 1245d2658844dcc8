// @vitest-environment node
import { expect, test } from "vitest";
import {
  createHeightReporter,
  HEIGHT_REQUEST_TYPE,
  isHeightRequest,
  pymIdFrom,
} from "../../src/lib/heightReporter.ts";

function reporterMeasuring(heights: number[], pymId?: string) {
  const sent: unknown[] = [];
  let next = 0;
  const reporter = createHeightReporter({
    measure: () => heights[Math.min(next++, heights.length - 1)] ?? 0,
    post: (message) => sent.push(message),
    pymId,
  });
  return { reporter, sent };
}

test("the height is sent in our format and AMP's, rounded up to whole pixels", () => {
  const { reporter, sent } = reporterMeasuring([812.2]);
  reporter.update();
  expect(sent).toEqual([
    { type: "explainer:height", version: 1, height: 813 },
    { sentinel: "amp", type: "embed-size", height: 813 },
  ]);
});

test("a frame made by pym.js also gets pym's message, with its child id", () => {
  const { reporter, sent } = reporterMeasuring([640], "explainer-1");
  reporter.update();
  expect(sent).toContain("pymxPYMxexplainer-1xPYMxheightxPYMx640");
});

test("a change is sent, growing or shrinking; no change is not", () => {
  const { reporter, sent } = reporterMeasuring([900, 900, 1200, 700, 700]);
  for (let i = 0; i < 5; i++) reporter.update();
  const heights = sent.flatMap((message) =>
    typeof message === "object" && message !== null && "version" in message
      ? [(message as unknown as { height: number }).height]
      : [],
  );
  expect(heights).toEqual([900, 1200, 700]);
});

test("a request from the host gets the height again, unchanged or not", () => {
  const { reporter, sent } = reporterMeasuring([500]);
  reporter.update();
  reporter.update(true);
  expect(sent).toHaveLength(4);
});

test("a height that cannot be right is not sent", () => {
  const { reporter, sent } = reporterMeasuring([0, Number.NaN, -5]);
  for (let i = 0; i < 3; i++) reporter.update();
  expect(sent).toEqual([]);
});

test("only our request and pym's width message for this child ask for the height", () => {
  expect(isHeightRequest({ type: HEIGHT_REQUEST_TYPE }, undefined)).toBe(true);
  expect(isHeightRequest("pymxPYMxa1xPYMxwidthxPYMx320", "a1")).toBe(true);
  for (const data of [
    "pymxPYMxotherxPYMxwidthxPYMx320",
    "pymxPYMxa1xPYMxheightxPYMx320",
    "pymxPYMxa1xPYMxwidthxPYMx<img src=x>",
    `pymxPYMxa1xPYMxwidthxPYMx${"9".repeat(300)}`,
    { type: "something-else" },
    [HEIGHT_REQUEST_TYPE],
    null,
    undefined,
    42,
    JSON.stringify({ type: HEIGHT_REQUEST_TYPE }),
  ]) {
    expect(isHeightRequest(data, "a1"), JSON.stringify(data)).toBe(false);
  }
  expect(isHeightRequest("pymxPYMxa1xPYMxwidthxPYMx320", undefined)).toBe(
    false,
  );
});

test("a pym child id is taken only when it is a plain id", () => {
  const at = (query: string) => new URL(`https://example.org/embed/${query}`);
  expect(pymIdFrom(at("?childId=explainer-1&initialWidth=600"))).toBe(
    "explainer-1",
  );
  expect(pymIdFrom(at("?childId=%3Cscript%3E"))).toBeUndefined();
  expect(pymIdFrom(at("?childId="))).toBeUndefined();
  expect(pymIdFrom(at(`?childId=${"a".repeat(100)}`))).toBeUndefined();
  expect(pymIdFrom(at(""))).toBeUndefined();
});

// What a host page, or anything else on it, may post into a frame, as the frame
// receives it: a message is copied on its way (structured clone), which keeps no
// prototype. None of it asks for the height; the frame listens to nothing else.
test.each([
  [
    "a pym width with markup",
    "pymxPYMxplainxPYMxwidthxPYMx<img src=x onerror=alert(1)>",
  ],
  ["a pym navigation", "pymxPYMxplainxPYMxnavigateToxPYMxjavascript:alert(1)"],
  [
    "our own height message, sent back",
    { type: "explainer:height", height: 99999 },
  ],
  ["a language to set", { type: "explainer:set-language", lang: "en" }],
  ["AMP's size message", { sentinel: "amp", type: "embed-size", height: 5 }],
  ["a request on the prototype", { __proto__: { type: HEIGHT_REQUEST_TYPE } }],
  ["a request as JSON", JSON.stringify({ type: HEIGHT_REQUEST_TYPE })],
  ["an array", [1, 2, 3]],
  ["null", null],
  ["a number", 12],
  ["a long string", "x".repeat(10_000)],
])("%s posted into a frame asks for nothing", (_, message) => {
  for (const pymId of [undefined, "plain"])
    expect(isHeightRequest(structuredClone(message), pymId)).toBe(false);
});
