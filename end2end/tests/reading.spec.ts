import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, hydrated } from "./support";

test("a visitor finds the open consultation and reads a paper's numbered paragraphs", async ({ page }) => {
  await page.goto("/");
  await hydrated(page);
  const open = page.getByRole("region", { name: "Open for comment" });
  await open.getByRole("link", { name: /first draft working papers/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("first draft working papers");
  await expect(page.getByText("Closes")).toBeVisible();
  await expect(page.getByText(/UTC$/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Administration of the root server system" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("WP-ROOT");
  await expect(page.getByRole("heading", { level: 2, name: /^1 Introduction/ })).toBeVisible();
  await expect(page.locator("#p-2\\.1")).toContainText("2.1");
  await expectNoAxeViolations(page);
});

test("an unknown address answers 404 with a page that leads home", async ({ page }) => {
  const response = await page.goto("/no/such/page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Go to the consultations" }).click();
  await expect(page).toHaveURL("/");
});

test("an unknown paper is a 404 too", async ({ page }) => {
  await page.goto("/consultations/wgig-2005-february/papers/WP-NONE");
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});

test("a reader of a paper downloads no script at all; the sign-in page brings its own code", async ({ page }) => {
  const code: string[] = [];
  page.on("request", (r) => {
    if (/\.(wasm|js)$/.test(r.url())) code.push(new URL(r.url()).pathname);
  });
  await page.goto("/consultations/wgig-2005-february/papers/WP-ROOT?p=2.1");
  await expect(page.getByRole("region", { name: "Comments on paragraph 2.1" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(code).toEqual([]);
  await expect(page.locator("script[src], script[type=module], link[rel=modulepreload]")).toHaveCount(0);

  // The sign-in page is a page of the application: it loads the WASM and its own piece.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await hydrated(page);
  expect(code.some((p) => /^\/pkg\/consult\.[^/]+\.wasm$/.test(p))).toBe(true);
  expect(code.some((p) => p.includes("sign_in_page"))).toBe(true);
  await page.getByLabel("E-mail").fill("nobody@example.org");
  await page.getByLabel("Password").fill("not the password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toHaveText("The e-mail address or the password is not correct.");
});
