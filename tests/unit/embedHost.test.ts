// @vitest-environment node
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { expect, test } from "vitest";

/**
 * A host page of its own, running the host script as served: two frames of ours and
 * one of someone else's.
 */
function hostPage() {
  const dom = new JSDOM(
    `<!doctype html><body>
      <iframe id="ours" data-explainer style="height: 600px"></iframe>
      <iframe id="theirs" style="height: 300px"></iframe>
    </body>`,
    { runScripts: "dangerously" },
  );
  const { window } = dom;
  const frame = (id: string) =>
    window.document.getElementById(id) as HTMLIFrameElement;
  const requests: unknown[] = [];
  const install = () => {
    const script = window.document.createElement("script");
    script.textContent = readFileSync("public/embed.js", "utf8");
    window.document.body.append(script);
  };
  const post = (data: unknown, from: Window | null) =>
    window.dispatchEvent(
      new window.MessageEvent("message", {
        data,
        source: from,
        origin: "null",
      }),
    );
  return { window, frame, install, post, requests };
}

const heightMessage = (height: unknown) => ({
  type: "explainer:height",
  version: 1,
  height,
});

test("a height from one of its frames sizes that frame", () => {
  const host = hostPage();
  host.install();
  const ours = host.frame("ours");
  host.post(heightMessage(1234.2), ours.contentWindow);
  expect(ours.style.height).toBe("1235px");
  host.post(heightMessage(900), ours.contentWindow);
  expect(ours.style.height).toBe("900px");
});

test("messages from elsewhere, or malformed, change nothing", () => {
  const host = hostPage();
  host.install();
  const ours = host.frame("ours");
  const theirs = host.frame("theirs");
  host.post(heightMessage(800), ours.contentWindow);
  const hostile: [unknown, Window | null][] = [
    [heightMessage(500), theirs.contentWindow],
    [heightMessage(500), host.window as unknown as Window],
    [heightMessage(500), null],
    [heightMessage(-50), ours.contentWindow],
    [heightMessage(0), ours.contentWindow],
    [heightMessage(10_000_000), ours.contentWindow],
    [heightMessage(Number.POSITIVE_INFINITY), ours.contentWindow],
    [heightMessage(Number.NaN), ours.contentWindow],
    [heightMessage("500"), ours.contentWindow],
    [
      heightMessage("500px; background: url(https://evil.example)"),
      ours.contentWindow,
    ],
    [
      {
        type: "explainer:height",
        height: { valueOf: () => 500 },
      },
      ours.contentWindow,
    ],
    [JSON.stringify(heightMessage(500)), ours.contentWindow],
    ["pymxPYMxaxPYMxheightxPYMx500", ours.contentWindow],
    [{ sentinel: "amp", type: "embed-size", height: 500 }, ours.contentWindow],
    [null, ours.contentWindow],
    [[heightMessage(500)], ours.contentWindow],
  ];
  for (const [data, from] of hostile) host.post(data, from);
  expect(ours.style.height).toBe("800px");
  expect(theirs.style.height).toBe("300px");
});

test("with an allow-list, heights from other origins are ignored", () => {
  const host = hostPage();
  const script = host.window.document.createElement("script");
  script.setAttribute("data-allowed-origins", "https://explainers.example.org");
  script.textContent = readFileSync("public/embed.js", "utf8");
  host.window.document.body.append(script);
  const ours = host.frame("ours");
  host.post(heightMessage(700), ours.contentWindow);
  expect(ours.style.height).toBe("600px");
  host.window.dispatchEvent(
    new host.window.MessageEvent("message", {
      data: heightMessage(700),
      source: ours.contentWindow,
      origin: "https://explainers.example.org",
    }),
  );
  expect(ours.style.height).toBe("700px");
});

test("every frame, including one added later, is asked for its height", async () => {
  const host = hostPage();
  const asked: string[] = [];
  const spyOn = (frame: HTMLIFrameElement) => {
    const target = frame.contentWindow;
    if (!target) throw new Error("frame has no window");
    target.postMessage = ((message: unknown) => {
      asked.push(`${frame.id}:${JSON.stringify(message)}`);
    }) as Window["postMessage"];
  };
  spyOn(host.frame("ours"));
  host.install();
  expect(asked).toEqual(['ours:{"type":"explainer:request-height"}']);

  const later = host.window.document.createElement("iframe");
  later.id = "later";
  later.setAttribute("data-explainer", "");
  host.window.document.body.append(later);
  spyOn(later);
  await new Promise((settle) => setTimeout(settle, 0));
  expect(asked).toContain('later:{"type":"explainer:request-height"}');
  expect(asked.some((entry) => entry.startsWith("theirs"))).toBe(false);
});

