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

const A_BRANCH = `query ABranch {
  customers(first: 1) { edges { node { branch { id } } } }
}`;
const CREATE = `mutation Newcomer($input: CreateCustomerInput!) {
  createCustomer(input: $input) { __typename ... on Customer { id customerNo } }
}`;
const REQUEST = `mutation Forget($input: RequestErasureInput!) {
  requestErasure(input: $input) { __typename ... on ErasureRequest { id } }
}`;

/**
 * A made-up customer with no account or activity (so no hold applies), and a
 * pending erasure request for it made by the signed-in administrator.
 */
async function pendingRequest(base, authorization, tag) {
  const { customers } = await graphql(base, authorization, A_BRANCH);
  const branchId = customers.edges[0].node.branch.id;
  const input = {
    fullName: `E2E 删除测试 ${tag} ${Date.now()}`,
    branchId,
    confirmDuplicate: true,
  };
  const { createCustomer } = await graphql(base, authorization, CREATE, { input });
  assert.equal(createCustomer.__typename, 'Customer');
  const { requestErasure } = await graphql(base, authorization, REQUEST, {
    input: {
      customerId: createCustomer.id,
      ground: 'WITHDRAWN_CONSENT',
      reference: `DSR-E2E-${tag}`,
    },
  });
  assert.equal(requestErasure.__typename, 'ErasureRequest');
  return createCustomer;
}

function browserTests(base, setup) {
  const phone = setup.name === 'phone';
  describe(`erasure queue on ${phone ? 'a phone' : 'a desk'}`, () => {
    const t = texts(setup.locale.startsWith('zh') ? 'zh' : 'en');
    let browser;
    let page;
    let customer;

    before(async () => {
      let authorization;
      ({ browser, page, authorization } = await signedInBrowser(
        setup,
        base,
        demoAccount('administrator'),
      ));
      customer = await pendingRequest(base, authorization, setup.name);
    });
    after(async () => browser?.close());

    /** The row (desk) or card (phone) of the test's own request. */
    const entry = () =>
      page
        .getByRole(phone ? 'listitem' : 'row')
        .filter({ hasText: customer.customerNo });

    test('lists the own request by number, with no approval of one’s own', async () => {
      await page.goto(`${base}/erasure`);
      await page.getByRole('heading', { name: t('erasure.queue.title') }).waitFor();
      const mine = entry();
      await mine.waitFor();

      await mine.getByText(t('erasure.queue.yours'), { exact: true }).waitFor();
      assert.equal(
        await mine
          .getByRole('button', { name: t('customers.erase.approve'), exact: true })
          .count(),
        0,
        'the requester is offered an approval',
      );
      await mine
        .getByText(t('customers.erase.grounds.WITHDRAWN_CONSENT'))
        .first()
        .waitFor();
      assert.equal(await sidewaysOverflow(page), 0, 'the queue scrolls sideways');
      await screenshot(page, `erasure-queue-${setup.name}`);
    });

    test('withdraws the own request, which leaves the queue', async () => {
      await entry()
        .getByRole('button', { name: t('customers.erase.withdraw'), exact: true })
        .click();
      const dialog = page.getByRole('dialog', {
        name: t('customers.erase.withdrawTitle'),
      });
      await dialog.getByLabel(t('customers.erase.reason')).fill('E2E: asked in error');
      assert.equal(await sidewaysOverflow(page), 0, 'the dialog scrolls sideways');
      await dialog
        .getByRole('button', { name: t('customers.erase.withdraw'), exact: true })
        .click();

      await page.getByText(t('customers.erase.withdrawn')).waitFor();
      await entry().waitFor({ state: 'detached' });
    });
  });
}

if (process.env.CIMS_E2E_BASE_URL) {
  describe('erasure queue in the browser', { timeout: 180_000 }, () => {
    const base = baseUrl();
    for (const setup of VIEWPORTS) browserTests(base, setup);
  });
} else {
  // Without a server there is nothing to test: one failure that says why.
  test('CIMS_E2E_BASE_URL names the server to test', () => baseUrl());
}
