// A real browser's User-Agent, for requests that must count as use: Node's fetch ("node") and
// playwright's Chromium ("HeadlessChrome") are robots by lib/stats/robots.json.
export const BROWSER_USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