test("the script installs once, however often it is included", () => {
  const host = hostPage();
  host.install();
  host.install();
  let resized = 0;
  const ours = host.frame("ours");
  const style = ours.style;
  const original = Object.getOwnPropertyDescriptor(
    Object.getPrototypeOf(style),
    "height",
  );
  Object.defineProperty(style, "height", {
    configurable: true,
    set(value: string) {
      resized += 1;
      original?.set?.call(style, value);
    },
    get() {
      return original?.get?.call(style) as string;
    },
  });
  host.post(heightMessage(750), ours.contentWindow);
  expect(resized).toBe(1);
});

test("a frame pasted with the first snippet's names is still sized", () => {
  const dom = new JSDOM(
    `<!doctype html><body>
      <iframe id="pasted" data-cyber-dialogue-explainer style="height: 600px"></iframe>
    </body>`,
    { runScripts: "dangerously" },
  );
  const { window } = dom;
  const script = window.document.createElement("script");
  script.textContent = readFileSync("public/embed.js", "utf8");
  window.document.body.append(script);
  const pasted = window.document.getElementById("pasted") as HTMLIFrameElement;
  for (const [type, height] of [
    ["explainer:height", 900],
    ["cyber-dialogue-explainer:height", 950],
  ] as const) {
    window.dispatchEvent(
      new window.MessageEvent("message", {
        data: { type, version: 1, height },
        source: pasted.contentWindow,
        origin: "null",
      }),
    );
    expect(pasted.style.height).toBe(`${height}px`);
  }
});

const scrollRequest = (top: unknown) => ({ type: "explainer:scroll-to", top });

/**
 * The host page, its script installed, and where its page was asked to scroll to. With
 * `reach`, the page scrolls, no further than that, where it ends, and its frame at the
 * top moves with it; without, it stays where it is (jsdom lays nothing out).
 */
function scrollingHost(reach?: number) {
  const host = hostPage();
  const scrolls: number[] = [];
  host.window.scrollTo = ((_: number, y: number) => {
    scrolls.push(y);
    if (reach === undefined) return;
    Object.defineProperty(host.window, "pageYOffset", {
      value: Math.min(y, reach),
      configurable: true,
    });
  }) as typeof window.scrollTo;
  host.install();
  const ours = host.frame("ours");
  // Tall enough to hold the points asked for (jsdom lays nothing out).
  Object.defineProperty(ours, "clientHeight", { value: 2000 });
  if (reach !== undefined)
    ours.getBoundingClientRect = () =>
      ({ top: -host.window.pageYOffset }) as DOMRect;
  return { ...host, ours, scrolls };
}

test.each([
  ["a string", "2500"],
  ["a negative point", -50],
  ["a point past any frame", 1e9],
  ["infinity", Number.POSITIVE_INFINITY],
  ["null", null],
  ["an object posing as a number", { valueOf: (): number => 2500 }],
])(
  "a scroll request with %s is ignored, and the frame may still ask once",
  (_, top) => {
    const host = scrollingHost();
    host.post(scrollRequest(top), host.ours.contentWindow);
    expect(host.scrolls).toEqual([]);
    host.post(scrollRequest(900), host.ours.contentWindow);
    expect(host.scrolls).toEqual([900]);
  },
);

test("a point the page is not yet tall enough to scroll to is scrolled to again once the frame grows, and only once", () => {
  const host = scrollingHost(500);
  host.post(scrollRequest(900), host.ours.contentWindow);
  expect(host.scrolls).toEqual([900]);
  // What the frame opened to show the point grows it: the page can now reach it.
  host.post(
    { type: "explainer:height", version: 1, height: 2400 },
    host.ours.contentWindow,
  );
  expect(host.scrolls).toEqual([900, 900]);
  host.post(
    { type: "explainer:height", version: 1, height: 2600 },
    host.ours.contentWindow,
  );
  expect(host.scrolls).toEqual([900, 900]);
});

test("only the explainers' frames may scroll the page, each once until the reader moves into it", async () => {
  const host = scrollingHost();
  host.post(scrollRequest(900), host.frame("theirs").contentWindow);
  host.post(scrollRequest(900), null);
  expect(host.scrolls).toEqual([]);

  host.post(scrollRequest(900), host.ours.contentWindow);
  host.post(scrollRequest(900), host.ours.contentWindow);
  expect(host.scrolls).toEqual([900]);

  // The reader moves into the frame: the page loses focus to it.
  host.ours.focus();
  host.window.dispatchEvent(new host.window.Event("blur"));
  await new Promise((settle) => setTimeout(settle, 0));
  host.post(scrollRequest(900), host.ours.contentWindow);
  host.post(scrollRequest(900), host.ours.contentWindow);
  expect(host.scrolls).toEqual([900, 900]);
});
