import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { HttpSession } from "../support/http-session";
import { openBrowser } from "../support/open-browser";

// Every journey of issue 10 with the keyboard alone (WCAG 2.1.1 Keyboard, 2.4.3 Focus Order,
// 2.4.7 Focus Visible). After page.goto only page.keyboard drives the page (and setFiles answers
// the file chooser the keyboard opened): a control Tab cannot reach fails the test by its name.

const baseUrl = inject("baseUrl");
const send = (body: unknown) => ({ method: "POST", headers: { origin: baseUrl, "content-type": "application/json" }, body: JSON.stringify(body) });
const stamp = Date.now().toString(36);
const SEARCH_TITLE = `Klaviatura algoritmlari ${stamp}`;
const REVIEW_TITLE = `Klaviatura tekshiruvi ${stamp}`;
const MAX_TABS = 150;

let browser: Browser;
let searchId = "";
let reviewId = "";

type TFocus = { what: string; inMain: boolean; visible: boolean; matches: boolean };

// The focused element, whether it matches `selector` (and holds `text`), and whether its focus shows.
function readFocus(page: Page, selector: string, text = ""): Promise<TFocus | null> {
  return page.evaluate(
    ([selector, text]) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body || el === document.documentElement) return null;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== "none" && style.outlineWidth !== "0px";
      const label = el.getAttribute("aria-label") ?? (el.textContent ?? "").trim().slice(0, 40);
      return {
        what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${label ? ` "${label}"` : ""}`,
        inMain: !!el.closest("main"),
        visible: outline || style.boxShadow !== "none",
        matches: el.matches(selector) && (el.textContent ?? "").includes(text),
      };
    },
    [selector, text] as const,
  );
}

// Focus stops that showed no focus indicator, per test (checked at each test's end, so one run lists them all).
let invisible: string[] = [];

function noteInvisible(page: Page, focus: TFocus | null) {
  const entry = `${new URL(page.url()).pathname}: ${focus?.what}`;
  if (!invisible.includes(entry)) invisible.push(entry);
}

// Presses Tab (or Shift+Tab) until the focus is on `selector`; fails naming the control if it never gets there.
async function tabTo(page: Page, selector: string, name: string, { text = "", backwards = false } = {}) {
  const path: string[] = [];
  for (let step = 0; step < MAX_TABS; step++) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    const focus = await readFocus(page, selector, text);
    if (!focus) continue;
    if (!focus.visible) noteInvisible(page, focus);
    if (focus.matches) return focus;
    path.push(focus.what);
  }
  throw new Error(`${name} is not reachable with the keyboard (${backwards ? "Shift+Tab" : "Tab"} ×${MAX_TABS} on ${page.url()}); focus went through:\n  ${[...new Set(path)].slice(0, 60).join("\n  ")}`);
}

// Activates the focused control and waits for the address to change as expected.
async function pressAndWait(page: Page, key: string, url: RegExp | ((url: URL) => boolean)) {
  await Promise.all([page.waitForURL(url, { timeout: 20_000 }), page.keyboard.press(key)]);
}

async function keyboardSignIn(page: Page, email: string) {
  await page.goto(`${baseUrl}/signin`);
  await tabTo(page, "#field-email", "The sign-in form's Email field");
  await page.keyboard.type(email);
  await tabTo(page, "#field-password", "The sign-in form's Password field");
  await page.keyboard.type("kitab-demo-password");
  await pressAndWait(page, "Enter", (url) => !url.pathname.startsWith("/signin") && !url.pathname.startsWith("/api/auth"));
}

const selectedValue = (page: Page, selector: string) => page.evaluate((s) => Array.from(document.querySelector<HTMLSelectElement>(s)!.selectedOptions, (o) => o.value).filter(Boolean), selector);

async function resourceStatus(id: string) {
  const response = await fetch(`${baseUrl}/api/v1/resources/${id}`);
  return response.ok ? ((await response.json()) as { status: string }).status.toLowerCase() : `HTTP ${response.status}`;
}

beforeAll(async () => {
  browser = await openBrowser();
  const metadata = { library: "UZ", authors: [{ name: "Demo Author" }], subjects: ["0714"], languages: ["uz-Latn"], level: "bachelor", type: "textbook", license: "CC BY 4.0", year: 2024 };
  const librarian = new HttpSession(baseUrl);
  await librarian.signIn("librarian-uz@kitab.example", "kitab-demo-password");
  const published = await librarian.request("/api/v1/resources", send({ ...metadata, title: { "uz-Latn": SEARCH_TITLE }, description: { "uz-Latn": "Klaviatura bilan qidiruv uchun." } }));
  expect(published.status).toBe(201);
  searchId = ((await published.json()) as { id: string }).id;
  expect((await librarian.request(`/api/v1/resources/${searchId}/submit`, send({}))).status).toBe(200);
  expect((await librarian.request(`/api/v1/resources/${searchId}/publish`, send({}))).status).toBe(200);
  // The librarian's journey gets its own submission, so it does not hang on the contributor's.
  const contributor = new HttpSession(baseUrl);
  await contributor.signIn("contributor-uz@kitab.example", "kitab-demo-password");
  const submitted = await contributor.request("/api/v1/resources", send({ ...metadata, title: { "uz-Latn": REVIEW_TITLE }, description: { "uz-Latn": "Tekshirish uchun." } }));
  expect(submitted.status).toBe(201);
  reviewId = ((await submitted.json()) as { id: string }).id;
  expect((await contributor.request(`/api/v1/resources/${reviewId}/submit`, send({}))).status).toBe(200);
});

afterAll(() => browser?.close());

async function freshPage() {
  invisible = [];
  return (await browser.newContext()).newPage();
}

describe("keyboard-only journeys (WCAG 2.1.1, 2.4.3, 2.4.7)", () => {
  it("searches from the home page, filters by a facet and opens a result", async () => {
    const page = await freshPage();
    await page.goto(baseUrl);
    await page.keyboard.press("Tab");
    const first = await readFocus(page, "a.skip-link", "Skip to content");
    expect(first?.matches, `the first Tab stop should be "Skip to content", was ${first?.what ?? "nothing"}`).toBe(true);
    if (!first?.visible) noteInvisible(page, first);
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    const afterSkip = await readFocus(page, "main *");
    expect(afterSkip?.inMain, `after "Skip to content" the next Tab should land in <main>, landed on ${afterSkip?.what ?? "nothing"}`).toBe(true);
    if (!afterSkip?.visible) noteInvisible(page, afterSkip);

    // The home page's own search field, reached by Tab only (it may already have the focus).
    if (!(await readFocus(page, "#q-main"))?.matches) await tabTo(page, "#q-main", "The home page's search field");
    await page.keyboard.type("Klaviatura");
    await pressAndWait(page, "Enter", (url) => url.pathname === "/search" && url.searchParams.get("q") === "Klaviatura");

    const facet = await tabTo(page, "nav[aria-label=Filters] a", "A facet link in the Filters navigation");
    const facetHref = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    await pressAndWait(page, "Enter", (url) => url.href === facetHref);
    const filters = [...new URL(page.url()).searchParams.keys()].filter((k) => k !== "q");
    expect(filters.length, `activating facet ${facet.what} should add a filter to ${page.url()}`).toBeGreaterThan(0);

    await tabTo(page, ".results li h2 a", `The result link "${SEARCH_TITLE}"`, { text: SEARCH_TITLE });
    await pressAndWait(page, "Enter", (url) => url.pathname === `/resources/${searchId}`);
    await expect(page.locator("h1").innerText()).resolves.toBe(SEARCH_TITLE);
    expect(invisible, `no visible focus indicator on:\n${invisible.join("\n")}`).toEqual([]);
    await page.context().close();
  });

  it("switches the interface to Russian with the header's language switcher", async () => {
    const page = await freshPage();
    await page.goto(`${baseUrl}/search?q=Klaviatura`);
    await tabTo(page, "header details.language-switcher > summary", "The header's language switcher (<summary>)");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.querySelector<HTMLDetailsElement>("details.language-switcher")!.open), "Enter on the switcher's <summary> should open it").toBe(true);
    await page.keyboard.press("Space");
    expect(await page.evaluate(() => document.querySelector<HTMLDetailsElement>("details.language-switcher")!.open), "Space on the switcher's <summary> should close it again").toBe(false);
    await page.keyboard.press("Space");
    await tabTo(page, "details.language-switcher a", 'The language switcher\'s "Русский" link', { text: "Русский" });
    await pressAndWait(page, "Enter", (url) => url.pathname.startsWith("/ru/") || url.pathname === "/ru");
    expect(new URL(page.url()).pathname).toBe("/ru/search");
    expect(new URL(page.url()).searchParams.get("q")).toBe("Klaviatura");
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("ru");
    expect(invisible, `no visible focus indicator on:\n${invisible.join("\n")}`).toEqual([]);
    await page.context().close();
  });

  it("a contributor creates, describes, uploads a file to and submits a resource", async () => {
    const page = await freshPage();
    // Keeps Playwright's file-chooser interception on for the whole test: switched on only by
    // waitForEvent, it can lag behind a single key press and miss the chooser.
    page.on("filechooser", () => {});
    const title = `Keyboard journey notes ${stamp}`;
    await keyboardSignIn(page, "contributor-uz@kitab.example");
    await tabTo(page, "header nav a[href$='/my']", 'The header\'s "My resources" link');
    await pressAndWait(page, "Enter", (url) => url.pathname === "/my");
    await tabTo(page, "main a[href$='/resources/new']", 'The "New resource" link on /my');
    await pressAndWait(page, "Enter", (url) => url.pathname === "/resources/new");

    await tabTo(page, "#new-title-en", "The new resource's English title field");
    await page.keyboard.type(title);
    await pressAndWait(page, "Enter", /\/resources\/[0-9a-f-]{36}\/edit$/);
    const id = /\/resources\/([0-9a-f-]{36})\/edit/.exec(page.url())![1]!;

    await tabTo(page, "details:has(#description-en) > summary", "The English description's <summary>");
    await page.keyboard.press("Enter");
    await tabTo(page, "#description-en", "The English description field");
    await page.keyboard.type("Notes written to test the keyboard journey.");
    await tabTo(page, "#authors", "The Authors field");
    await page.keyboard.type("Keyboard Author");
    await tabTo(page, "#subjects", "The Subjects list");
    await page.keyboard.press("ArrowDown");
    // A second subject: Ctrl+arrow moves without choosing, Ctrl+Space adds the one there.
    await page.keyboard.press("Control+ArrowDown");
    await page.keyboard.press("Control+Space");
    expect(await selectedValue(page, "#subjects"), "ArrowDown, then Ctrl+ArrowDown and Ctrl+Space, should choose two subjects").toHaveLength(2);
    await tabTo(page, "input[name=languages][value=en]", 'The "English" language checkbox');
    await page.keyboard.press("Space");
    await expect(page.evaluate(() => document.querySelector<HTMLInputElement>("input[name=languages][value=en]")!.checked)).resolves.toBe(true);
    for (const [field, label] of [["#level", "Educational level"], ["#type", "Type of resource"], ["#license", "Licence"]] as const) {
      await tabTo(page, field, `The ${label} select`);
      await page.keyboard.press("ArrowDown");
      expect(await selectedValue(page, field), `ArrowDown on ${label} should choose a value`).not.toEqual([]);
    }
    await tabTo(page, "#year", "The Year field");
    await page.keyboard.type("2024");
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: "Saved." }).waitFor({ timeout: 15_000 });

    await tabTo(page, `main a[href$='/resources/${id}/files']`, 'The edit page\'s "Files" link', { backwards: true });
    await pressAndWait(page, "Enter", (url) => url.pathname === `/resources/${id}/files`);
    await tabTo(page, ".uppy-Dashboard-browse", 'Uppy\'s "browse files" button');
    const chooser = page.waitForEvent("filechooser", { timeout: 10_000 }).catch(() => null);
    await page.keyboard.press("Enter");
    const fileChooser = await chooser;
    expect(fileChooser, 'Enter on Uppy\'s "browse files" should open the file chooser').not.toBeNull();
    await fileChooser!.setFiles({ name: "keyboard-notes.txt", mimeType: "text/plain", buffer: Buffer.from("Typed, tabbed and uploaded.\n".repeat(50)) });
    await tabTo(page, ".uppy-StatusBar-actionBtn--upload", 'Uppy\'s "Upload 1 file" button');
    await page.keyboard.press("Enter");
    await page.locator(".file-list a", { hasText: "keyboard-notes.txt" }).waitFor({ timeout: 30_000 });

    await tabTo(page, `main a[href$='/resources/${id}']`, 'The files page\'s "Back to the resource" link', { backwards: true });
    await pressAndWait(page, "Enter", (url) => url.pathname === `/resources/${id}`);
    await tabTo(page, `main a[href$='/resources/${id}/edit']`, 'The resource page\'s "Edit the description" link');
    await pressAndWait(page, "Enter", (url) => url.pathname === `/resources/${id}/edit`);
    await tabTo(page, "button[name=intent][value=submit]", 'The "Save and submit for review" button');
    await pressAndWait(page, "Enter", (url) => url.pathname === `/resources/${id}`);
    await expect(page.getByTestId("status").innerText()).resolves.toBe("Status: submitted");
    expect(invisible, `no visible focus indicator on:\n${invisible.join("\n")}`).toEqual([]);
    await page.context().close();
  });

  it("a librarian opens a submission from the review queue and publishes it", async () => {
    const page = await freshPage();
    await keyboardSignIn(page, "librarian-uz@kitab.example");
    await tabTo(page, "header nav a[href$='/review']", 'The header\'s "Review" link');
    await pressAndWait(page, "Enter", (url) => url.pathname === "/review");
    await tabTo(page, `main tr[data-resource-id='${reviewId}'] a`, `The review queue's link to "${REVIEW_TITLE}"`);
    await pressAndWait(page, "Enter", (url) => url.pathname === `/resources/${reviewId}`);
    await tabTo(page, "form[aria-label=Publish] button[type=submit]", 'The review panel\'s "Publish" button');
    await page.keyboard.press("Enter");
    await expect.poll(() => resourceStatus(reviewId), { timeout: 15_000 }).toBe("published");
    expect(invisible, `no visible focus indicator on:\n${invisible.join("\n")}`).toEqual([]);
    await page.context().close();
  });
});
