/**
 * What a browser would keep between the provider's redirects, for plain fetch calls: every
 * cookie is sent everywhere (the provider reads them by name), an emptied one is forgotten.
 */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  keep(response: Response): Response {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      if (value === "" || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  /** A request as the browser sends it: with the cookies, without following redirects. */
  async fetch(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set("cookie", this.header());
    return this.keep(await fetch(url, { ...init, headers, redirect: "manual" }));
  }
}
