import { expect, Page, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./support";

/** The pages among `paths` that scroll sideways at 320 px, with their width. */
async function tooWide(page: Page, paths: string[]): Promise<string[]> {
  await page.setViewportSize({ width: 320, height: 800 });
  const wide: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) wide.push(`${path}: ${width} px`);
  }
  return wide;
}

const SLUG = "wgig-2005-february";
const PAPER = `/consultations/${SLUG}/papers/WP-ROOT`;

// WCAG 1.4.10: every page reads at 320 CSS pixels without scrolling sideways, in each of
// the six languages (French and Russian words are longer; Arabic runs right to left).
const VISITOR = ["/", `/consultations/${SLUG}`, `${PAPER}?p=2.2`, `${PAPER}/changes`, "/search?q=root", "/register", "/sign-in", "/forgot-password", `/consultations/${SLUG}/contributions`];
const STAKEHOLDER = [`${PAPER}/comment?p=2.1`, "/my/comments", "/profile", `/consultations/${SLUG}/contribute`];
const SECRETARIAT = ["/desk", "/desk/log", "/desk/contributions", "/desk/consultations", `/desk/consultations/${SLUG}`, `/desk/consultations/${SLUG}/papers/WP-ROOT`, `/digests/${SLUG}?paper=WP-ROOT`];

for (const language of ["العربية", "中文", "English", "Français", "Русский", "Español"]) {
  test(`every page reflows at 320 px (${language})`, async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: language }).click();
    expect(await tooWide(page, VISITOR)).toEqual([]);
    // Signed in (the form by its fields: their labels are in the page's language).
    await page.goto("/sign-in");
    await page.locator("#email").fill("academic@demo.consult.example");
    await page.locator("#password").fill(DEMO_PASSWORD);
    await page.locator("form.form button[type=submit]").click();
    await expect(page.getByRole("navigation").first()).toContainText("Priya Raman");
    await page.goto("/my/comments");
    const receipt = await page.locator("main a[href^='/my/comments/']").first().getAttribute("href");
    expect(receipt).toMatch(/^\/my\/comments\/\d+$/);
    expect(await tooWide(page, [...STAKEHOLDER, receipt ?? ""])).toEqual([]);
  });
}

test("the secretariat's pages reflow at 320 px", async ({ page }) => {
  await signIn(page, "secretariat@demo.consult.example", "Secretariat officer");
  expect(await tooWide(page, SECRETARIAT)).toEqual([]);
});
