import { Browser, expect, Page, test } from "@playwright/test";
import { DEMO_PASSWORD, expectNoAxeViolations, expectReflowAt320, ready, newStakeholder, register, signIn } from "./support";

const PAPER = "/consultations/wgig-2005-february/papers/WP-ROOT";

async function registerStakeholder(page: Page): Promise<void> {
  await register(page, newStakeholder("commenter", {
    name: "Nadia Haddad",
    group: "Civil society",
    country: "Lebanon",
    organisation: "Arab Digital Rights Network",
  }));
  await expect(page.getByRole("navigation", { name: "Main" })).toContainText("Nadia Haddad");
}

async function visitorSees(browser: Browser, baseURL: string | undefined, paragraph: string): Promise<string> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto(`${PAPER}?p=${paragraph}`);
  const text = (await page.locator("main").textContent()) ?? "";
  await context.close();
  return text;
}

test("a stakeholder comments on paragraph 2.1, edits the comment and withdraws it", async ({ page, browser, baseURL }) => {
  await registerStakeholder(page);
  const body = `The redelegation criteria should be published in full, test ${Date.now()}.`;

  // The paper page is plain HTML: no script to wait for.
  await page.goto(PAPER);
  await page.getByRole("link", { name: /^Paragraph 2\.1:/ }).click();
  const opened = page.getByRole("region", { name: "Comments on paragraph 2.1" });
  await expect(opened).toBeVisible();
  await expectNoAxeViolations(page);
  await opened.getByRole("link", { name: "Comment on this paragraph" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Comment on WP-ROOT");
  await ready(page);
  await expect(page.getByLabel("Paragraph", { exact: true })).toHaveValue("2.1");
  await page.getByLabel("Your comment").fill(body);
  await page.getByLabel("Root servers").check();
  await page.getByLabel("Privacy and data protection").check();
  await page.getByLabel("With my organisation only").check();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Submit the comment" }).click();

  const receipt = page.getByRole("status");
  await expect(receipt).toContainText(/received with the reference C-\d{4}-\d{6}/);
  const reference = (await receipt.textContent())?.match(/C-\d{4}-\d{6}/)?.[0] ?? "";
  await expect(page.getByText("Pending review")).toBeVisible();
  await expect(page.getByRole("list", { name: "Tags" })).toContainText("Root servers");
  await expect(page.getByRole("list", { name: "Tags" })).toContainText("Privacy and data protection");
  await expectNoAxeViolations(page);
  await expectReflowAt320(page);

  // A visitor does not see a pending comment.
  expect(await visitorSees(browser, baseURL, "2.1")).not.toContain(body);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My comments" }).click();
  const row = page.getByRole("row", { name: new RegExp(reference) });
  await expect(row).toContainText("Pending review");
  await expect(row).toContainText("WP-ROOT, Paragraph 2.1");
  await expectNoAxeViolations(page);
  await row.getByRole("link", { name: reference }).click();

  await page.getByRole("link", { name: "Change the comment" }).click();
  await expect(page.getByLabel("Your comment")).toHaveValue(body);
  await expect(page.getByLabel("Root servers")).toBeChecked();
  await expect(page.getByLabel("With my organisation only")).toBeChecked();
  await page.getByLabel("Your comment").fill(`${body} Also the processing times.`);
  await page.getByRole("button", { name: "Save the changes" }).click();
  await expect(page.getByRole("status")).toContainText("Your changes have been saved");
  await expect(page.getByText("1 earlier version kept")).toBeVisible();
  await expect(page.getByText("Also the processing times.")).toBeVisible();

  // Asked first: one click opens the question, the second withdraws.
  await page.getByText("Withdraw the comment…").click();
  await page.getByRole("button", { name: "Yes, withdraw it" }).click();
  await expect(page.getByRole("status")).toContainText("Your comment has been withdrawn");
  await expect(page.getByText("Withdrawn", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Change the comment" })).toHaveCount(0);
  expect(await visitorSees(browser, baseURL, "2.1")).not.toContain(body);
});

test("a reader opens a paragraph's comments, sees replies, and filters by stakeholder group", async ({ page }) => {
  await page.goto(PAPER);
  await page.getByRole("link", { name: "Paragraph 2.2: 2 comments" }).click();
  const opened = page.getByRole("region", { name: "Comments on paragraph 2.2" });
  const comments = opened.getByRole("article");
  await expect(opened.getByRole("article", { name: /^C-/ }).first()).toContainText("Lucía Fernández, Ministry of Communications");
  // The anonymous comment shows its group and country only.
  await expect(opened).toContainText("Civil society · Senegal");
  await expect(opened).not.toContainText("Amina Diallo");
  // The reply sits under its parent.
  await expect(opened.getByRole("region", { name: "Replies" })).toContainText("Priya Raman");
  await expect(comments).toHaveCount(3);
  // Reporting needs an account: a visitor is shown the way to sign in.
  await opened.getByText("Report this comment").first().click();
  await expect(opened.getByRole("link", { name: "Sign in to report this comment." }).first()).toBeVisible();

  await page.getByText("Show comments from…").click();
  await page.getByLabel("Stakeholder group").selectOption({ label: "Government" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/group=government/);
  await expect(page.getByRole("link", { name: "Paragraph 2.2: 1 comment" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Comments on paragraph 2.2" })).not.toContainText("Senegal");
  await expectNoAxeViolations(page);
});

test("search finds published comments by their words", async ({ page }) => {
  await page.goto("/search");
  await ready(page);
  await page.getByLabel("Words").fill("anycast measurements");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/q=anycast\+measurements/);
  await expect(page.getByRole("status")).toHaveText("1 comment.");
  await expect(page.getByRole("article")).toContainText("Priya Raman, Institute of Network Research");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "WP-ROOT, Paragraph 2.1" }).click();
  await expect(page.getByRole("region", { name: "Comments on paragraph 2.1" })).toContainText("Anycast has changed the picture");
});

test("a form without a consent is refused, and a form sent twice makes one comment", async ({ page }) => {
  await registerStakeholder(page);
  await page.goto(`${PAPER}/comment?p=1.2`);
  await ready(page);
  for (const radio of await page.getByRole("radio").all()) {
    await expect(radio).not.toBeChecked();
  }
  const body = `Posted twice on a slow link, stored once, test ${Date.now()}.`;
  await page.getByLabel("Your comment").fill(body);
  await page.getByRole("button", { name: "Submit the comment" }).click();
  await expect(page.getByRole("group", { name: /How you are shown/ })).toContainText("This field is required.");
  await expect(page.getByLabel("Your comment")).toHaveValue(body);

  // The browser sends the form twice (a resent post, two taps without JavaScript): both
  // posts end on one receipt.
  const token = await page.locator("input[name=form_token]").getAttribute("value");
  expect(token).toMatch(/^[A-Za-z0-9_-]{16,}$/);
  const post = () =>
    page.request.post("/api/submit_comment", {
      form: {
        slug: "wgig-2005-february",
        code: "WP-ROOT",
        paragraph: "1.2",
        body,
        consent: "anonymous",
        form_token: token ?? "",
      },
      headers: { Accept: "text/html", Referer: page.url() },
      maxRedirects: 0,
    });
  const [first, second] = await Promise.all([post(), post()]);
  expect(first.status()).toBe(302);
  expect(first.headers()["location"]).toMatch(/^\/my\/comments\/\d+\?received=1$/);
  expect(second.headers()["location"]).toBe(first.headers()["location"]);
  await page.goto("/my/comments");
  await expect(page.getByRole("main").getByRole("row")).toHaveCount(2);

  // With JavaScript, a double tap: the button is busy after the first.
  await page.goto(`${PAPER}/comment?p=2.1`);
  await ready(page);
  await page.getByLabel("Your comment").fill(`${body} Again, from a new form.`);
  await page.getByLabel("With my organisation only").check();
  await page.getByRole("button", { name: "Submit the comment" }).dblclick();
  await expect(page.getByRole("status")).toContainText(/received with the reference C-\d{4}-\d{6}/);
  await page.goto("/my/comments");
  await expect(page.getByRole("main").getByRole("row")).toHaveCount(3);
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("a stakeholder submits a comment and gets the receipt", async ({ page }) => {
    await signIn(page, "academic@demo.consult.example", "Priya Raman");

    await page.goto(`${PAPER}?p=1.1#p-1.1`);
    await page.getByRole("link", { name: "Comment on this paragraph" }).click();
    await expect(page.getByLabel("Paragraph", { exact: true })).toHaveValue("1.1");
    // Nothing is chosen for the stakeholder.
    for (const radio of await page.getByRole("radio").all()) {
      await expect(radio).not.toBeChecked();
    }
    // Too short: the message comes back beside the field, and every field as it was.
    await page.getByLabel("Quoted passage (optional)").fill("the root zone file");
    await page.getByLabel("Your comment").fill("Too short");
    await page.getByLabel("Multilingualism").check();
    await page.getByLabel("Anonymously (stakeholder group and country only)").check();
    await page.getByRole("button", { name: "Submit the comment" }).click();
    await expect(page.locator("#body-error")).toHaveText("Use at least 20 characters.");
    await expect(page.getByLabel("Paragraph", { exact: true })).toHaveValue("1.1");
    await expect(page.getByLabel("Quoted passage (optional)")).toHaveValue("the root zone file");
    await expect(page.getByLabel("Your comment")).toHaveValue("Too short");
    await expect(page.getByLabel("Multilingualism")).toBeChecked();
    await expect(page.getByLabel("Anonymously (stakeholder group and country only)")).toBeChecked();

    // Only the text is fixed: the comment goes out anonymously, as chosen.
    await page.getByLabel("Your comment").fill("Without JavaScript the comment form still works, as it must on slow connections.");
    await page.getByRole("button", { name: "Submit the comment" }).click();
    await expect(page.getByRole("status")).toContainText(/received with the reference C-\d{4}-\d{6}/);
    await expect(page.getByText("Pending review")).toBeVisible();
    await expect(page.getByRole("main")).toContainText("Anonymously");
  });

  test("the paper page opens a paragraph and filters", async ({ page }) => {
    await page.goto(PAPER);
    await page.getByRole("link", { name: "Paragraph 2.2: 2 comments" }).click();
    await expect(page.getByRole("region", { name: "Comments on paragraph 2.2" })).toContainText("Lucía Fernández");
    await page.getByText("Show comments from…").click();
    await page.getByLabel("Region").selectOption({ label: "Africa" });
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page.getByRole("link", { name: "Paragraph 2.2: 1 comment" })).toBeVisible();
  });
});

test("a visitor who wants to comment signs in and lands back on the form for their paragraph", async ({ page }) => {
  await page.goto(`${PAPER}?p=2.1`);
  const opened = page.getByRole("region", { name: "Comments on paragraph 2.1" });
  await opened.getByRole("link", { name: "Comment on this paragraph" }).click();
  await ready(page);
  await page.getByRole("main").getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await ready(page);
  await page.getByLabel("E-mail").fill("civil@demo.consult.example");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/papers\/WP-ROOT\/comment\?p=2\.1$/);
  await expect(page.getByLabel("Paragraph", { exact: true })).toHaveValue("2.1");
});
