import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, posix } from "node:path";
import type { Plugin } from "vite";

/**
 * Builds the service worker (`service-worker.ts`) into `/service-worker.js` and writes into it
 * the build's precache list: `/index.html`, every file of the build but the source maps, and the
 * DSFR files the pages use. The worker's cache is named after a hash of all of that, so a new
 * build is a new worker (the browser compares the script byte for byte) and a new cache.
 * Vite dev never runs it: no worker there.
 */

const WORKER = "service-worker.js";
const TOKEN = "__TETRIS_PRECACHE__";
const dsfrRoot = join(dirname(createRequire(import.meta.url).resolve("@gouvfr/dsfr/package.json")), "dist");

export function serviceWorkerPlugin(source: string): Plugin {
  return {
    name: "tetris:service-worker",
    apply: "build",
    // After Vite wrote index.html into the bundle.
    enforce: "post",
    buildStart() {
      this.emitFile({ type: "chunk", id: source, fileName: WORKER });
    },
    generateBundle(_options, bundle) {
      const worker = bundle[WORKER];
      if (!worker || worker.type !== "chunk") return this.error(`${WORKER} absent du build`);
      if (worker.imports.length > 0 || !worker.code.includes(TOKEN)) {
        return this.error(`${WORKER} doit être un script autonome qui lit ${TOKEN}`);
      }
      const files = Object.values(bundle)
        .filter((file) => file.fileName !== WORKER && !file.fileName.endsWith(".map"))
        .map((file) => ({ url: `/${file.fileName}`, content: file.type === "chunk" ? file.code : file.source }));
      const text = (content: string | Uint8Array) => (typeof content === "string" ? content : Buffer.from(content).toString("utf8"));
      const page = files.find((file) => file.url === "/index.html");
      if (!page) return this.error("index.html absent du build");

      const dsfr = dsfrFiles(text(page.content), files.map((file) => text(file.content)).join("\n"));
      const hash = createHash("sha256").update(worker.code);
      for (const file of files) hash.update(`${file.url}\n`).update(file.content);
      for (const url of dsfr) hash.update(`${url}\n`).update(readFileSync(dsfrPath(url)));
      const precache = { build: hash.digest("hex").slice(0, 16), urls: [...files.map((file) => file.url), ...dsfr] };
      worker.code = worker.code.replace(TOKEN, JSON.stringify(precache));
    },
  };
}

const dsfrPath = (url: string) => join(dsfrRoot, url.slice("/dsfr/".length));

/**
 * The DSFR style sheets the page links, and the fonts and icons they point to, as URLs under
 * `/dsfr/`. Of the icon classes (`fr-icon-…` and the older `fr-fi-…`, a thousand of them), only those the build names;
 * of the fonts, only the woff2 (every browser that runs a service worker reads woff2).
 */
const ICON = /fr-(?:icon|fi)-[a-z0-9-]+/g;

function dsfrFiles(html: string, built: string): string[] {
  const usedIcons = new Set(built.match(ICON) ?? []);
  const urls = new Set<string>();
  for (const [, sheet] of html.matchAll(/href="(\/dsfr\/[^"]+\.css)"/g)) {
    urls.add(sheet!);
    const css = readFileSync(dsfrPath(sheet!), "utf8");
    for (const [, selectors, body] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      const icons = selectors!.match(ICON);
      if (icons && !icons.some((icon) => usedIcons.has(icon))) continue;
      for (const [, raw] of body!.matchAll(/url\(([^)]+)\)/g)) {
        const ref = raw!.trim().replace(/^["']|["']$/g, "");
        if (ref.startsWith("data:") || ref.endsWith(".woff")) continue;
        const url = posix.normalize(posix.join(posix.dirname(sheet!), ref));
        // A file missing from the package would make the whole install fail: leave it to the network.
        if (url.startsWith("/dsfr/") && existsSync(dsfrPath(url))) urls.add(url);
      }
    }
  }
  return [...urls].sort();
}
