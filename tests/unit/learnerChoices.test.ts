import { afterEach, describe, expect, test, vi } from "vitest";
import type { AlignedText } from "../../src/content/schema.ts";
import {
  oneOf,
  rememberedChoice,
} from "../../src/features/learner/rememberedChoice.ts";
import {
  resumeAt,
  spokenParts,
} from "../../src/features/learner/spokenParts.ts";

const pairs: AlignedText = [
  { vi: "một", en: "one" },
  { vi: "hai", en: "two" },
  { vi: "ba", en: "three" },
];

describe("what a passage's reading says", () => {
  test("one side, the pairs asked for, in order", () => {
    expect(
      spokenParts("p", pairs, [1, 2], "en", undefined).map((part) => part.text),
    ).toEqual(["two", "three"]);
  });

  test("in pairs, each part then its counterpart, each with its own id", () => {
    expect(spokenParts("p", pairs, [0, 1], "vi", "en")).toEqual([
      { id: "p:0:vi", text: "một", lang: "vi", pair: 0 },
      { id: "p:0:en", text: "one", lang: "en", pair: 0 },
      { id: "p:1:vi", text: "hai", lang: "vi", pair: 1 },
      { id: "p:1:en", text: "two", lang: "en", pair: 1 },
    ]);
  });

  test("read another way, it goes on from the same part, or its pair's first", () => {
    const single = spokenParts("p", pairs, [0, 1, 2], "vi", undefined);
    const inPairs = spokenParts("p", pairs, [0, 1, 2], "vi", "en");
    expect(resumeAt(inPairs, single[1])).toBe(2);
    expect(resumeAt(single, inPairs[3])).toBe(1);
    expect(resumeAt(single, undefined)).toBe(0);
  });
});

describe("a remembered choice", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    window.localStorage.clear();
  });

  const sides = oneOf(["original", "translation"] as const);

  test("reads what storage holds, and anything else as the fallback", () => {
    window.localStorage.setItem("k", "original");
    expect(rememberedChoice("k", sides, "translation").get()).toBe("original");
    window.localStorage.setItem("k", "<script>");
    expect(rememberedChoice("k", sides, "translation").get()).toBe(
      "translation",
    );
  });

  test("writes a change and tells its listeners; an embed's (no key) writes nothing", () => {
    const choice = rememberedChoice("k", sides, "translation");
    const heard = vi.fn();
    choice.subscribe(heard);
    choice.set("original");
    expect(heard).toHaveBeenCalledOnce();
    expect(window.localStorage.getItem("k")).toBe("original");
    rememberedChoice(undefined, sides, "translation").set("translation");
    expect(window.localStorage.length).toBe(1);
  });

  test("where storage throws, the choice holds for the page and nothing breaks", () => {
    vi.spyOn(window, "localStorage", "get").mockImplementation(() => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    });
    const choice = rememberedChoice("k", sides, "translation");
    expect(choice.get()).toBe("translation");
    choice.set("original");
    expect(choice.get()).toBe("original");
  });
});
