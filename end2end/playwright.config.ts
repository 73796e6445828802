import { defineConfig } from "@playwright/test";

// The server under test: the release build, on its own port and its own fresh SQLite
// database with the demo data (see ../scripts/e2e-server.sh), sending its mail to a maildev
// started beside it, whose API the tests read messages back from (tests/mail.ts).
const port = Number(process.env.E2E_PORT ?? 3100);
const smtpPort = port + 25;
const mailApiPort = port + 80;

export default defineConfig({
  testDir: "./tests",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: [
    {
      command: `node_modules/.bin/maildev --smtp ${smtpPort} --web ${mailApiPort} --ip 127.0.0.1 --web-ip 127.0.0.1 --silent`,
      url: `http://127.0.0.1:${mailApiPort}/healthz`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: `../scripts/e2e-server.sh ${port} smtp://127.0.0.1:${smtpPort}`,
      url: `http://127.0.0.1:${port}/healthz`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
