import { expect, Page, test } from "@playwright/test";
import { verifyAddress } from "./mail";
import {
  DEMO_PASSWORD,
  expectNoAxeViolations,
  expectReflowAt320,
  fillRegistration,
  newStakeholder,
  ready,
  register,
  signIn,
} from "./support";

const PAPER = "/consultations/wgig-2005-february/papers/WP-ROOT";

/** A phone on a slow mobile network: 400 kbps down, 400 ms round trip (Chrome's CDP). */
async function slowPhone(page: Page): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 400,
    downloadThroughput: (400 * 1024) / 8,
    uploadThroughput: (400 * 1024) / 8,
  });
}

test("a newcomer on a slow phone goes from a paragraph to a receipt, welcomed on the way", async ({ page }) => {
  await slowPhone(page);
  await page.goto(`${PAPER}#p-2.1`);
  // The way to comment is on the paragraph itself.
  await page.getByRole("link", { name: "Comment on paragraph 2.1", exact: true }).click();
  await expect(page).toHaveURL(/\/comment\?p=2\.1$/);
  // The paragraph's text is above the invitation to sign in.
  const quoted = page.getByRole("figure").filter({ hasText: "Paragraph 2.1" });
  await expect(quoted).toContainText("There are thirteen root server identities");
  await page.getByRole("main").getByRole("link", { name: "Register" }).click();
  await ready(page);
  const person = newStakeholder("newcomer", { name: "Nilufar Rahman", group: "Civil society", country: "Bangladesh" });
  await fillRegistration(page, person);
  await page.getByRole("button", { name: "Register" }).click();
  // Back on the form of their paragraph, told their account is ready.
  await expect(page).toHaveURL(/\/comment\?p=2\.1(&welcome)?$/);
  await expect(page.getByRole("status").filter({ hasText: "Welcome" })).toContainText("your account is ready");
  await expect(page.getByRole("figure").filter({ hasText: "Paragraph 2.1" })).toBeVisible();
  await expect(page.getByLabel("Paragraph", { exact: true })).toHaveValue("2.1");
  await ready(page);
  // Shown once: the script takes the notice out of the address, so a reload does not repeat it.
  await expect(page).toHaveURL(/\/comment\?p=2\.1$/);
  await page.getByLabel("Your comment").fill("From a slow phone in Dhaka: the root server system needs more anycast instances in South Asia.");
  await page.getByLabel("Anonymously (stakeholder group and country only)").check();
  // The server takes its time: the button says the form is being sent, and a second
  // press sends nothing.
  let posts = 0;
  let posted = () => {};
  const first = new Promise<void>((done) => (posted = done));
  await page.route("**/comments", async (route) => {
    posts += 1;
    posted();
    await new Promise((done) => setTimeout(done, 1500));
    await route.continue();
  });
  // What the button says right after the press.
  const pressed = await page.evaluate(() => {
    const button = document.querySelector<HTMLButtonElement>("form.comment-form button[type=submit]");
    button?.click();
    return [button?.textContent, button?.getAttribute("aria-disabled"), button?.form?.getAttribute("aria-busy")];
  });
  expect(pressed).toEqual(["Sending…", "true", "true"]);
  // Pressed again while the first post is on its way, as on a slow phone: nothing more is sent.
  await first;
  await page
    .evaluate(() => document.querySelector<HTMLButtonElement>("form.comment-form button[type=submit]")?.click())
    .catch(() => undefined);
  await expect(page.getByRole("status").filter({ hasText: "received" })).toContainText(/C-\d{4}-\d{6}/);
  expect(posts).toBe(1);
  await expectReflowAt320(page);
  await expectNoAxeViolations(page);
  const mailTab = await page.context().newPage();
  await verifyAddress(mailTab, person.email);
});

