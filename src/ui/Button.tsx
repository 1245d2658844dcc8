import type { ComponentPropsWithRef } from "react";
import { classNames } from "../lib/classNames.ts";

/** How a button looks (button.css); pressed (`aria-pressed`), each fills. */
export type ButtonProps = ComponentPropsWithRef<"button"> & {
  look?: "pill" | "rounded" | "small";
  /** Shorter, in smaller type: for a row of many. */
  compact?: boolean;
};

/** Every outlined button of the page; `type` is "button", as none submits a form. */
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
