import { CookieJar } from "./cookie-jar";

// fetch with a cookie jar and no automatic redirects: enough to drive next-auth's real
// endpoints as a browser would.
export class HttpSession {
  private readonly jar = new CookieJar();

  constructor(
    readonly baseUrl: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    for (const [k, v] of Object.entries(this.headers)) headers.set(k, v);
    const cookie = this.jar.header();
    if (cookie) headers.set("cookie", cookie);
    const response = await fetch(new URL(path, this.baseUrl), { ...init, headers, redirect: "manual" });
    this.jar.store(response);
    return response;
  }

  postForm(path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
    return this.request(path, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
      body: new URLSearchParams(fields).toString(),
    });
  }

  // The real next-auth flow: /api/auth/csrf, then the credentials callback.
  async signIn(email: string, password: string): Promise<Response> {
    const { csrfToken } = (await (await this.request("/api/auth/csrf")).json()) as { csrfToken: string };
    return this.postForm("/api/auth/callback/credentials", { csrfToken, email, password, callbackUrl: "/" });
  }

  cookie(): string {
    return this.jar.header();
  }

  async sessionUserId(): Promise<string | undefined> {
    const session = (await (await this.request("/api/auth/session")).json()) as { userId?: string };
    return session.userId;
  }
}
