// @vitest-environment node
import { expect, test } from "vitest";
import explainer from "virtual:explainer";
import {
  embedLookFromAddress,
  embedLookParams,
} from "../../src/lib/embedLook.ts";
import { indexExplainer } from "../../src/lib/explainerIndex.ts";
import { targetFromStart } from "../../src/lib/fragment.ts";
import {
  heightFromMessage,
  scrollMessages,
} from "../../src/lib/heightReporter.ts";

const index = indexExplainer(explainer);
const at = (query: string) =>
  new URL(`https://example.org/en/embed/timeline/${query}`);

test.each([
  ["", "light", false],
  ["?theme=dark", "dark", false],
  ["?theme=AUTO", "auto", false],
  ["?theme=sepia&theme=dark", "dark", false],
  ["?theme=%3Cscript%3E", "light", false],
  ["?bg=transparent", "light", true],
  ["?theme=dark&bg=%00", "dark", false],
])("an embed at %j looks %s, transparent: %s", (query, theme, transparent) => {
  expect(embedLookFromAddress(at(query))).toEqual({ theme, transparent });
});

test("the generator asks for a look with the fewest parameters", () => {
  expect(embedLookParams({ theme: "light", transparent: false })).toEqual([]);
  expect(embedLookParams({ theme: "auto", transparent: true })).toEqual([
    ["theme", "auto"],
    ["bg", "transparent"],
  ]);
});

test.each([
  ["?start=sixth-dialogue", "sixth-dialogue"],
  ["?start=nope&start=sixth-dialogue", "sixth-dialogue"],
  ["?start=norms", undefined], // a paragraph, not an event
  ["?start=budapest-convention", undefined], // a topic
  ["?start=%3Cimg%20src%3Dx%3E", undefined],
  [`?start=${"a".repeat(5000)}`, undefined],
  ["", undefined],
])("start= at %j opens the event %s", (query, id) => {
  expect(targetFromStart(at(query), index)?.id).toBe(id);
});

test("a scroll request carries a whole, non-negative position, in pym.js's format too for a pym child", () => {
  expect(scrollMessages(1234.6, undefined)).toEqual([
    { type: "explainer:scroll-to", version: 1, top: 1235 },
  ]);
  expect(scrollMessages(-20, "pym-1")).toEqual([
    { type: "explainer:scroll-to", version: 1, top: 0 },
    "pymxPYMxpym-1xPYMxscrollToChildPosxPYMx0",
  ]);
});

test.each([
  [{ type: "explainer:height", version: 1, height: 480.2 }, 481],
  [{ type: "explainer:height", height: 99 }, undefined],
  [{ type: "explainer:height", height: 1e9 }, undefined],
  [{ type: "explainer:height", height: "500" }, undefined],
  [{ type: "explainer:scroll-to", top: 500 }, undefined],
  [null, undefined],
  ["500", undefined],
])("the preview reads %j as the height %s", (data, height) => {
  expect(heightFromMessage(data)).toBe(height);
});
