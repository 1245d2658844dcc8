import { afterEach, expect, test, vi } from "vitest";
import { copyFieldText } from "../../src/features/embed/copyText.ts";
import { pageAtStart, storageKeys } from "../../src/locale/pageAtStart.ts";
import { LANGS } from "./reportLangs.ts";
import { modeKey, type PageMode } from "../../src/lib/pageAddress.ts";
import { readStored, writeStored } from "../../src/dom/storage.ts";

/**
 * What the page starts from when its address, its storage or its clipboard works
 * against it: the matrices behind the browser's smoke tests in `badInput.spec.ts`.
 */

const at = (address: string) => new URL(address, "https://example.org");
const keys = storageKeys("cyber-dialogue");

/** The prerendered page `/` as served: Vietnamese, one language, the full page. */
function servedRoot(): Element {
  const served = document.implementation.createHTMLDocument("");
  served.documentElement.lang = "vi";
  const root = served.createElement("div");
  const rendered = served.createElement("div");
  rendered.dataset.mode = "page";
  rendered.dataset.view = "single";
  root.append(rendered);
  served.body.append(root);
  return root;
}

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(document, "execCommand");
  Reflect.deleteProperty(navigator, "clipboard");
});

/** Values no parameter expects: unknown, empty, very long, script-like, malformed. */
const BAD_VALUES = [
  "fr",
  "",
  "x".repeat(4000),
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
  "javascript:alert(1)",
  "%00",
  "%E0%A4%A",
];
const PARAMETERS = [
  "lang",
  "lng",
  "view",
  "embed",
  "section",
  "childId",
  "unknown",
];

test.each(
  PARAMETERS.flatMap((name) =>
    BAD_VALUES.map((value) => ({
      name,
      value: value.slice(0, 60),
      address: `/?${name}=${value}`,
    })),
  ),
)(
  "?$name=$value opens the Vietnamese page in one language, as prerendered",
  ({ name, value, address }) => {
    const start = pageAtStart(servedRoot(), at(address), keys, LANGS);
    expect(start.wanted).toEqual({ lang: "vi", view: "single" });
    expect(start.page.lang).toBe("vi");
    expect(start.page.view).toBe("single");
    // `?embed=` with no value asks for the embed, as `?embed` alone does; nothing
    // else here changes the mode, and no section is ever chosen by a bad value.
    const embedAskedFor = name === "embed" && value === "";
    const mode: PageMode = embedAskedFor
      ? { kind: "embed", section: undefined }
      : { kind: "page" };
    expect(start.page.mode).toEqual(mode);
    expect(modeKey(start.page.mode)).toBe(embedAskedFor ? "embed" : "page");
    // The prerendered page is hydrated as it is, unless another mode was asked for.
    expect(start.prerendered).toBe(!embedAskedFor);
  },
);

test("repeated parameters: the first valid one counts", () => {
  const start = pageAtStart(
    servedRoot(),
    at("/?lang=fr&lang=en&lng=vi&view=nope&view=both"),
    keys,
    LANGS,
  );
  // Hydrated as prerendered, then settled on what the address asks for.
  expect(start.prerendered).toBe(true);
  expect(start.page).toEqual({
    lang: "vi",
    view: "single",
    mode: { kind: "page" },
  });
  expect(start.wanted).toEqual({ lang: "en", view: "both" });

  const embed = pageAtStart(
    servedRoot(),
    at("/?embed=1&section=nope&section=timeline"),
    keys,
    LANGS,
  );
  expect(modeKey(embed.page.mode)).toBe("embed-timeline");
  expect(embed.prerendered).toBe(false);
});

/** Ways storage fails: unreachable (a sandboxed frame, privacy settings), or full. */
const FAILING_STORAGE = [
  {
    how: "reading localStorage itself throws",
    fail: () =>
      vi.spyOn(window, "localStorage", "get").mockImplementation(() => {
        throw new DOMException("The operation is insecure.", "SecurityError");
      }),
  },
  {
    how: "getItem and setItem throw",
    fail: () => {
      const refuse = () => {
        throw new DOMException("Access is denied.", "SecurityError");
      };
      vi.spyOn(Storage.prototype, "getItem").mockImplementation(refuse);
      vi.spyOn(Storage.prototype, "setItem").mockImplementation(refuse);
    },
  },
  {
    how: "the quota is exceeded",
    fail: () =>
      vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
        throw new DOMException(
          "The quota has been exceeded.",
          "QuotaExceededError",
        );
      }),
  },
];

test.each(FAILING_STORAGE)(
  "when $how, a choice is refused quietly and the page starts from the address",
  ({ fail }) => {
    fail();
    expect(() => writeStored(keys.lang, "en")).not.toThrow();
    expect(readStored(keys.lang)).toBeUndefined();
    expect(pageAtStart(servedRoot(), at("/"), keys, LANGS).wanted).toEqual({
      lang: "vi",
      view: "single",
    });
    expect(
      pageAtStart(servedRoot(), at("/en/both/"), keys, LANGS).wanted,
    ).toEqual({
      lang: "en",
      view: "both",
    });
  },
);

/** A text field holding an embed code, in the document. */
function codeField(): HTMLTextAreaElement {
  const field = document.createElement("textarea");
  field.value = '<iframe src="https://example.org/embed/"></iframe>';
  document.body.append(field);
  return field;
}

/** The Clipboard API as the browser offers it: missing, refusing or working. */
function clipboard(writeText: (() => Promise<void>) | undefined): void {
  Object.defineProperty(navigator, "clipboard", {
    configurable: true,
    value: writeText ? { writeText } : undefined,
  });
}

/** The old copy command: copying, declining, throwing. */
function copyCommand(outcome: "copies" | "declines" | "throws"): void {
  Object.defineProperty(document, "execCommand", {
    configurable: true,
    value: () => {
      if (outcome === "throws") throw new Error("not supported");
      return outcome === "copies";
    },
  });
}

const refusing = () =>
  Promise.reject(
    new DOMException("Write permission denied.", "NotAllowedError"),
  );

test.each([
  { api: "missing", writeText: undefined, command: "copies", result: "copied" },
  { api: "refusing", writeText: refusing, command: "copies", result: "copied" },
  {
    api: "missing",
    writeText: undefined,
    command: "declines",
    result: "selected",
  },
  {
    api: "refusing",
    writeText: refusing,
    command: "throws",
    result: "selected",
  },
  {
    api: "missing",
    writeText: undefined,
    command: "throws",
    result: "selected",
  },
] as const)(
  "with the Clipboard API $api and the copy command that $command, the code is $result",
  async ({ writeText, command, result }) => {
    clipboard(writeText);
    copyCommand(command);
    const field = codeField();
    expect(await copyFieldText(field)).toBe(result);
    // Either way the code is left selected, in focus, for a copy by hand.
    expect(field).toHaveFocus();
    expect(field.selectionEnd - field.selectionStart).toBe(field.value.length);
    field.remove();
  },
);

test("with the Clipboard API working, the code is copied by it alone", async () => {
  const writeText = vi.fn(() => Promise.resolve());
  clipboard(writeText);
  copyCommand("throws");
  const field = codeField();
  expect(await copyFieldText(field)).toBe("copied");
  expect(writeText).toHaveBeenCalledWith(field.value);
  field.remove();
});
