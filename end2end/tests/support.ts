import { expect, Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { verifyAddress } from "./mail";

/** The password every demo account has in the end-to-end server (scripts/e2e-server.sh). */
export const DEMO_PASSWORD = "e2e demo pass phrase";

/** How to sign in: the password (the demo one unless given), and whether to wait for the page's script first. */
export interface SignInOptions {
  password?: string;
  hydrate?: boolean;
}

/** Signs in as `email` (a demo account unless a password is given), and waits until the menu names it (`shownAs`). */
export async function signIn(page: Page, email: string, shownAs: string, options: SignInOptions = {}): Promise<void> {
  const { password = DEMO_PASSWORD, hydrate = false } = options;
  await page.goto("/sign-in");
  if (hydrate) {
    await ready(page);
  }
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toContainText(shownAs);
}

/** A unique e-mail per test run, so tests never collide with earlier registrations. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;
}

/**
 * Waits until the page's script has run: the WASM of the desk's pages (which marks <body>
 * `data-hydrated`) or the small script of every plain page (`data-enhanced`).
 */
export async function ready(page: Page): Promise<void> {
  await expect(page.locator("body[data-hydrated='true'], body[data-enhanced='true']")).toHaveCount(1);
}

/** Fails the test if the page, as it is now, scrolls sideways at 320 px (WCAG 1.4.10). */
export async function expectReflowAt320(page: Page): Promise<void> {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (before) await page.setViewportSize(before);
  expect(width, "page width at 320 px").toBeLessThanOrEqual(320);
}

/** Fails the test if axe finds any WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Once in a few dozen runs, the <title> of a lazy route is briefly absent while its code
  // hydrates (leptos_meta); a page that never gets one still fails here.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(summary, "axe violations").toEqual([]);
}

export interface Registration {
  email: string;
  password: string;
  name: string;
  group: string;
  country: string;
  organisation?: string;
}

/** Fills the registration form as a person would, by the labels. */
export async function fillRegistration(page: Page, r: Registration): Promise<void> {
  await page.getByLabel("E-mail").fill(r.email);
  await page.getByLabel("Password").fill(r.password);
  await page.getByLabel("Name", { exact: false }).first().fill(r.name);
  await page.getByLabel("Stakeholder group").selectOption({ label: r.group });
  await page.getByLabel("Country").selectOption({ label: r.country });
  if (r.organisation) {
    await page.getByLabel("Organisation", { exact: true }).fill(r.organisation);
  }
}

/** The password of the stakeholders the tests register. */
export const STAKEHOLDER_PASSWORD = "a long enough pass phrase";

/** Who registers, but for the e-mail and the password. */
export type Person = Omit<Registration, "email" | "password">;

/** A new stakeholder `who`, with a unique e-mail made from `emailPrefix` and `STAKEHOLDER_PASSWORD`. */
export function newStakeholder(emailPrefix: string, who: Person): Registration {
  return { email: uniqueEmail(emailPrefix), password: STAKEHOLDER_PASSWORD, ...who };
}

/** Fills the registration form in as `r` and sends it. */
export async function submitRegistration(page: Page, r: Registration): Promise<void> {
  await fillRegistration(page, r);
  await page.getByRole("button", { name: "Register" }).click();
}

/** Opens the registration page, waits for its script, registers as `r`, and confirms the
 * address with the link mailed to it, in a second tab as a person would (until then the
 * account's comments wait unseen); `page` stays where registering led. */
export async function register(page: Page, r: Registration): Promise<void> {
  await page.goto("/register");
  await ready(page);
  await submitRegistration(page, r);
  await expect(page.getByRole("navigation", { name: "Main" })).toContainText(r.name);
  const mailTab = await page.context().newPage();
  await verifyAddress(mailTab, r.email);
  await mailTab.close();
}

/** Checks the newcomer has landed on the home page, signed in and welcomed: the menu says `shownAs`. */
export async function expectSignedInAtHome(page: Page, shownAs: string): Promise<void> {
  await expect(page).toHaveURL(/\/(\?welcome)?$/);
  await expect(page.getByRole("status")).toContainText("Welcome: your account is ready and you are signed in.");
  await expect(page.getByRole("navigation", { name: "Main" })).toContainText(shownAs);
}

/** Signs out from the menu, and waits until it offers to sign in again. */
export async function signOut(page: Page): Promise<void> {
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("button", { name: "Sign out" }).click();
  await expect(nav.getByRole("link", { name: "Sign in" })).toBeVisible();
}
