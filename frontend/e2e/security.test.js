import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import {
  baseUrl,
  screenshot,
  sidewaysOverflow,
  signedInBrowser,
  texts,
  VIEWPORTS,
} from './support.js';

/** A demo account of `role`, with the password `cims serve --demo` wrote. */
function demoAccount(role) {
  const file = join(process.env.CIMS_DATA_DIR ?? '', 'demo-staff.json');
  if (!existsSync(file)) throw new Error(`no ${file}: run through tools/e2e.py`);
  const username = `demo.${role}`;
  return { username, password: JSON.parse(readFileSync(file, 'utf8'))[username] };
}

/** Signs `role` in on a fresh browser; collects CSP refusals from the console. */
async function session(setup, base, role) {
  const refusals = [];
  const watch = (page) =>
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text()))
        refusals.push(message.text());
    });
  const { browser, page } = await signedInBrowser(setup, base, demoAccount(role), {
    watch,
  });
  return { browser, page, refusals };
}

async function firstCustomer(page) {
  // A table row's name on a desk, a card's link on a phone: both link to it.
  await page.locator('a[href^="/customers/"]').first().click();
  await page.waitForURL(/\/customers\/[^/]+$/);
  await page.getByRole('heading', { level: 2 }).waitFor();
}

function browserTests(base) {
  VIEWPORTS.forEach((setup) => {
    const t = texts(setup.locale.startsWith('zh') ? 'zh' : 'en');
    const button = (page, key) =>
      page
        .getByRole('main')
        .last()
        .getByRole('button', { name: t(key), exact: true });

    describe(`what each role sees on a ${setup.name}`, () => {
      test('an analyst finds no New customer, Edit or Archive button', async () => {
        const { browser, page, refusals } = await session(setup, base, 'analyst');
        try {
          await page
            .getByRole('heading', { name: t('customers.list.title') })
            .waitFor();
          await page.locator('a[href^="/customers/"]').first().waitFor();
          assert.equal(await button(page, 'customers.actions.create').count(), 0);

          await firstCustomer(page);
          assert.equal(await button(page, 'customers.actions.edit').count(), 0);
          assert.equal(await button(page, 'customers.actions.archive').count(), 0);
          await screenshot(page, `${setup.name}-security-1-analyst-customer`);

          await page.goto(`${base}/audit`);
          await page.getByText(t('errors.screenNotPermitted')).waitFor();
          assert.deepEqual(refusals, [], 'the SPA broke its own policy');
        } finally {
          await browser.close();
        }
      });

      test('the administrator finds both buttons', async () => {
        const { browser, page, refusals } = await session(setup, base, 'administrator');
        try {
          await button(page, 'customers.actions.create').waitFor();
          await firstCustomer(page);
          await button(page, 'customers.actions.edit').waitFor();
          await button(page, 'customers.actions.archive').waitFor();
          assert.deepEqual(refusals, [], 'the SPA broke its own policy');
        } finally {
          await browser.close();
        }
      });

      test('a compliance auditor reads the trail, chain verified', async () => {
        const { browser, page, refusals } = await session(
          setup,
          base,
          'compliance_auditor',
        );
        try {
          const response = await page.goto(`${base}/audit`);
          const policy = response.headers()['content-security-policy'];
          assert.match(policy, /script-src 'self';/);
          assert.match(policy, /frame-ancestors 'none'/);
          assert.equal(response.headers()['x-frame-options'], 'DENY');

          await page.getByRole('heading', { name: t('audit.title') }).waitFor();
          await page.getByRole('status').filter({ hasText: /\d/ }).waitFor();
          await page.getByText('demo.', { exact: false }).first().waitFor();
          assert.equal(await sidewaysOverflow(page), 0, 'the trail scrolls sideways');
          await screenshot(page, `${setup.name}-security-2-audit`);

          await page.getByLabel(t('audit.filters.actor')).fill('demo.administrator');
          await page.getByRole('button', { name: t('audit.filters.search') }).click();
          await page.waitForURL(/actor=demo\.administrator/);
          // Actions are shown in words; the recorded code is their title.
          await page.getByText(t('audit.actions')['pii.read']).first().waitFor();
          assert.equal(await sidewaysOverflow(page), 0, 'the trail scrolls sideways');
          assert.deepEqual(refusals, [], 'the SPA broke its own policy');
        } finally {
          await browser.close();
        }
      });
    });
  });
}

if (process.env.CIMS_E2E_BASE_URL) {
  describe('roles and the audit trail in the browser', { timeout: 300_000 }, () =>
    browserTests(baseUrl()),
  );
} else {
  test('CIMS_E2E_BASE_URL names the server to test', () => baseUrl());
}
