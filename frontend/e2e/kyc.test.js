import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  baseUrl,
  demoAccount,
  graphql,
  screenshot,
  sidewaysOverflow,
  signedInBrowser,
  texts,
  VIEWPORTS,
} from './support.js';

const EXPIRED_CUSTOMERS = `query Expired {
  customers(filter: { kycStatus: [EXPIRED] }, first: 1) { totalCount }
}`;
const DUE = `query Due($expired: Boolean!) {
  kycDocumentsDue(withinDays: 90, expired: $expired, first: 1) { totalCount }
}`;

function browserTests(base, setup) {
  describe(`KYC follow-up on ${setup.name === 'phone' ? 'a phone' : 'a desk'}`, () => {
    const t = texts(setup.locale.startsWith('zh') ? 'zh' : 'en');
    let browser;
    let page;
    let authorization;

    before(async () => {
      ({ browser, page, authorization } = await signedInBrowser(
        setup,
        base,
        // A role that can act on a document due (kyc.verify), across every branch.
        demoAccount('risk_officer'),
      ));
    });
    after(async () => browser?.close());

    test('the demo has expired documents for its EXPIRED customers', async () => {
      const { customers } = await graphql(base, authorization, EXPIRED_CUSTOMERS);
      const expired = await graphql(base, authorization, DUE, { expired: true });
      const due = await graphql(base, authorization, DUE, { expired: false });

      assert.ok(customers.totalCount > 0, 'no EXPIRED customer in the demo');
      assert.equal(expired.kycDocumentsDue.totalCount, customers.totalCount);
      assert.ok(due.kycDocumentsDue.totalCount > 0, 'nothing due within 90 days');
    });

    test('lists the expired documents with a link to each customer', async () => {
      await page.goto(`${base}/kyc/due?within=expired`);
      await page.getByText(t('kyc.due.title')).waitFor();
      const link = page.locator('a[href^="/customers/"]').first();
      await link.waitFor();

      assert.equal(await sidewaysOverflow(page), 0, 'the screen scrolls sideways');
      await screenshot(page, `kyc-due-expired-${setup.name}`);
      await link.click();
      await page.waitForURL(/\/customers\/[^/]+$/);
    });

    test('switches to the documents due within 90 days', async () => {
      await page.goto(`${base}/kyc/due`);
      const labels = setup.name === 'phone' ? 'windowsShort' : 'windows';
      await page.getByText(t(`kyc.due.${labels}.90`)).click();
      await page.waitForURL(/within=90/);
      await page.locator('a[href^="/customers/"]').first().waitFor();

      assert.equal(await sidewaysOverflow(page), 0, 'the screen scrolls sideways');
      await screenshot(page, `kyc-due-90-${setup.name}`);
    });
  });
}

const base = baseUrl();
for (const setup of VIEWPORTS) browserTests(base, setup);
