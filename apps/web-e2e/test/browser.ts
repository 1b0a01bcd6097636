import { type Browser, chromium } from 'playwright-core';

/** Headless Debian Chromium; flags keep it from reaching for the network this machine doesn't have. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export function baseUrl(): string {
  const url = process.env.KOHORTE_E2E_BASE_URL;
  if (!url) throw new Error('KOHORTE_E2E_BASE_URL is not set: the global setup did not run');
  return url;
}
