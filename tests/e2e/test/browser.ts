import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { chromium, type Page } from "playwright-core";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
export const screenshots = new URL("../screenshots/", import.meta.url).pathname;

/** Debian's Chromium, headless, with nothing reaching out to the network. */
export async function launchBrowser() {
  mkdirSync(screenshots, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/**
 * Runs axe-core on the page and answers its violations of every impact: a minor or moderate
 * one is still a barrier for someone, and the issue asks for none at all (RGAA AA is the bar).
 */
export async function accessibilityViolations(page: Page) {
  // Evaluated through the DevTools protocol, as an extension would: the pages' Content-Security-
  // Policy rightly refuses inline scripts, which addScriptTag would insert.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
  });
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

/**
 * What makes the page scroll sideways: nothing when it fits, else the outermost elements that
 * stick out on the right (a table may be wider, inside its own DSFR scroll area).
 */
export const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => {
    if (document.documentElement.scrollWidth <= window.innerWidth) return [];
    const sticksOut = (element: Element) => element.getBoundingClientRect().right > window.innerWidth + 1;
    // Inside a scroll area, unless absolutely placed against a block outside it.
    const clipped = (element: Element) => {
      let absolute = getComputedStyle(element).position === "absolute";
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
        const style = getComputedStyle(up);
        if (absolute && style.position === "static") continue;
        if (style.overflowX !== "visible") return true;
        absolute = style.position === "absolute";
      }
      return false;
    };
    const culprit = (element: Element | null): boolean => element !== null && sticksOut(element) && !clipped(element);
    const culprits = Array.from(document.body.querySelectorAll("*"))
      .filter((element) => culprit(element) && !culprit(element.parentElement))
      .map((element) => `${element.tagName.toLowerCase()}.${Array.from(element.classList).join(".")} (${Math.round(element.getBoundingClientRect().right)} px)`);
    return [`page ${document.documentElement.scrollWidth} px wide`, ...culprits];
  });
