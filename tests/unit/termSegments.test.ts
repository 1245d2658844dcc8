// @vitest-environment node
import { expect, test } from "vitest";
import {
  createKeyedTermSegmenter,
  createTermSegmenter,
  segmentTerms,
  type TextSegment,
} from "../../src/lib/termSegments.ts";

/** The segments written short: plain text as it is, terms in [brackets]. */
function marked(text: string, terms: readonly string[]): string {
  return segmentTerms(text, terms)
    .map((part) => (part.kind === "term" ? `[${part.text}]` : part.text))
    .join("");
}

test("a text without terms is one plain run; an empty text is none", () => {
  expect(segmentTerms("Hai nước tái khẳng định", [])).toEqual([
    { kind: "plain", text: "Hai nước tái khẳng định" },
  ]);
  expect(segmentTerms("Hai nước tái khẳng định", ["NATO"])).toEqual([
    { kind: "plain", text: "Hai nước tái khẳng định" },
  ]);
  expect(segmentTerms("", ["NATO"])).toEqual([]);
});

test("each term is a segment of its own, and the segments put back together are the text", () => {
  const text =
    "tăng thành viên của Công ước Budapest về tội phạm mạng… và Công ước Budapest.";
  const segments = segmentTerms(text, ["Công ước Budapest"]);
  expect(segments.map((part) => part.text).join("")).toBe(text);
  expect(segments.filter((part) => part.kind === "term")).toEqual([
    { kind: "term", text: "Công ước Budapest", term: "Công ước Budapest" },
    { kind: "term", text: "Công ước Budapest", term: "Công ước Budapest" },
  ]);
});

test("the longest term starting at a place wins, and marks never overlap", () => {
  const terms = ["dialogue", "Cyber Dialogue", "Cyber"];
  expect(marked("their sixth Cyber Dialogue; to the dialogue", terms)).toBe(
    "their sixth [Cyber Dialogue]; to the [dialogue]",
  );
  // The order terms are listed in does not matter.
  expect(marked("their sixth Cyber Dialogue", [...terms].reverse())).toBe(
    "their sixth [Cyber Dialogue]",
  );
  // Of two overlapping terms, the one that starts first.
  expect(
    marked("critical and emerging technologies", [
      "critical and",
      "and emerging technologies",
    ]),
  ).toBe("[critical and] emerging technologies");
});

test("case is ignored in finding a term and kept as the text writes it", () => {
  const segments = segmentTerms("on Cybercrime; combating cybercrime", [
    "cybercrime",
  ]);
  expect(segments.filter((part) => part.kind === "term")).toEqual([
    { kind: "term", text: "Cybercrime", term: "cybercrime" },
    { kind: "term", text: "cybercrime", term: "cybercrime" },
  ]);
  expect(
    marked("Đối thoại an ninh mạng; tham gia đối thoại", ["đối thoại"]),
  ).toBe("[Đối thoại] an ninh mạng; tham gia [đối thoại]");
});

test("a term matches whole words only, in any script, with combining marks and beyond the BMP", () => {
  expect(marked("NATOs and NATO, (NATO)", ["NATO"])).toBe(
    "NATOs and [NATO], ([NATO])",
  );
  // "tin" is not the start of "tinh", nor the end of "Ttin".
  expect(marked("lòng tin, tinh thần, Ttin", ["tin"])).toBe(
    "lòng [tin], tinh thần, Ttin",
  );
  // A decomposed accent belongs to the letter before it.
  expect(marked("Pha\u0301p; Pha", ["Pha"])).toBe("Pha\u0301p; [Pha]");
  // A letter outside the Basic Multilingual Plane is a letter too; an emoji is not.
  expect(marked("\u{1D400}OECD 🌐OECD", ["OECD"])).toBe(
    "\u{1D400}OECD 🌐[OECD]",
  );
  // Hyphens and slashes are not letters: what stands beside them can be a term.
  expect(marked("Mỹ-Pháp; DIS/MIS Resource Hub", ["Pháp", "DIS/MIS"])).toBe(
    "Mỹ-[Pháp]; [DIS/MIS] Resource Hub",
  );
});

test("a shorter term still matches where a longer one starting there runs into a word", () => {
  expect(marked("the NATO Summits", ["NATO Summit", "NATO"])).toBe(
    "the [NATO] Summits",
  );
});

test("characters that mean something in a pattern are taken literally", () => {
  expect(
    marked("Organization (NATO) Summit; Organization NATO Summit", [
      "Organization (NATO) Summit",
    ]),
  ).toBe("[Organization (NATO) Summit]; Organization NATO Summit");
  expect(marked("U.S. Department; USA Department", ["U.S. Department"])).toBe(
    "[U.S. Department]; USA Department",
  );
  expect(marked("a+b a.b", ["a+b", "[x]", "a|b"])).toBe("[a+b] a.b");
});

test("a space in a term matches any white space in the text", () => {
  expect(
    marked("Budapest\u00a0Convention, Budapest\nConvention", [
      "Budapest Convention",
    ]),
  ).toBe("[Budapest\u00a0Convention], [Budapest\nConvention]");
});

test("a segmenter made once gives the same answer each time", () => {
  const segment = createTermSegmenter(["Henri Verdier"]);
  const text = "Đại sứ Henri Verdier, trong khi Henri Verdier";
  const first: readonly TextSegment[] = segment(text);
  expect(segment(text)).toEqual(first);
  expect(first.filter((part) => part.kind === "term")).toHaveLength(2);
});

test("a keyed segmenter finds every entry's terms at once, each with its entry", () => {
  const segment = createKeyedTermSegmenter([
    ["NATO", "alliance"],
    ["NATO Summit in Washington", "summit"],
    ["cybercrime", "crime"],
    ["cybercrime", "listed again"],
  ]);
  const found = segment(
    "the NATO Summit in Washington; NATO; the Convention on Cybercrime",
  ).flatMap((part) => (part.kind === "term" ? [[part.text, part.value]] : []));
  // Across entries, as within one: the first to start, then the longest.
  expect(found).toEqual([
    ["NATO Summit in Washington", "summit"],
    ["NATO", "alliance"],
    // A term listed twice keeps its first entry.
    ["Cybercrime", "crime"],
  ]);
  const text = "plain words, and NATO";
  expect(
    segment(text)
      .map((part) => part.text)
      .join(""),
  ).toBe(text);
  expect(createKeyedTermSegmenter([])("words")).toEqual([
    { kind: "plain", text: "words" },
  ]);
});
