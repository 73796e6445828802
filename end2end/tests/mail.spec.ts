import { expect, test } from "@playwright/test";
import { linkIn, mailTo } from "./mail";
import { expectNoAxeViolations, ready, newStakeholder, signIn, signOut, STAKEHOLDER_PASSWORD, submitRegistration } from "./support";

const PAPER = "/consultations/wgig-2005-february/papers/WP-SPAM";

test("a newcomer confirms their address from the mail, comments, and is told when it is published", async ({ page, browser, baseURL }) => {
  const stamp = Date.now();
  const who = newStakeholder("newcomer", { name: "Kwame Mensah", group: "Civil society", country: "Ghana" });
  await page.goto("/register");
  await ready(page);
  await submitRegistration(page, who);
  await expect(page.getByRole("navigation", { name: "Main" })).toContainText("Kwame Mensah");

  // Before the address is confirmed, a comment waits outside the secretariat's queue.
  await page.goto(`${PAPER}/comment?p=1.1`);
  await ready(page);
  await page.getByLabel("Your comment").fill(`Filtering must not block legitimate mail, comment ${stamp}.`);
  await page.getByLabel("With my name and organisation").check();
  await page.getByRole("button", { name: "Submit the comment" }).click();
  const receiptStatus = page.getByRole("status");
  await expect(receiptStatus).toContainText(/C-\d{4}-\d{6}/);
  const reference = (await receiptStatus.textContent())?.match(/C-\d{4}-\d{6}/)?.[0] ?? "";
  await expect(page.getByText("Waiting for you to confirm your e-mail address")).toBeVisible();

  // The receipt came, with the reference and the "not me" link; it is multipart.
  const receipt = await mailTo(who.email, new RegExp(`Comment ${reference} received`));
  expect(receipt.text).toContain("Your e-mail address is not confirmed yet");
  expect(receipt.html).toContain(reference);
  linkIn(receipt, "/not-me?token=");

  const desk = await browser.newContext({ baseURL });
  const deskPage = await desk.newPage();
  await signIn(deskPage, "secretariat@demo.consult.example", "Signed in as", { hydrate: true });
  await deskPage.goto(`/desk?q=${stamp}`);
  await ready(deskPage);
  await expect(deskPage.getByRole("article", { name: reference })).toHaveCount(0);

  // The verification link confirms the address; the comment reaches the queue.
  const verification = await mailTo(who.email, /Confirm your e-mail address/);
  await page.goto(linkIn(verification, "/verify-email?token="));
  await expect(page.getByRole("status")).toContainText("your e-mail address is confirmed");
  await expectNoAxeViolations(page);
  // A link works once.
  await page.goto(linkIn(verification, "/verify-email?token="));
  await expect(page.getByRole("alert")).toContainText("This link has expired or was already used");

  await deskPage.goto(`/desk?q=${stamp}`);
  await ready(deskPage);
  const item = deskPage.getByRole("article", { name: reference });
  await item.getByRole("button", { name: "Publish" }).click();
  await expect(item).toHaveCount(0);
  await desk.close();

  const notice = await mailTo(who.email, new RegExp(`Your comment ${reference} is published`));
  expect(notice.text).toContain("Kwame Mensah");
  const unsubscribe = String(notice.headers["list-unsubscribe"] ?? "");
  expect(unsubscribe).toMatch(/^<http:\/\/127\.0\.0\.1:\d+\/notices\/off\?token=[0-9a-f]+>$/);
  expect(String(notice.headers["list-unsubscribe-post"] ?? "")).toBe("List-Unsubscribe=One-Click");
  // One click (as a mail program does it) turns the notices off.
  const off = await page.request.post(unsubscribe.slice(1, -1), { form: { "List-Unsubscribe": "One-Click" } });
  expect(off.status()).toBe(200);
});

