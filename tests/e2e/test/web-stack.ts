import type { isolatedTestEnvironment } from "@tetris/shared/testing";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { accessibilityViolations, launchBrowser, screenshots, sidewaysOverflow } from "./browser.js";
import { startServiceProcess, type ServiceProcess } from "./service-process.js";
import { startDevProvider } from "./oidc-process.js";
import { freePort } from "./free-port.js";
import { startWebGateway } from "./web-process.js";

/**
 * What every page test runs against, as `npm start` runs it: the three services as processes
 * on the test's own databases and topics, the gateway in front of them, and a headless browser.
 * With `signIn`, also the access service and the local OpenID provider, for the ProConnect
 * sign-in (the other page tests sign in with a token, which needs neither).
 */
export async function startWebStack(env: ReturnType<typeof isolatedTestEnvironment>, options: { signIn?: { accessEnv?: Record<string, string> } } = {}) {
  const services: ServiceProcess[] = [];
  for (const name of ["questionnaire", "workshops", "projects"] as const) services.push(await startServiceProcess(name, env.env(name)));
  const [questionnaire, workshops, projects] = services.map((s) => s.url) as [string, string, string];
  const urls = { questionnaire, workshops, projects };
  let gatewayEnv: Record<string, string> = {};
  let provider: Awaited<ReturnType<typeof startDevProvider>> | null = null;
  let access: ServiceProcess | null = null;
  if (options.signIn) {
    const port = await freePort();
    access = await startServiceProcess("access", env.env("access", options.signIn.accessEnv));
    services.push(access);
    provider = await startDevProvider(port);
    gatewayEnv = { WEB_PORT: String(port), ACCESS_URL: access.url, OIDC_ISSUER: provider.issuer };
  }
  const web = await startWebGateway(urls, gatewayEnv);
  const browser = await launchBrowser();
  return {
    urls: { ...urls, access: access?.url ?? "" },
    web,
    provider,
    browser,
    async stop() {
      await browser.close();
      web.stop();
      provider?.stop();
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
