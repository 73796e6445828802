import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, expectNoAxeViolations, ready } from "./support";

test("a visitor finds the open consultation and reads a paper's numbered paragraphs", async ({ page }) => {
  await page.goto("/");
  await ready(page);
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

test("a reader of a paper and a newcomer signing in download no application code; the desk brings its own", async ({ page }) => {
  const code: string[] = [];
  page.on("request", (r) => {
    if (/\.(wasm|js)$/.test(r.url())) code.push(new URL(r.url()).pathname);
  });
  await page.goto("/consultations/wgig-2005-february/papers/WP-ROOT?p=2.1");
  await expect(page.getByRole("region", { name: "Comments on paragraph 2.1" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(code).toEqual([]);
  await expect(page.locator("script[src], script[type=module], link[rel=modulepreload]")).toHaveCount(0);

  // The sign-in page is plain HTML too, with the small script that only enhances.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await ready(page);
  await page.getByLabel("E-mail").fill("nobody@example.org");
  await page.getByLabel("Password").fill("not the password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText("The e-mail address or the password is not correct.");
  await page.waitForLoadState("networkidle");
  expect(code).toEqual([]);

  // The secretariat's desk is an application: it loads the WASM and its own piece.
  await page.getByLabel("E-mail").fill("secretariat@demo.consult.example");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Secretariat desk" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Moderation queue" })).toBeVisible();
  await ready(page);
  expect(code.some((p) => /^\/pkg\/consult\.[^/]+\.wasm$/.test(p))).toBe(true);
  expect(code.some((p) => p.includes("queue_page"))).toBe(true);
});