test("a refused registration lists its problems as links to the fields, takes focus and says so in the title", async ({ page }) => {
  await page.goto("/register");
  await ready(page);
  // Nothing filled in: no bubbles of the browser, the server is the judge.
  await page.getByRole("button", { name: "Register" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  const link = summary.getByRole("link", { name: /^E-mail: / });
  await expect(link).toHaveAttribute("href", "#email");
  for (const name of [/^Password: /, /^Name: /, /^Stakeholder group: /, /^Country: /]) {
    await expect(summary.getByRole("link", { name })).toBeVisible();
  }
  // Each link leads to its field, marked invalid and described by its message.
  for (const href of await summary.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")))) {
    await expect(page.locator(href ?? "")).toHaveCount(1);
  }
  await link.click();
  await expect(page.locator("#email")).toBeFocused();
  await expect(page.locator("#email")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
});

test("the desk marks a refused decision on its card, keeps the moderator's place and announces success", async ({ page, browser, baseURL }) => {
  const stamp = Date.now();
  const author = await browser.newContext({ baseURL });
  const authorPage = await author.newPage();
  await register(authorPage, newStakeholder("guards", { name: "Olu Adeyemi", group: "Academic and technical community", country: "Nigeria" }));
  // Three texts unlike each other (alike, they would become one campaign's card).
  const texts = [
    "Universities in West Africa should host more root server instances",
    "The procedures for redelegation deserve published criteria and deadlines",
    "Operators could disclose capacity figures without weakening their security",
  ];
  const references: string[] = [];
  for (const n of [1, 2, 3]) {
    await authorPage.goto(`${PAPER}/comment?p=1.${n}`);
    // Words of this run only: a run repeated on the same server would otherwise join the earlier run's campaign.
    const own = Array.from({ length: 12 }, () => Math.random().toString(36).slice(2, 8)).join(" ");
    await authorPage.getByLabel("Your comment").fill(`${texts[n - 1]} (${stamp}): ${own}.`);
    await authorPage.getByLabel("With my name and organisation").check();
    await authorPage.getByRole("button", { name: "Submit the comment" }).click();
    const receipt = authorPage.getByRole("status").filter({ hasText: "received" });
    references.push((await receipt.textContent())?.match(/C-\d{4}-\d{6}/)?.[0] ?? "");
  }
  await author.close();

  await signIn(page, "secretariat@demo.consult.example", "Signed in as", { hydrate: true });
  await page.setViewportSize({ width: 1280, height: 500 });
  await page.goto(`/desk?q=${stamp}`);
  await ready(page);
  const last = page.getByRole("article", { name: references[2] });
  await last.scrollIntoViewIfNeeded();
  await last.getByRole("button", { name: "Reject", exact: true }).click();
  // The problem is on this card, at its reason; the page has not jumped to the top.
  const reason = last.getByLabel("Reason", { exact: true });
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(last.getByRole("alert")).toHaveText("This field is required.");
  await expect(last).toBeInViewport();
  // A reason of their own, and Enter: the card is rejected (the form's first button would publish).
  await last.getByLabel("Other reason").fill("Sent twice by mistake");
  await last.getByLabel("Other reason").press("Enter");
  await expect(last).toHaveCount(0);
  await expect(page.locator(".desk-status")).toHaveText("Saved: 1 comment decided.");
  await page.getByRole("article", { name: references[0] }).getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.locator(".desk-status")).toHaveText("Saved: 1 comment decided.");
  await expect(page.getByRole("article", { name: references[0] })).toHaveCount(0);
  await expectNoAxeViolations(page);
  // What readers see: the published comment, not the rejected one.
  await page.goto(`${PAPER}?p=1.1`);
  await expect(page.getByRole("main")).toContainText(texts[0]);
  await page.goto(`${PAPER}?p=1.3`);
  await expect(page.getByRole("main")).not.toContainText(texts[2]);
});

test("an administrator confirms a suspension and is offered nothing on their own account", async ({ page, browser, baseURL }) => {
  const other = await browser.newContext({ baseURL });
  const otherPage = await other.newPage();
  const person = newStakeholder("haddad", { name: "Sami Haddad", group: "Private sector", country: "Lebanon" });
  await register(otherPage, person);

  await signIn(page, "admin@e2e.consult.example", "Ada Administrator", { hydrate: true });
  await page.goto(`/admin/accounts?q=${encodeURIComponent(person.email)}`);
  await ready(page);
  const row = page.getByRole("row", { name: /Sami Haddad/ });
  // One click opens the question; only the second suspends.
  await row.getByText("Suspend…").click();
  await expect(row).toContainText("signed out everywhere");
  await expect(row.locator(".badge")).toHaveCount(0);
  await row.getByRole("button", { name: "Yes, suspend" }).click();
  await expect(page.getByRole("row", { name: /Sami Haddad/ }).locator(".badge")).toHaveText("suspended");
  await otherPage.reload();
  await expect(otherPage.getByRole("navigation", { name: "Main" })).not.toContainText("Sami Haddad");
  await other.close();

  await page.goto("/admin/accounts?q=admin%40e2e");
  await ready(page);
  const own = page.getByRole("row", { name: /Ada Administrator/ });
  await expect(own).toContainText("Your own account");
  await expect(own.getByRole("button")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("withdrawing a comment asks first", async ({ page }) => {
    await signIn(page, "academic@demo.consult.example", "Priya Raman", { password: DEMO_PASSWORD });
    await page.goto(`${PAPER}/comment?p=3.1`);
    await page.getByLabel("Your comment").fill("A comment to withdraw, sent without JavaScript, long enough.");
    await page.getByLabel("With my name and organisation").check();
    await page.getByRole("button", { name: "Submit the comment" }).click();
    await expect(page.getByRole("status")).toContainText("received");
    await page.getByText("Withdraw the comment…").click();
    await expect(page.getByRole("main")).toContainText("A withdrawn comment is never published");
    await expect(page.getByText("Pending review")).toBeVisible();
    await page.getByRole("button", { name: "Yes, withdraw it" }).click();
    await expect(page.getByRole("status")).toContainText("withdrawn");
  });
});
