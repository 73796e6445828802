import { expect, Page, test } from "@playwright/test";
import { DEMO_PASSWORD, expectNoAxeViolations, ready } from "./support";

test("the visitor switches to French and the choice is kept", async ({ page }) => {
  await page.goto("/register");
  await ready(page);
  await page.getByRole("button", { name: "Français" }).click();

  await expect(page).toHaveURL("/register");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(
    page.getByRole("heading", { level: 1, name: "S’inscrire comme partie prenante" }),
  ).toBeVisible();
  await expect(page.getByLabel("Adresse électronique")).toBeVisible();
  await expectNoAxeViolations(page);

  // Kept across pages and visits.
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Consultations" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ouvertes aux commentaires" })).toBeVisible();
  await ready(page);
  await page.getByRole("link", { name: "Se connecter" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Se connecter" })).toBeVisible();

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
});

test("a browser that prefers French gets French on its first visit", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fr-CH" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByText("Ouvertes aux commentaires")).toBeVisible();
  await context.close();
});

const SLUG = "wgig-2005-february";
const PAPER = `/consultations/${SLUG}/papers/WP-ROOT`;

/** Signs in by the form's fields, whatever the page's language. */
async function signInAnyLanguage(page: Page, email: string, shownAs: string): Promise<void> {
  await page.goto("/sign-in");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(DEMO_PASSWORD);
  await page.locator("form.form button[type=submit]").click();
  await expect(page.getByRole("navigation").first()).toContainText(shownAs);
}

/** Fails unless the header runs right to left: the site's name at the right, the menu at its left. */
async function expectHeaderMirrored(page: Page): Promise<void> {
  const brand = await page.locator(".brand").boundingBox();
  const nav = await page.locator(".site-header nav").first().boundingBox();
  expect(brand && nav, "header parts").toBeTruthy();
  if (brand && nav && Math.abs(brand.y - nav.y) < brand.height) {
    expect(brand.x, "the site's name is right of the menu").toBeGreaterThan(nav.x);
  }
  const viewport = page.viewportSize();
  if (viewport && brand) {
    expect(brand.x + brand.width, "the site's name ends at the right edge").toBeGreaterThan(viewport.width / 2);
  }
}

test("in Arabic every page runs right to left, passes axe and fits a phone", async ({ page }, info) => {
  test.setTimeout(180_000);
  await page.goto("/");
  await page.getByRole("button", { name: "العربية" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("المشاورات");

  const visit = async (paths: string[]) => {
    for (const path of paths) {
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        await expect(page.locator("h1")).toBeVisible();
        await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scroll, `${path} at ${width} px scrolls sideways`).toBeLessThanOrEqual(width);
        if (width === 1280) {
          await expectHeaderMirrored(page);
          await expectNoAxeViolations(page);
        }
        const name = `ar-${width}-${path.replace(/[^a-z0-9]+/gi, "-")}.png`;
        await page.screenshot({ path: info.outputPath(name), fullPage: true });
      }
    }
  };
  await visit(["/", `/consultations/${SLUG}`, `${PAPER}?p=2.1`, "/search?q=root", "/register", "/sign-in", `/consultations/${SLUG}/contributions`]);
  await signInAnyLanguage(page, "academic@demo.consult.example", "Priya Raman");
  await visit([`${PAPER}/comment?p=2.1`, "/my/comments", "/profile", `/consultations/${SLUG}/contribute`]);
  await page.context().clearCookies();
  await page.goto("/");
  await page.getByRole("button", { name: "العربية" }).click();
  await signInAnyLanguage(page, "secretariat@demo.consult.example", "Secretariat officer");
  await visit(["/desk", "/desk/log", "/desk/consultations", `/desk/consultations/${SLUG}/papers/WP-ROOT`, `/digests/${SLUG}`]);
});

test("the desk hydrates in Chinese with its words from the page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "中文" }).click();
  await signInAnyLanguage(page, "secretariat@demo.consult.example", "Secretariat officer");
  await page.goto("/desk");
  await ready(page);
  // The page's own catalogue is in it, and only that one.
  await expect(page.locator("#consult-catalogue")).toHaveAttribute("data-lang", "zh");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("审核队列");
  // A view the browser renders after hydrating (a comment opened from the queue) is in
  // Chinese too: its words came from the page's catalogue, not from the WASM.
  const first = page.locator("main .queue-item a, main a[href^='/desk/comments/']").first();
  await first.click();
  await expect(page).toHaveURL(/\/desk\/comments\/\d+/);
  await expect(page.locator("main")).not.toContainText("Publish");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh");
});
