import type { isolatedTestEnvironment } from "@tetris/shared/testing";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { accessibilityViolations, launchBrowser, screenshots, sidewaysOverflow } from "./browser.js";
import { startServiceProcess, type ServiceProcess } from "./service-process.js";
import { startWebGateway } from "./web-process.js";

/**
 * What every page test runs against, as `npm start` runs it: the three services as processes
 * on the test's own databases and topics, the gateway in front of them, and a headless browser.
 */
export async function startWebStack(env: ReturnType<typeof isolatedTestEnvironment>) {
  const services: ServiceProcess[] = [];
  for (const name of ["questionnaire", "workshops", "projects"] as const) services.push(await startServiceProcess(name, env.env(name)));
  const [questionnaire, workshops, projects] = services.map((s) => s.url) as [string, string, string];
  const urls = { questionnaire, workshops, projects };
  const web = await startWebGateway(urls);
  const browser = await launchBrowser();
  return {
    urls,
    web,
    browser,
    async stop() {
      await browser.close();
      web.stop();
      await Promise.all(services.map((s) => s.stop()));
    },
  };
}
export type WebStack = Awaited<ReturnType<typeof startWebStack>>;

/**
 * A screenshot for the reviewer, then the accessibility check (RGAA AA: no violation of any
 * impact), and the page seen on the narrowest phone, 320 px, where it must not scroll sideways
 * (RGAA 10.11); the test goes on at its own width.
 */
export async function checkedPage(page: Page, name: string) {
  await page.screenshot({ path: `${screenshots}${name}.png`, fullPage: true });
  expect(await accessibilityViolations(page), `accessibility of ${name}`).toEqual([]);
  const viewport = page.viewportSize();
  if (!viewport) return;
  await page.setViewportSize({ width: 320, height: viewport.height });
  const overflow = await sidewaysOverflow(page);
  await page.setViewportSize(viewport);
  expect(overflow, `sideways scroll of ${name} at 320 px`).toEqual([]);
}
