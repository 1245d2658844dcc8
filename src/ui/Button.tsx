import type { ComponentPropsWithRef } from "react";
import { classNames } from "../lib/classNames.ts";

/**
 * How a button looks (button.css): an outlined pill, the same with smaller corners,
 * or a small tool beside a passage. Pressed (`aria-pressed`), each fills.
 */
export type ButtonLook = "pill" | "rounded" | "small";

export type ButtonProps = ComponentPropsWithRef<"button"> & {
  look?: ButtonLook;
  /** Shorter, in smaller type: for a row of many. */
  compact?: boolean;
};

/**
 * Every outlined button of the page, in one of its looks; `type` is "button" unless
 * given, since none of them submits a form.
 */
export function Button({
  look = "pill",
  compact = false,
  className,
  type = "button",
  ...props
}: ButtonProps) {
  return (
    <button
      type={type}
      className={classNames(
        "button",
        look !== "pill" && `button-${look}`,
        compact && "button-compact",
        className,
      )}
      {...props}
    />
  );
}
