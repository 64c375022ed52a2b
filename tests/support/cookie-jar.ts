// The cookies of one browser for one origin, as Set-Cookie headers leave them.
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const name = pair.slice(0, pair.indexOf("=")).trim();
      const value = pair.slice(pair.indexOf("=") + 1).trim();
      const expired = attributes.some((a) => {
        const [key = "", v = ""] = a.split("=").map((s) => s.trim().toLowerCase());
        return (key === "max-age" && Number(v) <= 0) || (key === "expires" && Date.parse(v) < Date.now());
      });
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header = () => [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  has = (name: string) => this.cookies.has(name);
}