test("a forgotten password is replaced from the mailed link, once, and the old sessions end", async ({ page, browser, baseURL }) => {
  const who = newStakeholder("forgetful", { name: "Lena Novak", group: "Academic and technical community", country: "Slovenia" });
  await page.goto("/register");
  await ready(page);
  await submitRegistration(page, who);
  await expect(page.getByRole("navigation", { name: "Main" })).toContainText("Lena Novak");

  const other = await browser.newContext({ baseURL });
  const otherPage = await other.newPage();
  await otherPage.goto("/sign-in");
  await otherPage.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(otherPage.getByRole("heading", { level: 1 })).toHaveText("Forgot your password?");
  await ready(otherPage);
  await expectNoAxeViolations(otherPage);
  await otherPage.getByLabel("E-mail").fill(who.email);
  await otherPage.getByRole("button", { name: "Send the link" }).click();
  await expect(otherPage.getByRole("status")).toContainText("If an account uses this address");

  // An address without an account gets the same answer, and no mail.
  await otherPage.goto("/forgot-password");
  await ready(otherPage);
  await otherPage.getByLabel("E-mail").fill(`nobody-${Date.now()}@example.org`);
  await otherPage.getByRole("button", { name: "Send the link" }).click();
  await expect(otherPage.getByRole("status")).toContainText("If an account uses this address");

  const mail = await mailTo(who.email, /Choose a new password/);
  const link = linkIn(mail, "/reset-password?token=");
  await otherPage.goto(link);
  await ready(otherPage);
  const newPassword = `${STAKEHOLDER_PASSWORD} renewed`;
  await otherPage.getByLabel("Password").fill(newPassword);
  await otherPage.getByRole("button", { name: "Save the new password" }).click();
  await expect(otherPage).toHaveURL(/\/sign-in\?reset=1/);
  await mailTo(who.email, /Your password was changed/);

  // The link is spent; the first browser's session ended; the new password works.
  await otherPage.goto(link);
  await expect(otherPage.getByRole("alert")).toContainText("This link has expired or was already used");
  await page.reload();
  await expect(page.getByRole("navigation", { name: "Main" })).not.toContainText("Lena Novak");
  await signIn(otherPage, who.email, "Lena Novak", { password: newPassword });
  await other.close();
});

test("the owner of an address says a comment was not theirs, without signing in", async ({ page, browser, baseURL }) => {
  const stamp = Date.now();
  const who = newStakeholder("impersonated", { name: "Tomás Ruiz", group: "Private sector", country: "Chile" });
  await page.goto("/register");
  await ready(page);
  await submitRegistration(page, who);
  await expect(page.getByRole("navigation", { name: "Main" })).toContainText("Tomás Ruiz");
  await page.goto(`${PAPER}/comment?p=1.1`);
  await ready(page);
  await page.getByLabel("Your comment").fill(`Written in someone else's name, comment ${stamp}.`);
  await page.getByLabel("Anonymously").check();
  await page.getByRole("button", { name: "Submit the comment" }).click();
  const reference = ((await page.getByRole("status").textContent()) ?? "").match(/C-\d{4}-\d{6}/)?.[0] ?? "";
  await signOut(page);

  const receipt = await mailTo(who.email, new RegExp(`Comment ${reference} received`));
  const owner = await browser.newContext({ baseURL });
  const ownerPage = await owner.newPage();
  await ownerPage.goto(linkIn(receipt, "/not-me?token="));
  await expect(ownerPage.getByRole("heading", { level: 1 })).toHaveText("A comment you did not send");
  await expect(ownerPage.getByText(reference)).toBeVisible();
  await ownerPage.getByRole("button", { name: "I did not send this comment" }).click();
  await expect(ownerPage.getByRole("status")).toContainText("The comment is withdrawn from publication");
  await owner.close();

  // The secretariat sees it flagged in its log.
  await signIn(page, "secretariat@demo.consult.example", "Signed in as", { hydrate: true });
  await page.goto(`/desk?q=${stamp}`);
  await ready(page);
  await expect(page.getByRole("article", { name: reference })).toContainText("Reported as not sent by its author");
});
