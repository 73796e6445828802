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
