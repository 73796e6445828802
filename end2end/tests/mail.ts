import { expect, Page } from "@playwright/test";

/** The API of the maildev the end-to-end server sends its mail to (playwright.config.ts). */
export const MAIL_API = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 80}`;

/** A message as maildev's API gives it back. */
export interface Mail {
  id: string;
  subject: string;
  text: string;
  html: string;
  to: { address: string }[];
  headers: Record<string, string | string[]>;
}

/** Waits for the newest message to `address` whose subject matches, and returns it. */
export async function mailTo(address: string, subject: RegExp): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(
      async () => {
        const response = await fetch(`${MAIL_API}/email`);
        const all = (await response.json()) as Mail[];
        found = all
          .filter((m) => m.to.some((t) => t.address.toLowerCase() === address.toLowerCase()) && subject.test(m.subject))
          .pop();
        return found !== undefined;
      },
      { message: `a message to ${address} about ${subject}`, timeout: 20_000 },
    )
    .toBe(true);
  return found as Mail;
}

/** The first link in a message's text that starts with `prefix` (a path of the site). */
export function linkIn(mail: Mail, path: string): string {
  const link = mail.text.split(/\s+/).find((w) => w.includes(path));
  expect(link, `a link to ${path} in “${mail.subject}”`).toBeTruthy();
  return link as string;
}

/** Opens the verification link sent to `address` and waits for the thanks. */
export async function verifyAddress(page: Page, address: string): Promise<void> {
  const mail = await mailTo(address, /Confirm your e-mail address/);
  await page.goto(linkIn(mail, "/verify-email?token="));
  await expect(page.getByRole("status")).toContainText("your e-mail address is confirmed");
}
