// @vitest-environment node
import { createServer, type ViteDevServer } from "vite";
import { afterAll, beforeAll, expect, test } from "vitest";

/** The dev server answers the same addresses as the built site. */
let server: ViteDevServer;
let origin = "";

beforeAll(async () => {
  server = await createServer({
    logLevel: "silent",
    server: { port: 0, host: "127.0.0.1" },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === "string") throw new Error("no port");
  origin = `http://127.0.0.1:${address.port}`;
}, 60_000);

afterAll(async () => {
  await server.close();
});

test.each([
  ["/", "vi", "Mỹ và Pháp tổ chức Đối thoại an ninh mạng lần thứ 6"],
  ["/en/", "en", "U.S. and France hold sixth Cyber Dialogue"],
  ["/en/both/", "en", "U.S. and France hold sixth Cyber Dialogue"],
  ["/embed/timeline/", "vi", "Mỹ và Pháp tổ chức"],
  ["/?lang=en", "en", "U.S. and France hold"],
])("the dev server answers %s in its language", async (path, lang, title) => {
  const response = await fetch(`${origin}${path}`, {
    headers: { accept: "text/html" },
  });
  expect(response.status).toBe(200);
  const html = await response.text();
  // An embed is light until its address says otherwise; the page follows the reader.
  const theme = path.includes("/embed/") ? ' data-theme="light"' : "";
  expect(html).toContain(`<html lang="${lang}" dir="ltr"${theme}>`);
  expect(html).toContain(`<title>${title}`);
  expect(html).toContain('<div id="root"></div>');
  // Hot reloading injects styles inline: the policy is for the built pages only.
  expect(html).not.toContain("Content-Security-Policy");
});
