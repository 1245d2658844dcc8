import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * `text` as Prettier writes a TypeScript file of the project, so that written content
 * passes `prettier --check` wherever it is put.
 */
export async function formatted(text: string): Promise<string> {
  const filepath = join(ROOT, "src/content/file.ts");
  return format(text, { ...(await resolveConfig(filepath)), filepath });
}
