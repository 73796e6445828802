import { expect, test } from "@playwright/test";
import { fillRegistration, uniqueEmail } from "./support";

test.use({ javaScriptEnabled: false });

test("registering, signing out and in work with JavaScript off", async ({ page }) => {
  const email = uniqueEmail("nojs");
  await page.goto("/register");
  await fillRegistration(page, {
    email,
    password: "a long enough pass phrase",
    name: "Priya Raman",
    group: "Academic and technical community",
    country: "India",
  });
  await page.getByRole("button", { name: "Register" }).click();
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(page).toHaveURL("/");
  await expect(nav).toContainText("Signed in as Priya Raman");

  await nav.getByRole("button", { name: "Sign out" }).click();
  await expect(nav.getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("wrong pass phrase here");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toHaveText(
    "The e-mail address or the password is not correct.",
  );

  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("a long enough pass phrase");
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
