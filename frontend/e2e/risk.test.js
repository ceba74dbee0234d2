import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  baseUrl,
  chartTicks,
  credentials,
  DESKTOP,
  graphql,
  pattern,
  PHONE,
  screenshot,
  sidewaysOverflow,
  signedInBrowser,
  texts,
} from './support.js';

// Each size works on its own demo customer (credit_scoring rows, with a
// recorded income), so the two runs do not meet in the four-eyes state.
const VIEWPORTS = [
  { ...DESKTOP, customerNo: 'C2000000011' },
  { ...PHONE, customerNo: 'C2000000012' },
];

const CUSTOMER = `
  query RiskE2eCustomer($text: String!) {
    customers(filter: { text: $text }, first: 1) {
      edges {
        node {
          id
          fullName
          accounts(first: 5) { edges { node { number product { code } } } }
        }
      }
    }
  }
`;

const POST = `
  mutation RiskE2ePost($input: PostTransactionsInput!) {
    postTransactions(input: $input) {
      __typename
      ... on PostedTransactions { booked alerts }
    }
  }
`;

/** Three transfers just below the CNY 50,000 reporting threshold, a minute apart. */
function structuring(accountNumber) {
  const start = Date.now() - 10 * 60_000;
  return [0, 1, 2].map((i) => ({
    accountNumber,
    bookedAt: new Date(start + i * 60_000).toISOString(),
    amount: '49000.00',
    direction: 'DEBIT',
    channel: 'MOBILE',
    category: 'transfer_out',
  }));
}

function browserTests(base) {
  const account = credentials();

  VIEWPORTS.forEach((setup) => {
    describe(`risk on a ${setup.name}`, () => {
      const t = texts(setup.locale.startsWith('zh') ? 'zh' : 'en');
      let browser;
      let page;
      let authorization;
      let customer;

      before(async () => {
        ({ browser, page, authorization } = await signedInBrowser(
          setup,
          base,
          account,
        ));
        const found = await graphql(base, authorization, CUSTOMER, {
          text: setup.customerNo,
        });
        customer = found.customers.edges[0].node;
      });
      after(async () => browser?.close());

      test('assesses a customer; the recording officer waits for a second', async () => {
        await page.goto(`${base}/customers/${encodeURIComponent(customer.id)}`);
        const card = page.locator('.ant-card').filter({ hasText: t('risk.title') });
        await card.getByRole('button', { name: t('risk.assess') }).click();
        await card.getByText(t('risk.limitBasis')).waitFor();
        assert.equal(
          await sidewaysOverflow(page),
          0,
          'the risk section scrolls sideways',
        );
        await screenshot(page, `${setup.name}-risk-1-assessed`);

        // Above the four-eyes amount (CNY 100,000): a second officer must confirm.
        const form = page.getByRole('form', { name: t('risk.decisionForm') });
        // The limit is labelled in the assessment's currency (a demo customer's: CNY).
        await form
          .getByLabel(pattern(t('risk.limit'), { currency: 'CNY' }))
          .fill('200000');
        await form.getByLabel(t('risk.reason')).fill('Salary account for years');
        await form.getByRole('button', { name: t('risk.submitDecision') }).click();
        await card.getByText(t('risk.awaitingSecond')).waitFor();

        // The officer who recorded it is told to wait, and offered no confirmation
        // (the server refuses one from them too: SAME_APPROVER, an API test).
        await card.getByText(t('risk.waitingForSecond')).waitFor();
        assert.equal(
          await card.getByRole('button', { name: t('risk.confirm') }).count(),
          0,
        );
        assert.equal(
          await sidewaysOverflow(page),
          0,
          'the decision form scrolls sideways',
        );
        await screenshot(page, `${setup.name}-risk-2-four-eyes`);
      });

      test('shows the model card with its axes as percentages', async () => {
        await page.goto(`${base}/risk/model`);
        const calibration = page.getByRole('img', {
          name: t('risk.model.calibration'),
        });
        await calibration.locator('text').first().waitFor();
        const ticks = await chartTicks(calibration);
        assert.ok(ticks.length > 2, 'the calibration chart has no ticks');
        // Its top tick is the data's own maximum: a raw float before formatting.
        for (const tick of ticks) assert.match(tick, /^\d{1,3}(\.\d)?%$/);
        assert.equal(
          await sidewaysOverflow(page),
          0,
          'the model card scrolls sideways',
        );
        await screenshot(page, `${setup.name}-risk-model-card`);
      });

      test('sees a new alert arrive in the queue and dismisses it', async () => {
        await page.goto(`${base}/risk/alerts`);
        await page.getByRole('heading', { name: t('risk.alerts.title') }).waitFor();
        const current = customer.accounts.edges
          .map((edge) => edge.node)
          .find((node) => node.product.code === 'DEP-CUR');

        const posted = await graphql(base, authorization, POST, {
          input: { transactions: structuring(current.number) },
        });
        assert.equal(posted.postTransactions.booked, 3);
        assert.ok(posted.postTransactions.alerts >= 1, 'no alert was raised');

        // Pushed over alertChanged: the page is not reloaded.
        const item = (
          setup.isMobile ? page.getByRole('listitem') : page.getByRole('row')
        ).filter({ hasText: customer.fullName });
        await item.first().waitFor();
        assert.equal(await sidewaysOverflow(page), 0, 'the queue scrolls sideways');
        await screenshot(page, `${setup.name}-risk-3-alert-queue`);

        const before = await item.count();
        await item
          .first()
          .getByRole('button', { name: t('risk.alerts.action.DISMISS') })
          .click();
        const dialog = page.getByRole('dialog');
        await dialog
          .getByLabel(t('risk.reason'))
          .fill('Customer confirmed the transfers');
        await dialog
          .getByRole('button', { name: t('risk.alerts.action.DISMISS') })
          .click();
        await dialog.waitFor({ state: 'detached' });
        await page.waitForFunction(
          ([name, count, phone]) => {
            const selector = phone ? '[role="listitem"]' : 'tr';
            const rows = [...document.querySelectorAll(selector)];
            return rows.filter((r) => r.textContent.includes(name)).length < count;
          },
          [customer.fullName, before, Boolean(setup.isMobile)],
        );
        await screenshot(page, `${setup.name}-risk-4-dismissed`);
      });
    });
  });
}

if (process.env.CIMS_E2E_BASE_URL) {
  describe('risk in the browser', { timeout: 180_000 }, () => browserTests(baseUrl()));
} else {
  test('CIMS_E2E_BASE_URL names the server to test', () => baseUrl());
}
