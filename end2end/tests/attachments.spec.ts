import { expect, Page, test } from "@playwright/test";
import * as path from "node:path";
import { expectNoAxeViolations, ready, newStakeholder, register, signIn } from "./support";

const PAPER = "/consultations/wgig-2005-february/papers/WP-SPAM";
const FIXTURES = path.join(__dirname, "../../app/tests/fixtures/documents");

/** Fills the comment form on paragraph 1.1 with `body` and these files, and sends it. */
async function sendComment(page: Page, body: string, files: string[]): Promise<void> {
  await page.getByLabel("Your comment").fill(body);
  await page.getByLabel("Attach documents (optional)").setInputFiles(files.map((f) => path.join(FIXTURES, f)));
  await page.getByLabel("With my name and organisation").check();
  await page.getByRole("button", { name: "Submit the comment" }).click();
}

test("a stakeholder attaches a PDF to a comment; once published, a visitor downloads it", async ({ page, browser, baseURL }) => {
  const stamp = Date.now();
  const body = `Our position paper on unsolicited e-mail is attached, comment ${stamp}.`;
  await register(page, newStakeholder("attach", { name: "Amina Diallo", group: "Civil society", country: "Senegal" }));
  await page.goto(`${PAPER}/comment?p=1.1`);
  await ready(page);
  await expectNoAxeViolations(page);

  // A file with a script is refused by name; the text comes back as typed.
  await sendComment(page, body, ["javascript.pdf"]);
  await expect(page.locator("#files-error")).toContainText("“javascript.pdf” contains scripts");
  await expect(page.getByLabel("Your comment")).toHaveValue(body);

  await sendComment(page, body, ["position.pdf"]);
  const receipt = page.getByRole("status");
  await expect(receipt).toContainText(/C-\d{4}-\d{6}/);
  const reference = (await receipt.textContent())?.match(/C-\d{4}-\d{6}/)?.[0] ?? "";
  await expect(page.getByText("Attached documents")).toBeVisible();
  await expect(page.getByRole("link", { name: "position.pdf" })).toBeVisible();
  await expect(page.locator(".attachments .files")).toContainText("2 pages");
  await page.screenshot({ path: "test-results/attachment-receipt.png", fullPage: true });

  // The secretariat reads the text taken from the PDF on the desk and publishes.
  const desk = await browser.newContext({ baseURL });
  const deskPage = await desk.newPage();
  await signIn(deskPage, "secretariat@demo.consult.example", "Signed in as", { hydrate: true });
  await deskPage.goto(`/desk?q=${stamp}`);
  await ready(deskPage);
  const item = deskPage.getByRole("article", { name: reference });
  await expect(item.getByRole("link", { name: "position.pdf" })).toBeVisible();
  await item.getByText("Text read from position.pdf").click();
  await expect(item).toContainText("Multistakeholder governance of the Internet");
  await expectNoAxeViolations(deskPage);
  await item.getByRole("button", { name: "Publish" }).click();
  await expect(item).toHaveCount(0);
  await desk.close();

  // A visitor reads the comment on the paper page and downloads its PDF.
  const visitor = await browser.newContext({ baseURL });
  const visitorPage = await visitor.newPage();
  await visitorPage.goto(`${PAPER}?p=1.1`);
  const comment = visitorPage.getByRole("article", { name: reference });
  const link = comment.getByRole("link", { name: "position.pdf" });
  await expect(link).toBeVisible();
  const href = (await link.getAttribute("href")) ?? "";
  const download = await visitorPage.request.get(href);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect((await download.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await expectNoAxeViolations(visitorPage);
  await visitor.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the comment form sends its files as a plain form, and refuses an empty one by name", async ({ page }) => {
    const body = `Notes from our national consultation are attached, comment ${Date.now()}.`;
    await signIn(page, "civil@demo.consult.example", "Signed in as");
    await page.goto(`${PAPER}/comment?p=1.1`);
    await sendComment(page, body, ["empty.txt"]);
    await expect(page.locator("#files-error")).toContainText("“empty.txt” is empty.");
    await expect(page.getByLabel("Your comment")).toHaveValue(body);
    await sendComment(page, body, ["notes.md", "position.odt"]);
    await expect(page.getByRole("status")).toContainText(/C-\d{4}-\d{6}/);
    await expect(page.getByRole("link", { name: "notes.md" })).toBeVisible();
    await expect(page.getByRole("link", { name: "position.odt" })).toBeVisible();
  });
});
