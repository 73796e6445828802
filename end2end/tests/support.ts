import { expect, Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/** The password every demo account has in the end-to-end server (scripts/e2e-server.sh). */
export const DEMO_PASSWORD = "e2e demo pass phrase";

/** Signs in as a demo account, and waits until the menu names it (`shownAs`). */
export async function signIn(page: Page, email: string, shownAs: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toContainText(shownAs);
}

/** A unique e-mail per test run, so tests never collide with earlier registrations. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;
}

/** Waits until the WASM has hydrated the page (the app marks <body> when it has). */
export async function hydrated(page: Page): Promise<void> {
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
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
