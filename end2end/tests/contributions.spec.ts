import { expect, Page, test } from "@playwright/test";
import * as path from "node:path";
import { expectNoAxeViolations, expectReflowAt320, ready, signIn } from "./support";

const CONSULTATION = "/consultations/wgig-2005-february";
const FIXTURES = path.join(__dirname, "../../app/tests/fixtures/documents");

/** Sends the contribution form as it is filled on `page`, with these files. */
async function fillContribution(page: Page, title: string, files: string[]): Promise<void> {
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Summary").fill("The ministry supports capacity building and the multistakeholder model.");
  await page.getByLabel("Files").setInputFiles(files.map((f) => path.join(FIXTURES, f)));
  await page.getByLabel("Working paper it concerns").selectOption({ index: 1 });
  await page.getByLabel("With my name and organisation").check();
  await page.getByRole("button", { name: "Send the contribution" }).click();
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a stakeholder sends a position paper; a refused file comes back named, with the form as sent", async ({ page }) => {
    const title = `Position of the Ministry ${Date.now()}`;
    await signIn(page, "government@demo.consult.example", "Signed in as");
    await page.goto(CONSULTATION);
    await page.getByRole("link", { name: "Send a contribution" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Send a contribution to");

    // A PDF with a script is refused: the summary names it, the title comes back.
    await fillContribution(page, title, ["javascript.pdf"]);
    const summary = page.locator(".error-summary");
    await expect(summary).toContainText("There is a problem");
    await expect(page).toHaveTitle(/^Error: .*Send a contribution/);
    await expect(summary).toContainText("“javascript.pdf” contains scripts");
    await expect(page.getByLabel("Title")).toHaveValue(title);

    await page.getByLabel("Files").setInputFiles(path.join(FIXTURES, "position.pdf"));
    await page.getByRole("button", { name: "Send the contribution" }).click();
    const received = page.getByRole("status").filter({ hasText: "Thank you" });
    await expect(received).toContainText(/reference C-\d{6}/);
    await expect(page.getByText("Waiting for the secretariat")).toBeVisible();
    await expect(page.getByRole("link", { name: "position.pdf" })).toBeVisible();
    await expect(page.locator(".files")).toContainText("PDF · ");
    await expect(page.locator(".files")).toContainText("2 pages");
    await expectReflowAt320(page);
  });
});

test("the secretariat reads the text of a contribution, publishes it, and a visitor finds it", async ({ page, browser, baseURL }) => {
  const title = `Capacity building statement ${Date.now()}`;
  // A stakeholder sends it (the form needs no script either way).
  const sender = await browser.newContext({ baseURL });
  const senderPage = await sender.newPage();
  await signIn(senderPage, "civil@demo.consult.example", "Signed in as");
  await senderPage.goto(`${CONSULTATION}/contribute`);
  await ready(senderPage);
  await expectNoAxeViolations(senderPage);
  // An empty file is refused; the form comes back with a summary that links to the field.
  await fillContribution(senderPage, title, ["empty.txt"]);
  await expect(senderPage.locator(".error-summary")).toContainText("“empty.txt” is empty.");
  await expectNoAxeViolations(senderPage);
  await expectReflowAt320(senderPage);
  await fillContribution(senderPage, title, ["position.docx", "notes.md"]);
  const reference = ((await senderPage.getByRole("status").filter({ hasText: "Thank you" }).textContent()) ?? "").match(/C-\d{6}/)?.[0] ?? "";
  expect(reference).not.toBe("");
  await sender.close();

  await signIn(page, "secretariat@demo.consult.example", "Signed in as", { hydrate: true });
  await page.goto("/desk/contributions");
  await ready(page);
  const item = page.getByRole("article", { name: reference });
  await expect(item).toContainText(title);
  await item.getByText("Text read from position.docx").click();
  await expect(item).toContainText("Multistakeholder governance of the Internet");
  await expectNoAxeViolations(page);
  await item.getByRole("button", { name: "Publish" }).click();
  await expect(item).toHaveCount(0);

  // The drafters find it in the digest, with the text read from its files.
  await page.goto("/digests/wgig-2005-february");
  const section = page.locator("section").filter({ has: page.getByRole("heading", { name: "Contributions", exact: true }) });
  await expect(section.getByRole("link", { name: title })).toBeVisible();
  await expect(section).toContainText("Multistakeholder governance of the Internet");

  // A visitor: the consultation's contributions, the contribution, its file, and search.
  const visitor = await browser.newContext({ baseURL });
  const v = await visitor.newPage();
  await v.goto(CONSULTATION);
  await v.getByRole("link", { name: /Contributions \(documents\)/ }).click();
  await v.getByRole("link", { name: title }).click();
  await expect(v.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(v.locator(".attribution")).toContainText("Civil society");
  await expectNoAxeViolations(v);
  const href = await v.getByRole("link", { name: "position.docx" }).getAttribute("href");
  const file = await v.request.get(href ?? "");
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toContain("wordprocessingml");
  expect(file.headers()["content-disposition"]).toMatch(/^attachment; filename="position.docx"/);
  expect(file.headers()["content-security-policy"]).toContain("sandbox");
  await v.goto(`/search?q=${encodeURIComponent("Multistakeholder governance")}`);
  await expect(v.getByRole("heading", { name: "Contributions" })).toBeVisible();
  await expect(v.getByRole("link", { name: title })).toBeVisible();
  await visitor.close();
});
