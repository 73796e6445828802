import { expect, test } from "@playwright/test";
import { expectSignedInAtHome, signOut, STAKEHOLDER_PASSWORD, submitRegistration, uniqueEmail } from "./support";

test.use({ javaScriptEnabled: false });

test("registering, signing out and in work with JavaScript off", async ({ page }) => {
  const email = uniqueEmail("nojs");
  await page.goto("/register");
  await submitRegistration(page, {
    email,
    password: STAKEHOLDER_PASSWORD,
    name: "Priya Raman",
    group: "Academic and technical community",
    country: "India",
  });
  await expectSignedInAtHome(page, "Signed in as Priya Raman");

  await signOut(page);

  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("wrong pass phrase here");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText(
    "The e-mail address or the password is not correct.",
  );

  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(STAKEHOLDER_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toContainText("Priya Raman");
  // The owner is told of the wrong password given meanwhile, on their profile.
  await expect(page).toHaveURL("/profile?failed_sign_ins=1");
  await expect(page.getByRole("alert")).toContainText(
    "Since you last signed in, one attempt to sign in to your account failed with a wrong password.",
  );
});

test("the language switch works with JavaScript off", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page).toHaveURL("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Se connecter" })).toBeVisible();
});
