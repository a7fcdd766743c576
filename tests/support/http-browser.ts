/**
 * A minimal browser for integration tests: a cookie jar per host, manual redirects across origins, and form
 * submission from the HTML devtenant and the server really send. No page is faked; only rendering is skipped.
 */
export class HttpBrowser {
  private readonly jar = new Map<string, Map<string, string>>();

  /** GET (or POST a form) and follow redirects; returns the last response and its body. */
  async visit(url: string, init: { form?: Record<string, string>; maxRedirects?: number } = {}): Promise<{ url: string; status: number; body: string }> {
    let current = url;
    let form = init.form;
    for (let hop = 0; hop <= (init.maxRedirects ?? 10); hop++) {
      const response = await this.fetch(current, form);
      form = undefined;
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        current = new URL(location, current).toString();
        continue;
      }
      return { url: current, status: response.status, body: await response.text() };
    }
    throw new Error(`Too many redirects from ${url}`);
  }

  /** One request, no redirect following: for asserting a single hop (status, Location, Set-Cookie). */
  async fetch(url: string, form?: Record<string, string>): Promise<Response> {
    const target = new URL(url);
    const cookies = [...(this.jar.get(target.host) ?? new Map()).entries()].map(([k, v]) => `${k}=${v}`).join("; ");
    const response = await fetch(url, {
      method: form ? "POST" : "GET",
      redirect: "manual",
      headers: { ...(cookies ? { cookie: cookies } : {}), ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}) },
      ...(form ? { body: new URLSearchParams(form).toString() } : {}),
    });
    for (const line of response.headers.getSetCookie()) this.store(target.host, line);
    return response;
  }

  /** Reads a cookie this browser holds for a host. */
  cookie(host: string, name: string): string | undefined {
    return this.jar.get(host)?.get(name);
  }

  /** Sets a cookie by hand (for tests that move a cookie between browsers). */
  setCookie(host: string, name: string, value: string): void {
    const cookies = this.jar.get(host) ?? new Map<string, string>();
    cookies.set(name, value);
    this.jar.set(host, cookies);
  }

  private store(host: string, line: string): void {
    const [pair, ...attributes] = line.split(";");
    const [name, ...value] = (pair ?? "").trim().split("=");
    if (!name) return;
    const cookies = this.jar.get(host) ?? new Map<string, string>();
    const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
    if (expired) cookies.delete(name);
    else cookies.set(name, value.join("="));
    this.jar.set(host, cookies);
  }
}

/** The one form on a page, with its hidden fields, resolved against the page's URL. */
export function readForm(html: string, pageUrl: string): { action: string; fields: Record<string, string> } {
  const form = /<form[^>]*action="([^"]*)"[^>]*>([\s\S]*?)<\/form>/i.exec(html);
  if (!form) throw new Error(`No form on ${pageUrl}:\n${html.slice(0, 500)}`);
  const fields: Record<string, string> = {};
  for (const input of form[2]!.matchAll(/<input[^>]*type="hidden"[^>]*>/gi)) {
    const name = /name="([^"]*)"/.exec(input[0])?.[1];
    const value = /value="([^"]*)"/.exec(input[0])?.[1] ?? "";
    if (name) fields[name] = decodeEntities(value);
  }
  return { action: new URL(decodeEntities(form[1]!), pageUrl).toString(), fields };
}

/** The value of the account button whose UPN is given, on devtenant's "Pick an account" page. */
export function accountButtonValue(html: string, userPrincipalName: string): string {
  for (const button of html.matchAll(/<button[^>]*name="account"[^>]*>/gi)) {
    if (new RegExp(`data-upn="${userPrincipalName.replace(/[.]/g, "\\.")}"`, "i").test(button[0])) {
      return decodeEntities(/value="([^"]*)"/.exec(button[0])?.[1] ?? "");
    }
  }
  throw new Error(`No account ${userPrincipalName} on the picker`);
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
}
