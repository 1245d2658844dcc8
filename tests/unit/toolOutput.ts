import type { Output } from "../../tools/checkContent.ts";

/** A tool's output, kept for a test to read instead of printed. */
export function capturedOutput(): Output & {
  readonly lines: string[];
  readonly errors: string[];
} {
  const lines: string[] = [];
  const errors: string[] = [];
  return {
    lines,
    errors,
    log: (line) => lines.push(line),
    error: (line) => errors.push(line),
  };
}
