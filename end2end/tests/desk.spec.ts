import { Browser, expect, Page, test } from "@playwright/test";
import { expectNoAxeViolations, ready, newStakeholder, register, signIn } from "./support";

const SPAM_PAPER = "/consultations/wgig-2005-february/papers/WP-SPAM";

/** Signs in as a demo account once the sign-in page has ready. */
async function signInDemo(page: Page, email: string): Promise<void> {
  await signIn(page, email, "Signed in as", { hydrate: true });
}

/** A new stakeholder submits a comment on WP-SPAM 1.1; returns its reference. */
async function submitComment(browser: Browser, baseURL: string | undefined, body: string): Promise<{ page: Page; reference: string }> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await register(page, newStakeholder("desk", { name: "Tomás Alvarez", group: "Private sector", country: "Chile" }));
  await expect(page.getByRole("navigation", { name: "Main" })).toContainText("Tomás Alvarez");
  await page.goto(`${SPAM_PAPER}/comment?p=1.1`);
  await ready(page);
  await page.getByLabel("Your comment").fill(body);
  await page.getByLabel("With my name and organisation").check();
  await page.getByRole("button", { name: "Submit the comment" }).click();
  const receipt = page.getByRole("status");
  await expect(receipt).toContainText(/C-\d{4}-\d{6}/);
  const reference = (await receipt.textContent())?.match(/C-\d{4}-\d{6}/)?.[0] ?? "";
  return { page, reference };
}

test("the secretariat publishes with the keyboard, rejects with a reason, and the log keeps both", async ({ page, browser, baseURL }) => {
  const stamp = Date.now();
  const good = await submitComment(browser, baseURL, `Spam filtering must respect due process, comment ${stamp}.`);
  const bad = await submitComment(browser, baseURL, `Buy cheap watches at our shop, comment ${stamp}.`);

  await signInDemo(page, "secretariat@demo.consult.example");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Secretariat desk" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Moderation queue");
  await ready(page);
  // The desk offers what the secretariat may use: not the administrators' accounts.
  const deskNav = page.getByRole("navigation", { name: "Secretariat desk" });
  await expect(deskNav.getByRole("link", { name: "Audit log" })).toBeVisible();
  await expect(deskNav.getByRole("link", { name: "Accounts" })).toHaveCount(0);
  await page.getByLabel("Words in the comment or the author's name").fill(`comment ${stamp}`);
  await page.getByRole("button", { name: "Show" }).click();
  const goodItem = page.getByRole("article", { name: good.reference });
  const badItem = page.getByRole("article", { name: bad.reference });
  await expect(goodItem).toContainText("Tomás Alvarez");
  await expect(goodItem).toContainText("Private sector · Chile");
  await expect(badItem).toBeVisible();
  await expectNoAxeViolations(page);

  // Keyboard review: j goes to the first comment, p publishes it.
  await page.locator("body").press("j");
  await expect(goodItem).toBeFocused();
  await page.keyboard.press("p");
  await expect(goodItem).toHaveCount(0);

  await badItem.getByLabel("Reason", { exact: true }).selectOption("Commercial advertising or spam");
  await badItem.getByRole("button", { name: "Reject" }).click();
  await expect(badItem).toHaveCount(0);
  await expect(page.getByText("Nothing waits for a decision.")).toBeVisible();

  // A visitor now reads the published one; the author of the other sees why.
  await good.page.goto(`${SPAM_PAPER}?p=1.1`);
  await expect(good.page.getByRole("region", { name: "Comments on paragraph 1.1" })).toContainText(`comment ${stamp}`);
  await bad.page.goto("/my/comments");
  const row = bad.page.getByRole("row", { name: new RegExp(bad.reference) });
  await expect(row).toContainText("Not published");
  await expect(row).toContainText("Commercial advertising or spam");

  await page.getByRole("navigation", { name: "Secretariat desk" }).getByRole("link", { name: "Audit log" }).click();
  await page.getByLabel("Reference").fill(bad.reference);
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByRole("row", { name: /Pending review → Not published/ })).toContainText("Secretariat officer");
  await expectNoAxeViolations(page);
});

