import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, ready, signIn } from "./support";

// Runs last (the files run one after the other, in order): it gives WP-NAMES a version 2.
const NAMES = "/consultations/wgig-2005-february/papers/WP-NAMES";
const EDITOR = "/desk/consultations/wgig-2005-february/papers/WP-NAMES";
const OLD_SENTENCES =
  "Governments take part through the Governmental Advisory Committee, whose role is advisory. Country code top-level domains are run by a wide variety of bodies, from government agencies to private firms and academic institutions, and their relationship with ICANN differs from case to case.";
const NEW_SENTENCE =
  "Governments now share in these decisions through a Governmental Advisory Committee whose advice the Board must answer in writing, and through national consultations held before any redelegation.";

test("the secretariat publishes version 2, confirms the uncertain match, and a visitor finds the earlier comment on the new text", async ({ page, browser, baseURL }) => {
  await signIn(page, "secretariat@demo.consult.example", "Secretariat desk");

  // Paragraph 2.1 has a comment (pending); its text is rewritten in part.
  await page.goto(EDITOR);
  await ready(page);
  // The editor is a lazy route: its code arrives after the page is marked ready.
  await page.waitForLoadState("networkidle");
  const markdown = page.getByLabel("Text (Markdown)");
  const text = await markdown.inputValue();
  expect(text).toContain(OLD_SENTENCES);
  await markdown.fill(text.replace(OLD_SENTENCES, NEW_SENTENCE));
  await page.getByRole("button", { name: "Preview the numbering" }).click();
  const matches = page.getByRole("group", { name: "What becomes of the current version's paragraphs" });
  await expect(matches).toContainText("to check");
  await expect(matches).toContainText(/edited → 2\.1, \d+ % alike/);
  await expectNoAxeViolations(page);

  // Nothing is published until the uncertain match is confirmed.
  await page.getByRole("button", { name: "Save the paper" }).click();
  await expect(matches).toContainText("Check the match marked below and confirm or correct it before saving.");
  const choice = matches.getByLabel("What becomes of paragraph 2.1");
  await expect(choice).toHaveValue(/=$/);
  await choice.selectOption({ index: 1 });
  await page.getByRole("button", { name: "Save the paper" }).click();
  await expect(page.getByText("The paper WP-NAMES has been saved.")).toBeVisible();

  // The secretariat publishes the comment that was waiting.
  await page.goto("/desk?q=clearer+timelines");
  const item = page.getByRole("article").filter({ hasText: "clearer timelines" });
  const deskPage = (await item.getByRole("link", { name: /^C-\d{4}-\d{6}$/ }).getAttribute("href")) ?? "";
  await item.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(item).toHaveCount(0);

  // Its disposition names the change it led to: paragraph 2.1 of version 2.
  await page.goto(deskPage);
  await ready(page);
  await page.getByLabel("Decision").selectOption("accepted");
  await page.getByLabel("Response to the commenter").fill("The timelines are now set out in paragraph 2.1.");
  await page.getByLabel("The change it led to").selectOption({ label: "Paragraph 2.1 of version 2" });
  await page.getByRole("button", { name: "Save the disposition" }).click();
  await page.reload();
  await expect(page.getByLabel("The change it led to")).toHaveValue(/^\d+$/);

  // A visitor reads version 2: the comment is on 2.1, marked with what it was written on.
  const context = await browser.newContext({ baseURL });
  const visitor = await context.newPage();
  await visitor.goto(NAMES);
  await expect(visitor.getByText("Version 2")).toBeVisible();
  await expect(visitor.getByRole("link", { name: /^Paragraph 2\.1:/ })).toContainText("1 comment (1 from an earlier version)");
  await visitor.getByRole("link", { name: /^Paragraph 2\.1:/ }).click();
  const opened = visitor.getByRole("region", { name: "Comments on paragraph 2.1" });
  await expect(opened).toContainText("clearer timelines");
  await opened.getByText("Written on version 1, paragraph 2.1").click();
  await expect(opened.getByRole("blockquote", { name: "The text it was written on" })).toContainText(OLD_SENTENCES);
  await expectNoAxeViolations(visitor);
  await visitor.screenshot({ path: "test-results/version-2-carried-comment.png", fullPage: false });

  // What changed: paragraph 2.1 word by word, with the comment written on its old text.
  await visitor.getByRole("link", { name: "What changed in version 2" }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("WP-NAMES: what changed in version 2");
  const changed = visitor.getByRole("region", { name: "Paragraph 2.1: edited, now 2.1" });
  await expect(changed.locator("del").first()).toContainText("take part");
  await expect(changed.locator("ins").first()).toContainText("now share in these decisions");
  await expect(changed).toContainText("clearer timelines");
  await expect(changed).toContainText("It led to a change in paragraph 2.1 of version 2.");
  await expectNoAxeViolations(visitor);
  await visitor.screenshot({ path: "test-results/version-2-what-changed.png", fullPage: true });

  // The disposition of comments: a table to read, and the same as CSV and DOCX.
  await visitor.getByRole("link", { name: "The disposition of the comments on version 1" }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("WP-NAMES: disposition of the comments on version 1");
  const report = visitor.getByRole("row").filter({ hasText: "clearer timelines" });
  await expect(report).toContainText("Paragraph 2.1: edited, now 2.1");
  await expect(report.getByRole("rowheader")).toHaveText(/^C-\d{4}-\d{6}$/);
  await expectNoAxeViolations(visitor);
  const link = visitor.getByRole("link", { name: "Download as CSV (spreadsheet)" });
  const csv = await visitor.request.get((await link.getAttribute("href")) ?? "");
  expect(csv.headers()["content-disposition"]).toBe('attachment; filename="dispositions-wp-names-v2.csv"');
  const lines = (await csv.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(lines[0]).toBe("reference,paper,version,paragraph,what_became_of_it,now_paragraph,attribution,submitted_at,disposition,response,changed_version,changed_paragraph,body");
  const row = lines.find((l) => l.includes("clearer timelines")) ?? "";
  expect(row).toMatch(/^C-\d{4}-\d{6},WP-NAMES,1,2\.1,edited,2\.1,/);
  expect(row).toContain(",accepted,The timelines are now set out in paragraph 2.1.,2,2.1,");
  const docxLink = visitor.getByRole("link", { name: "Download as DOCX (word processor)" });
  const docx = await visitor.request.get((await docxLink.getAttribute("href")) ?? "");
  expect(docx.headers()["content-disposition"]).toBe('attachment; filename="dispositions-wp-names-v2.docx"');
  expect((await docx.body()).subarray(0, 2).toString()).toBe("PK");
  await context.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  const ROOT = "/consultations/wgig-2005-february/papers/WP-ROOT";
  const ROOT_EDITOR = "/desk/consultations/wgig-2005-february/papers/WP-ROOT";
  const OLD = "The operators serve the zone largely on a voluntary basis, and most have no formal agreement with ICANN or with any government.";
  const NEW = "Since 2004 several operators have signed letters of mutual responsibility with ICANN, while others serve the zone under no written arrangement at all.";

  test("the secretariat previews, is asked to confirm the uncertain match, and publishes version 2; a visitor reads the carried comments and the report", async ({ page, browser, baseURL }) => {
    await signIn(page, "secretariat@demo.consult.example", "Secretariat desk");

    // Paragraph 2.2 has two published comments and a reply; its last sentence is rewritten.
    await page.goto(ROOT_EDITOR);
    const markdown = page.getByLabel("Text (Markdown)");
    const text = await markdown.inputValue();
    expect(text).toContain(OLD);
    const title = "Administration of the root server system (second draft)";
    await page.getByLabel("Title").fill(title);
    await markdown.fill(text.replace(OLD, NEW));

    // "Preview" posts the form: it comes back as typed, with the proposed matches.
    await page.getByRole("button", { name: "Preview the numbering" }).click();
    await expect(page).toHaveURL(/preview=1/);
    await expect(page.getByLabel("Title")).toHaveValue(title);
    expect(await page.getByLabel("Text (Markdown)").inputValue()).toContain(NEW);
    const matches = page.getByRole("group", { name: "What becomes of the current version's paragraphs" });
    await expect(matches).toContainText("to check");
    await expect(matches).toContainText(/edited → 2\.2, \d+ % alike/);
    await expect(page.getByRole("region", { name: "Preview the numbering" })).toContainText(NEW);
    await page.screenshot({ path: "test-results/no-js-editor-matches.png", fullPage: true });

    // Saved without a choice: refused, nothing published, the form still as typed.
    await page.getByRole("button", { name: "Save the paper" }).click();
    await expect(matches).toContainText("Check the match marked below and confirm or correct it before saving.");
    await expect(page.getByLabel("Title")).toHaveValue(title);
    expect(await page.getByLabel("Text (Markdown)").inputValue()).toContain(NEW);
    const choice = matches.getByLabel("What becomes of paragraph 2.2");
    await choice.selectOption({ index: 1 });
    await page.getByRole("button", { name: "Save the paper" }).click();
    await expect(page.getByText("The paper WP-ROOT has been saved.")).toBeVisible();

    // A visitor without JavaScript: the comments are on 2.2 of version 2, marked as carried.
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const visitor = await context.newPage();
    await visitor.goto(`${ROOT}?p=2.2`);
    await expect(visitor.getByText("Version 2")).toBeVisible();
    const opened = visitor.getByRole("region", { name: "Comments on paragraph 2.2" });
    await expect(opened).toContainText("heart of the matter");
    await expect(opened.getByText("Written on version 1, paragraph 2.2").first()).toBeVisible();
    await visitor.getByRole("link", { name: "What changed in version 2" }).click();
    const changed = visitor.getByRole("region", { name: "Paragraph 2.2: edited, now 2.2" });
    await expect(changed.locator("ins", { hasText: "mutual responsibility" })).toHaveCount(1);
    await visitor.getByRole("link", { name: "The disposition of the comments on version 1" }).click();
    const rows = visitor.getByRole("row").filter({ hasText: "Paragraph 2.2: edited, now 2.2" });
    await expect(rows).toHaveCount(2);
    await expect(visitor.getByRole("row").filter({ hasText: "capacity building" })).toContainText("The paper as a whole");
    await visitor.screenshot({ path: "test-results/no-js-dispositions.png", fullPage: true });
    await context.close();
  });
});
