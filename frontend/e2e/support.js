/**
 * Shared pieces of the browser tests: the server under test, a Chromium with
 * a throw-away profile, the UI's own texts, and page checks.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

export const RESULTS_DIR = new URL('../test-results/', import.meta.url).pathname;

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The base URL of the running server, or a clear failure without one. */
/** The two sizes every browser test runs at; the phone prefers Chinese, so the
 * Chinese UI is exercised as well. */
export const DESKTOP = Object.freeze({
  name: 'desktop',
  viewport: { width: 1366, height: 900 },
  locale: 'en-US',
});
export const PHONE = Object.freeze({
  name: 'phone',
  viewport: { width: 375, height: 812 },
  isMobile: true,
  locale: 'zh-CN',
});
export const VIEWPORTS = Object.freeze([DESKTOP, PHONE]);

export function baseUrl() {
  const url = process.env.CIMS_E2E_BASE_URL;
  if (!url) {
    throw new Error(
      'CIMS_E2E_BASE_URL is not set. Start the API with demo data and set it to ' +
        'its URL (e.g. CIMS_E2E_BASE_URL=http://127.0.0.1:8000); `make test-e2e` ' +
        'does both.',
    );
  }
  return url.replace(/\/$/, '');
}

/**
 * Who the browser signs in as: CIMS_E2E_USERNAME and CIMS_E2E_PASSWORD, or
 * else the demo administrator that `cims serve --demo` wrote, with its
 * password, to demo-staff.json in CIMS_DATA_DIR (development only).
 */
export function credentials() {
  const { CIMS_E2E_USERNAME: username, CIMS_E2E_PASSWORD: password } = process.env;
  if (username && password) return { username, password };
  return demoAccount('administrator');
}

/**
 * The demo account of one role (`demo.<role>`), with the password that
 * `cims serve --demo` wrote to demo-staff.json in CIMS_DATA_DIR.
 */
export function demoAccount(role) {
  const dataDir = process.env.CIMS_DATA_DIR;
  const file = dataDir && join(dataDir, 'demo-staff.json');
  if (!file || !existsSync(file)) {
    throw new Error(
      'No account to sign in with: set CIMS_E2E_USERNAME and CIMS_E2E_PASSWORD, ' +
        "or CIMS_DATA_DIR to the server's data folder (it holds demo-staff.json).",
    );
  }
  const known = JSON.parse(readFileSync(file, 'utf8'));
  const username = `demo.${role}`;
  if (!known[username]) throw new Error(`demo-staff.json has no ${username}`);
  return { username, password: known[username] };
}

/** The subject (`sub`) of the bearer token in an Authorization header. */
export function subjectOf(authorization) {
  const payload = authorization.replace(/^Bearer /, '').split('.')[1];
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')).sub;
}

/** Sends one GraphQL operation to the server, failing on any error. */
export async function graphql(base, authorization, query, variables = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (!response.ok || body.errors) {
    throw new Error(
      `GraphQL failed (${response.status}): ${JSON.stringify(body.errors)}`,
    );
  }
  return body.data;
}

/** Opens Chromium with a fresh profile; close() also deletes the profile. */
export async function openBrowser({ viewport, isMobile = false, locale = 'en-US' }) {
  const profile = mkdtempSync(join(tmpdir(), 'cims-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    isMobile,
    hasTouch: isMobile,
    locale,
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}

/** The UI's texts in one language, read from the SPA's own locale files. */
export function texts(language) {
  const file = new URL(`../src/locales/${language}.json`, import.meta.url);
  const messages = JSON.parse(readFileSync(file, 'utf8'));
  return (key) => key.split('.').reduce((node, part) => node[part], messages);
}

/**
 * A text of `t` as a pattern: each `{{placeholder}}` matches what `values`
 * gives for it as a pattern source, or any text.
 */
export function pattern(template, values = {}) {
  const escaped = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    escaped.replace(/\\\{\\\{(\w+)\\\}\\\}/g, (_, name) => values[name] ?? '.+'),
  );
}

/**
 * A counted text of `t` ("1 row" / "2 rows"; Chinese has one form for every
 * count) with its `{{placeholders}}` filled from `values`.
 */
export function counted(t, key, values) {
  const text = (values.count === 1 && t(`${key}_one`)) || t(`${key}_other`);
  return Object.entries(values).reduce(
    (filled, [name, value]) => filled.replaceAll(`{{${name}}}`, String(value)),
    text,
  );
}

/**
 * Saves a picture of the page for people to look at. It asserts nothing, so a
 * browser that does not deliver the picture in time (seen once in headless
 * Chromium on a loaded machine) costs the picture, with a warning, not the test.
 */
export async function screenshot(page, name) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  await page.waitForTimeout(500); // let fades and other transitions finish
  const path = join(RESULTS_DIR, `${name}.png`);
  try {
    await page.screenshot({ path, fullPage: true, timeout: 15_000 });
  } catch (error) {
    if (error.name !== 'TimeoutError') throw error;
    console.warn(`screenshot ${name} not taken: ${error.message.split('\n')[0]}`);
  }
}

/**
 * The numeric labels of an SVG chart (its value-axis ticks), with category
 * names and legends left out: every text of digits, signs, grouping and %.
 */
export async function chartTicks(chart) {
  const texts = await chart.locator('text').allTextContents();
  return texts.map((text) => text.trim()).filter((text) => /^[-\d.,% ]+$/.test(text));
}

/** How far the page is wider than the window: 0 when nothing scrolls sideways. */
export function sidewaysOverflow(page) {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/**
 * Opens the app, which sends the browser to the provider's sign-in page;
 * signs in there and waits to be back. Returns the Authorization header the
 * app then sends, for the test's own GraphQL requests.
 */
export async function signIn(page, base, { username, password }) {
  let authorization;
  page.on('request', (request) => {
    const header = request.headers().authorization;
    if (header && request.url().endsWith('/graphql')) authorization = header;
  });

  await page.goto(`${base}/customers`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('button[type="submit"]:not([name="cancel"])').click();

  await page.waitForURL(`${base}/customers`);
  await page.waitForResponse((r) => r.url().endsWith('/graphql') && r.ok());
  if (!authorization) throw new Error('signed in, but the app sent no bearer token');
  return authorization;
}

/**
 * The preamble of a browser test: a fresh Chromium of `setup`, one page, and
 * `account` signed in on it. `watch(page)` runs before signing in (to collect
 * console messages, say). Returns `{ browser, page, authorization }`; close
 * the browser in an after hook. A failed sign-in closes the browser itself.
 */
export async function signedInBrowser(setup, base, account, { watch } = {}) {
  const browser = await openBrowser(setup);
  try {
    const page = await browser.context.newPage();
    watch?.(page);
    const authorization = await signIn(page, base, account);
    return { browser, page, authorization };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
