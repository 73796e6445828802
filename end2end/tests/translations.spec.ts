import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectReflowAt320, ready, signIn } from "./support";

// The demo's WP-SPAM is in English with translations into Arabic, French and Spanish.
const SPAM = "/consultations/wgig-2005-february/papers/WP-SPAM";

test("a reader switches the paper's language and stays at the paragraph they read", async ({ page }) => {
  await page.goto(SPAM);
  await ready(page);
  const languages = page.getByRole("navigation", { name: "Read this paper in:" });
  await expect(languages.getByRole("link")).toHaveText(["English", "العربية", "Français", "Español"]);
  await expect(page.locator("article.paper")).toHaveAttribute("lang", "en");

  // In French: the text is marked French, the page stays English.
  await languages.getByRole("link", { name: "Français" }).click();
  await expect(page).toHaveURL(/text=fr/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("article.paper")).toHaveAttribute("lang", "fr");
  await expect(page.locator("h1 bdi")).toHaveAttribute("lang", "fr");
  await expect(page.getByText("A translation: the original is in English.")).toBeVisible();
  await expectNoAxeViolations(page);

  // A paragraph opened in French stays open in English, scrolled to.
  await page.locator("[id='p-1.1'] .block-comments a").first().click();
  await expect(page).toHaveURL(/p=1\.1/);
  await expect(page.locator("[id='p-1.1'] .opened")).toBeVisible();
  await page.getByRole("navigation", { name: "Read this paper in:" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/p=1\.1.*text=en.*#p-1\.1$/);
  await expect(page.locator("article.paper")).toHaveAttribute("lang", "en");
  await expect(page.locator("[id='p-1.1'] .opened")).toBeVisible();

  // Read further down, with nothing opened: the script adds the paragraph at the top.
  await page.goto(SPAM);
  await ready(page);
  await page.locator("[id='p-2.1']").scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById("p-2.1")?.scrollIntoView());
  await page.getByRole("navigation", { name: "Read this paper in:" }).getByRole("link", { name: "Español" }).click();
  await expect(page).toHaveURL(/text=es#[ps]-/);
  await expect(page.locator("article.paper")).toHaveAttribute("lang", "es");
});

test("an Arabic reader gets the Arabic text, right to left, on a narrow phone", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ar", viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(SPAM);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("article.paper")).toHaveAttribute("lang", "ar");
  await expectReflowAt320(page);
  await expectNoAxeViolations(page);
  await context.close();
});

test("the secretariat translates a paper and is refused a text whose paragraphs differ", async ({ page }) => {
  await signIn(page, "secretariat@demo.consult.example", "Secretariat desk");
  await page.goto("/desk/consultations/wgig-2005-february/papers/WP-SPAM");
  await ready(page);
  await page.waitForLoadState("networkidle");
  const list = page.getByRole("region", { name: "Translations" });
  await expect(list).toContainText("up to date (version 1)");
  await list.getByRole("link", { name: /Russian/ }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Russian translation of WP-SPAM");
  await ready(page);
  await page.waitForLoadState("networkidle");
  const markdown = page.getByLabel("Text (Markdown)");
  const original = await markdown.inputValue();
  expect(original).toContain("## ");
  // Two paragraphs run together: refused, with where they differ.
  const blocks = original.split("\n\n");
  const merged = [...blocks.slice(0, 1), `${blocks[1]} ${blocks[2]}`, ...blocks.slice(3)].join("\n\n");
  await page.getByLabel("Title").fill("Спам");
  await markdown.fill(merged);
  await page.getByRole("button", { name: "Save the translation" }).click();
  await expect(page.locator(".error-summary")).toBeVisible();
  await expect(page.getByText(/they differ from 1\.2 on/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // The same blocks: saved, and offered to readers.
  await markdown.fill(original);
  await page.getByRole("button", { name: "Save the translation" }).click();
  await expect(page.getByText("The Russian translation has been saved.", { exact: false })).toBeVisible();
  await page.goto(SPAM);
  await expect(page.getByRole("navigation", { name: "Read this paper in:" }).getByRole("link", { name: "Русский" })).toBeVisible();
});
