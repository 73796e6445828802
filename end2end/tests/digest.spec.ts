import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { expectNoAxeViolations, ready, signIn } from "./support";

const DIGEST = "/digests/wgig-2005-february?paper=WP-ROOT";

test("the secretariat reads a paper's digest with its charts and downloads every format", async ({ page }) => {
  await signIn(page, "secretariat@demo.consult.example", "Secretariat officer", { hydrate: true });

  await page.goto(DIGEST);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Comment digest");
  await expect(page.getByRole("img", { name: "Comments by stakeholder group" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Comments by tag" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Comments by stakeholder group and region" })).toContainText("Government");
  const section = page.getByRole("region", { name: "WP-ROOT, Paragraph 2.2" });
  await expect(section).toContainText("Lucía Fernández, Ministry of Communications");
  await expect(section).toContainText("Civil society · Senegal");
  await expect(section).not.toContainText("Amina Diallo");
  await expectNoAxeViolations(page);

  for (const [format, type] of [["Markdown", "text/markdown"], ["CSV", "text/csv"], ["JSON", "application/json"], ["DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"]]) {
    const href = await page.getByRole("link", { name: format, exact: true }).getAttribute("href");
    const response = await page.request.get(href ?? "");
    expect(response.status(), format).toBe(200);
    expect(response.headers()["content-type"]).toContain(type);
    expect(response.headers()["content-disposition"]).toMatch(/attachment; filename="digest-wgig-2005-february-wp-root\.(md|csv|json|docx)"/);
    if (format === "DOCX") {
      const bytes = await response.body();
      expect(bytes.subarray(0, 2).toString()).toBe("PK");
      continue;
    }
    const body = await response.text();
    expect(body).toContain("C-");
    expect(body).not.toContain("Amina Diallo");
  }

  // Reached from the editor (a page of the desk, with the application's script), the page
  // fetches the file itself, says how far it has come, then saves it.
  await page.goto("/desk/consultations/wgig-2005-february/papers/WP-ROOT");
  await ready(page);
  await page.getByRole("main").getByRole("link", { name: "Comment digest" }).click();
  await expect(page).toHaveURL(DIGEST);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Comment digest");
  const saved = page.waitForEvent("download");
  await page.getByRole("link", { name: "CSV", exact: true }).click();
  const download = await saved;
  expect(download.suggestedFilename()).toBe("digest-wgig-2005-february-wp-root.csv");
  const path = await download.path();
  const csv = readFileSync(path, "utf8");
  expect(csv.startsWith("\uFEFFreference,paper,paragraph")).toBe(true);
  expect(csv).toContain("Lucía Fernández");
  await expect(page.getByRole("status").filter({ hasText: "Downloaded" })).toHaveText(
    "Downloaded digest-wgig-2005-february-wp-root.csv.",
  );
});

test("a visitor reads a digest only once the secretariat has made it public", async ({ page, browser, baseURL }) => {
  const visitor = await browser.newContext({ baseURL });
  const visitorPage = await visitor.newPage();
  await visitorPage.goto(DIGEST);
  await expect(visitorPage.getByRole("alert")).toContainText("This digest is not public.");
  const refused = await visitorPage.request.get("/digests/wgig-2005-february/all.csv");
  expect(refused.status()).toBe(401);

  await signIn(page, "secretariat@demo.consult.example", "Secretariat officer", { hydrate: true });
  await page.goto("/desk/consultations/wgig-2005-february");
  await ready(page);
  await page.getByLabel("Anyone may download the digest of published comments").check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("The consultation has been saved.");

  await visitorPage.goto(DIGEST);
  await expect(visitorPage.getByRole("heading", { level: 1 })).toContainText("Comment digest");
  expect((await visitorPage.request.get("/digests/wgig-2005-february/all.csv")).status()).toBe(200);
  // Never the internal one.
  expect((await visitorPage.request.get("/digests/wgig-2005-february/all.csv?status=all")).status()).toBe(401);

  await page.getByLabel("Only the secretariat may read the digest").check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await visitor.close();
});