test("a reader reports a comment and the secretariat hides it", async ({ page, browser, baseURL }) => {
  const stamp = Date.now();
  const posted = await submitComment(browser, baseURL, `Call me on my private number, comment ${stamp}.`);
  await signInDemo(page, "secretariat@demo.consult.example");
  await page.goto(`/desk?q=${stamp}`);
  await ready(page);
  await page.getByRole("article", { name: posted.reference }).getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("article", { name: posted.reference })).toHaveCount(0);

  // Another reader reports it.
  const reader = await browser.newContext({ baseURL });
  const readerPage = await reader.newPage();
  await signInDemo(readerPage, "civil@demo.consult.example");
  await readerPage.goto(`${SPAM_PAPER}?p=1.1`);
  const comment = readerPage.getByRole("article", { name: posted.reference });
  await comment.getByText("Report this comment").click();
  await comment.getByLabel("Personal data").check();
  await comment.getByLabel("Note for the secretariat (optional)").fill("A phone number");
  await comment.getByRole("button", { name: "Send the report" }).click();
  await expect(comment.getByRole("status")).toHaveText("Thank you. The secretariat will look at this comment.");

  await page.goto("/desk?flagged=1");
  const flagged = page.getByRole("article", { name: posted.reference });
  await expect(flagged).toContainText("Personal data × 1 — A phone number");
  await flagged.getByLabel("Or another reason").fill("Contains a telephone number");
  await flagged.getByRole("button", { name: "Hide" }).click();
  await expect(flagged).toHaveCount(0);
  await readerPage.goto(`${SPAM_PAPER}?p=1.1`);
  await expect(readerPage.getByRole("article", { name: posted.reference })).toHaveCount(0);
  await reader.close();
});

test("a stakeholder cannot open the desk", async ({ page }) => {
  await signInDemo(page, "business@demo.consult.example");
  await expect(page.getByRole("link", { name: "Secretariat desk" })).toHaveCount(0);
  await page.goto("/desk");
  await expect(page.getByRole("alert")).toHaveText("You are not allowed to do this.");
});

test("the secretariat drafts a consultation with a paper, previews its numbering, and opens it", async ({ page, browser, baseURL }) => {
  const slug = `draft-${Date.now()}`;
  await signInDemo(page, "secretariat@demo.consult.example");
  await page.goto("/desk/consultations");
  await ready(page);
  await page.getByRole("link", { name: "New consultation" }).click();
  await page.getByLabel("Address").fill(slug);
  await page.getByLabel("Title").fill("Consultation on the draft report");
  await page.getByLabel("Opens").fill("2026-01-01T09:00");
  await page.getByLabel("Closes").fill("2099-12-31T17:00");
  await page.getByLabel("Draft").check();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Save the consultation" }).click();
  await expect(page.getByRole("status")).toHaveText("The consultation has been saved.");

  await page.getByRole("link", { name: "New working paper" }).click();
  await page.getByLabel("Code").fill("WP-REPORT");
  await page.getByLabel("Title").fill("Draft report");
  await page.getByLabel("Issue cluster").selectOption({ label: "Development (capacity building, access, multilingualism)" });
  await page.getByLabel("Text (Markdown)").fill("## Findings\n\nThe first finding.\n\n### Detail\n\nA detail.");
  await page.getByRole("button", { name: "Preview the numbering" }).click();
  const preview = page.getByRole("region", { name: "Preview the numbering" });
  await expect(preview).toContainText("1.2 Detail");
  await expect(preview).toContainText("1.2.1 A detail.");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Save the paper" }).click();
  await expect(page.getByRole("status")).toHaveText("The paper WP-REPORT has been saved.");

  // A draft is nobody's business but the secretariat's.
  const visitor = await browser.newContext({ baseURL });
  const visitorPage = await visitor.newPage();
  const hidden = await visitorPage.goto(`/consultations/${slug}`);
  expect(hidden?.status()).toBe(404);

  await page.getByLabel("Open", { exact: true }).check();
  await page.getByRole("button", { name: "Save the consultation" }).click();
  await expect(page.getByRole("status")).toHaveText("The consultation has been saved.");
  await visitorPage.goto(`/consultations/${slug}/papers/WP-REPORT`);
  await expect(visitorPage.getByRole("heading", { level: 1 })).toContainText("Draft report");
  await expect(visitorPage.locator("#p-1\\.2\\.1")).toContainText("A detail.");
  await visitor.close();
});
