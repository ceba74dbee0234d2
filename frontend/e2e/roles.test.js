import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  baseUrl,
  demoAccount,
  DESKTOP,
  graphql,
  pattern,
  PHONE,
  screenshot,
  sidewaysOverflow,
  signedInBrowser,
  texts,
} from './support.js';

const FIRST_CUSTOMER = `query First { customers(first: 1) { edges { node { id fullName } } } }`;

/** The chart texts (SVG) that stick out of their chart's box, as "text". */
function textsOutsideCharts(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[role="img"]')].flatMap((chart) => {
      const box = chart.getBoundingClientRect();
      return [...chart.querySelectorAll('text')]
        .filter((text) => {
          const r = text.getBoundingClientRect();
          if (!r.width) return false;
          return r.left < box.left - 1 || r.right > box.right + 1;
        })
        .map((text) => text.textContent);
    }),
  );
}

function browserTests(base) {
  describe('an analyst at the service dashboard, on a desk', () => {
    const t = texts('en');
    let browser;
    let page;

    before(async () => {
      ({ browser, page } = await signedInBrowser(
        DESKTOP,
        base,
        demoAccount('analyst'),
      ));
    });
    after(async () => browser?.close());

    test('sees the satisfaction figures and why complaint figures are missing', async () => {
      await page.goto(`${base}/service`);
      await page
        .getByRole('img', { name: t('surveys.dashboard.satisfaction') })
        .waitFor();
      await page.getByText(t('surveys.dashboard.complaintsAndChannels')).waitFor();
      const needs = t('errors.partNeeds').replace(
        '{{permission}}',
        t('permissions.complaint.read'),
      );
      await page.getByText(needs).waitFor();
      assert.equal(await page.getByText(t('errors.screenNotPermitted')).count(), 0);
      await screenshot(page, 'desktop-roles-1-analyst-service');
    });
  });

  describe('a service agent at a screen of another role, on a desk', () => {
    const t = texts('en');
    let browser;
    let page;

    before(async () => {
      ({ browser, page } = await signedInBrowser(
        DESKTOP,
        base,
        demoAccount('service_agent'),
      ));
    });
    after(async () => browser?.close());

    test('is told which right is missing, and whom to ask', async () => {
      for (const [path, permission] of [
        ['/risk/model', 'risk.read'],
        ['/segments', 'segment.read'],
        ['/analytics', 'analytics.read'],
      ]) {
        await page.goto(`${base}${path}`);
        await page.getByText(t('errors.screenNotPermitted')).waitFor();
        const needs = t('errors.screenNeeds').replace(
          '{{permission}}',
          t(`permissions.${permission}`),
        );
        await page.getByText(needs).waitFor();
      }
      assert.equal(await page.getByText(t('risk.model.none')).count(), 0);
      await screenshot(page, 'desktop-roles-2-not-permitted');
    });
  });

  describe('a teller edits a customer on a phone', () => {
    const t = texts('zh');
    let browser;
    let page;
    let customer;

    before(async () => {
      const session = await signedInBrowser(PHONE, base, demoAccount('teller'));
      ({ browser, page } = session);
      const { authorization } = session;
      const data = await graphql(base, authorization, FIRST_CUSTOMER);
      customer = data.customers.edges[0].node;
    });
    after(async () => browser?.close());

    test('meets no box for figures the role may not read', async () => {
      await page.goto(`${base}/customers/${encodeURIComponent(customer.id)}/edit`);
      await page.getByLabel(t('customers.fields.occupation')).waitFor();
      for (const field of ['annualIncome', 'assets', 'liabilities', 'currency']) {
        const label = t(`customers.fields.${field}`);
        assert.equal(await page.getByLabel(label, { exact: true }).count(), 0, label);
      }
      assert.equal(
        await page.getByText(t('customers.form.attributesTitle')).count(),
        0,
      );
      assert.equal(await sidewaysOverflow(page), 0, 'the form scrolls sideways');
      await screenshot(page, 'phone-roles-3-teller-edit');
    });
  });

  describe('charts on a phone', () => {
    const t = texts('zh');
    let browser;
    let page;

    before(async () => {
      ({ browser, page } = await signedInBrowser(
        PHONE,
        base,
        demoAccount('administrator'),
      ));
    });
    after(async () => browser?.close());

    test('keep every label of the analytics and model charts inside the chart', async () => {
      await page.goto(`${base}/analytics`);
      await page.getByRole('img', { name: t('analytics.dashboard.tiers') }).waitFor();
      await page.locator('[role="img"] text').first().waitFor();
      assert.deepEqual(await textsOutsideCharts(page), []);
      await screenshot(page, 'phone-roles-4-analytics-charts');

      await page.goto(`${base}/risk/model`);
      await page.locator('[role="img"] text').first().waitFor();
      assert.deepEqual(await textsOutsideCharts(page), []);
      assert.match(
        await page.locator('body').innerText(),
        pattern(t('risk.model.calibration')),
      );
      await screenshot(page, 'phone-roles-5-model-charts');
    });
  });
}

if (process.env.CIMS_E2E_BASE_URL) {
  describe('roles and phone charts in the browser', { timeout: 300_000 }, () =>
    browserTests(baseUrl()),
  );
} else {
  test('CIMS_E2E_BASE_URL names the server to test', () => baseUrl());
}
