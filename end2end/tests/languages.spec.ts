import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, ready } from "./support";

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
