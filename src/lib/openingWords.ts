/**
 * The first few words of a text (whole words, some 24 characters) and an ellipsis,
 * "The two sides also discussed…": how a link names the passage it goes to, so that
 * it says where it goes.
 */
export function openingWords(text: string): string {
  const opening = /^.{24}\S*/.exec(text)?.[0];
  return opening && opening !== text
    ? `${opening.replace(/[,;:.]$/, "")}…`
    : text;
}
