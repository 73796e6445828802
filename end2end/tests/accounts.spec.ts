import { expect, Page, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import {
  expectNoAxeViolations,
  expectReflowAt320,
  expectSignedInAtHome,
  ready,
  newStakeholder,
  Person,
  register,
  signIn,
  signOut,
  STAKEHOLDER_PASSWORD,
  submitRegistration,
  uniqueEmail,
} from "./support";

const password = STAKEHOLDER_PASSWORD;

/** Registers a new stakeholder `who` (e-mail from `emailPrefix`) and waits for the home page: the e-mail. */
async function registerNew(page: Page, emailPrefix: string, who: Person): Promise<string> {
  const stakeholder = newStakeholder(emailPrefix, who);
  await register(page, stakeholder);
  await expect(page).toHaveURL(/\/(\?welcome)?$/);
  return stakeholder.email;
}

test("a stakeholder registers, signs out and signs in again; the header shows who", async ({ page }) => {
  const email = uniqueEmail("amina");
  await page.goto("/");
  await ready(page);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Register" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Register as a stakeholder" })).toBeVisible();
  await expectNoAxeViolations(page);
  await submitRegistration(page, { email, password, name: "Amina Diallo", group: "Civil society", country: "Senegal" });
  await expectSignedInAtHome(page, "Signed in as Amina Diallo (Stakeholder)");

  await signOut(page);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav).not.toContainText("Amina Diallo");

  await nav.getByRole("link", { name: "Sign in" }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("E-mail").fill(email.toUpperCase());
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(nav).toContainText("Signed in as Amina Diallo");

  // The session is a cookie the server knows: a reload keeps the person signed in.
  await page.reload();
  await expect(page.getByRole("navigation", { name: "Main" })).toContainText("Amina Diallo");
});

test("a wrong password says so and keeps the e-mail typed", async ({ page }) => {
  await page.goto("/sign-in");
  await ready(page);
  await page.getByLabel("E-mail").fill("civil@demo.consult.example");
  await page.getByLabel("Password").fill("this is not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText(
    "The e-mail address or the password is not correct.",
  );
  await expect(page.getByLabel("E-mail")).toHaveValue("civil@demo.consult.example");
  await expectNoAxeViolations(page);
});

test("a duplicate e-mail is refused beside the field, and what was typed stays", async ({ page }) => {
  await page.goto("/register");
  await ready(page);
  await submitRegistration(page, {
    email: "Government@Demo.Consult.Example",
    password,
    name: "Someone Else",
    group: "Government",
    country: "Brazil",
    organisation: "Ministério das Comunicações",
  });

  const email = page.getByLabel("E-mail");
  // Beside the field, and in the summary as a link to it.
  await expect(page.locator("#email-error")).toHaveText("An account with this e-mail address already exists.");
  await expect(page.getByRole("link", { name: "E-mail: An account with this e-mail address already exists." })).toHaveAttribute("href", "#email");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveValue("Government@Demo.Consult.Example");
  await expect(page.getByLabel("Organisation", { exact: true })).toHaveValue("Ministério das Comunicações");
  await expect(page.getByLabel("Country")).toHaveValue("BR");
  await expectNoAxeViolations(page);
});

test("the profile shows the account, saves changes, and signs out on every device", async ({ page, browser, baseURL }) => {
  const email = await registerNew(page, "kenji", { name: "Kenji Watanabe", group: "Private sector", country: "Japan" });

  await page.getByRole("link", { name: "Profile" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your profile" })).toBeVisible();
  await expectReflowAt320(page);
  await expect(page.getByText(email)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Organisation", { exact: true }).fill("Asia-Pacific Carriers");
  await page.getByLabel("On behalf of my organisation").check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Your profile has been saved.");
  await page.reload();
  await expect(page.getByLabel("Organisation", { exact: true })).toHaveValue("Asia-Pacific Carriers");
  await expect(page.getByLabel("On behalf of my organisation")).toBeChecked();

  // Signed in on a second device too; "sign out on every device" ends both.
  const other = await browser.newContext({ baseURL });
  const otherPage = await other.newPage();
  await signIn(otherPage, email, "Kenji Watanabe", { password, hydrate: true });
  await page.getByRole("button", { name: "Sign out on every device" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  await otherPage.goto("/profile");
  await expect(otherPage.getByText("Please sign in to see your profile.")).toBeVisible();
  await other.close();
});

test("a stakeholder downloads everything held about them from the profile", async ({ page }) => {
  const email = await registerNew(page, "aroha", { name: "Aroha Ngata", group: "Civil society", country: "New Zealand" });
  await page.goto("/profile");
  await ready(page);
  await expect(page.getByRole("heading", { name: "Your data" })).toBeVisible();
  const saved = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download my data (JSON)" }).click();
  const download = await saved;
  expect(download.suggestedFilename()).toBe("consult-my-data.json");
  const data = JSON.parse(readFileSync(await download.path(), "utf8"));
  expect(data.account.email).toBe(email);
  expect(data.account.display_name).toBe("Aroha Ngata");
  expect(data.sessions.length).toBe(1);
  expect(JSON.stringify(data)).not.toContain("argon2");
});

test("the profile asks visitors to sign in", async ({ page }) => {
  await page.goto("/profile");
  await expect(page.getByText("Please sign in to see your profile.")).toBeVisible();
});
