/** How a copy went: copied, or left selected for the reader to copy by hand. */
export type CopyResult = "copied" | "selected";

/**
 * Copies the text of a text field: the Clipboard API first; where it is missing or
 * refused (an insecure page, a frame without clipboard permission), the older copy
 * command; where that fails too, the text is left selected for the reader to copy.
 */
export async function copyFieldText(
  field: HTMLTextAreaElement,
): Promise<CopyResult> {
  try {
    await navigator.clipboard.writeText(field.value);
    return "copied";
  } catch {
    field.focus();
    field.select();
    try {
      // Deprecated, but the only way left where the Clipboard API is refused.
      if (document.execCommand("copy")) return "copied";
    } catch {
      // Refused as well: the selection is the fallback.
    }
    return "selected";
  }
}
