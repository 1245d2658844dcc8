// @vitest-environment node
import { describe, expect, test } from "vitest";
import { movePart } from "../../src/features/article/partKeys.ts";

describe("in one language", () => {
  const layout = { pairs: 3, sides: 1 } as const;

  test("Right and Down go forward, Left and Up back, and stop at the ends", () => {
    expect(movePart("ArrowRight", { pair: 0, side: 0 }, layout)).toEqual({
      pair: 1,
      side: 0,
    });
    expect(movePart("ArrowDown", { pair: 1, side: 0 }, layout)).toEqual({
      pair: 2,
      side: 0,
    });
    expect(movePart("ArrowLeft", { pair: 2, side: 0 }, layout)).toEqual({
      pair: 1,
      side: 0,
    });
    expect(movePart("ArrowUp", { pair: 0, side: 0 }, layout)).toBeUndefined();
    expect(movePart("ArrowDown", { pair: 2, side: 0 }, layout)).toBeUndefined();
  });

  test("Home and End go to the first and the last part", () => {
    expect(movePart("End", { pair: 0, side: 0 }, layout)).toEqual({
      pair: 2,
      side: 0,
    });
    expect(movePart("Home", { pair: 2, side: 0 }, layout)).toEqual({
      pair: 0,
      side: 0,
    });
  });

  test("other keys are left to the browser", () => {
    expect(movePart("Tab", { pair: 0, side: 0 }, layout)).toBeUndefined();
    expect(movePart("a", { pair: 0, side: 0 }, layout)).toBeUndefined();
  });
});

describe("in the both view", () => {
  const layout = { pairs: 3, sides: 2 } as const;

  test("Up and Down keep the side; Left and Right cross to the counterpart", () => {
    expect(movePart("ArrowDown", { pair: 0, side: 1 }, layout)).toEqual({
      pair: 1,
      side: 1,
    });
    expect(movePart("ArrowRight", { pair: 1, side: 0 }, layout)).toEqual({
      pair: 1,
      side: 1,
    });
    expect(movePart("ArrowLeft", { pair: 1, side: 1 }, layout)).toEqual({
      pair: 1,
      side: 0,
    });
    expect(
      movePart("ArrowRight", { pair: 1, side: 1 }, layout),
    ).toBeUndefined();
  });

  test("a hidden translation is passed over for its original", () => {
    const hidden = {
      ...layout,
      reachable: ({ side }: { side: 0 | 1 }) => side === 0,
    };
    expect(
      movePart("ArrowRight", { pair: 0, side: 0 }, hidden),
    ).toBeUndefined();
    expect(movePart("ArrowDown", { pair: 0, side: 1 }, hidden)).toEqual({
      pair: 1,
      side: 0,
    });
  });

  test("a hidden original is passed over for its translation", () => {
    const hidden = {
      ...layout,
      reachable: ({ side }: { side: 0 | 1 }) => side === 1,
    };
    expect(movePart("ArrowLeft", { pair: 0, side: 1 }, hidden)).toBeUndefined();
    expect(movePart("ArrowDown", { pair: 0, side: 0 }, hidden)).toEqual({
      pair: 1,
      side: 1,
    });
    expect(movePart("End", { pair: 0, side: 1 }, hidden)).toEqual({
      pair: 2,
      side: 1,
    });
  });
});
