import { afterEach, expect, test } from "vitest";
import { openForPrint } from "../../src/dom/openForPrint.ts";

/** What stops each watch a test started, even one that failed halfway. */
const watching: (() => void)[] = [];

afterEach(() => {
  for (const stop of watching.splice(0)) stop();
  document.body.replaceChildren();
});

function watch(): () => void {
  const stop = openForPrint();
  watching.push(stop);
  return stop;
}

/** Disclosures as a reader left them: the first one opened, the other two closed. */
function disclosures(): HTMLDetailsElement[] {
  const labels = [
    "Opened by the reader",
    "Compare the wording",
    "3 events on the timeline",
  ];
  const all = labels.map((label, index) => {
    const details = document.createElement("details");
    const summary = document.createElement("summary");
    summary.textContent = label;
    details.append(summary, "What it holds");
    details.open = index === 0;
    return details;
  });
  document.body.append(...all);
  return all;
}

const print = (event: "beforeprint" | "afterprint") =>
  window.dispatchEvent(new Event(event));

const openness = (all: readonly HTMLDetailsElement[]) =>
  all.map((details) => details.open);

test("everything opens for a print, and afterwards only what the reader had opened stays open", () => {
  const all = disclosures();
  watch();

  print("beforeprint");
  expect(openness(all)).toEqual([true, true, true]);
  print("afterprint");
  expect(openness(all)).toEqual([true, false, false]);

  // A second print, after the reader opened another: theirs stays open too.
  all[2]!.open = true;
  print("beforeprint");
  expect(openness(all)).toEqual([true, true, true]);
  print("afterprint");
  expect(openness(all)).toEqual([true, false, true]);
});

test("a print asked for twice before it ends still closes what the first opened", () => {
  const all = disclosures();
  watch();
  print("beforeprint");
  print("beforeprint");
  print("afterprint");
  expect(openness(all)).toEqual([true, false, false]);
});

test("stopped in the middle of a print, it closes what it opened and then hears nothing", () => {
  const all = disclosures();
  const stop = watch();
  print("beforeprint");
  stop();
  expect(openness(all)).toEqual([true, false, false]);
  print("beforeprint");
  expect(openness(all)).toEqual([true, false, false]);
});
