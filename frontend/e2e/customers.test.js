import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';

import {
  baseUrl,
  credentials,
  graphql,
  screenshot,
  sidewaysOverflow,
  signedInBrowser,
  texts,
  VIEWPORTS,
} from './support.js';

const SAMPLE = `query Sample {
  customers(first: 20) { edges { node { id fullName customerNo } } }
}`;
const SEARCH = `query Search($text: String!) {
  customers(first: 20, filter: { text: $text }) { edges { node { id } } }
}`;

/**
 * Customers whose first two characters, typed in the search box, bring them
 * onto the first page of results (sorted by name, as the list is).
 */
async function findableCustomers(base, authorization) {
  const { customers } = await graphql(base, authorization, SAMPLE);
  const found = [];
  for (const { node } of customers.edges) {
    const prefix = [...node.fullName].slice(0, 2).join('');
    const result = await graphql(base, authorization, SEARCH, { text: prefix });
    if (result.customers.edges.some((e) => e.node.id === node.id)) {
      found.push({ ...node, prefix });
    }
  }
  assert.ok(
    found.length >= 2,
    'the server has too few customers; is demo data seeded?',
  );
  return found;
}

function customerLink(page, customer) {
  const href = `/customers/${encodeURIComponent(customer.id)}`;
  return page.locator(`a[href="${href}"]`).first();
}

function isSearchFor(response, text) {
  const body = response.request().postDataJSON();
  return body?.operationName === 'Customers' && body.variables.filter.text === text;
}

/** Types the customer's first two characters and waits for their results. */
async function searchFor(page, base, customer, t) {
  await page.goto(`${base}/customers`);
  const results = page.waitForResponse((r) => isSearchFor(r, customer.prefix));
  const search = page.getByRole('searchbox', { name: t('customers.list.search') });

  await search.pressSequentially(customer.prefix, { delay: 50 });

  await results;
  await customerLink(page, customer).waitFor();
  // The search text stays out of the address (browser history); it is history state.
  assert.doesNotMatch(page.url(), /[?&]q=/);
}

async function editOccupation(page, value, t) {
  await page
    .getByRole('button', { name: t('customers.actions.edit'), exact: true })
    .click();
  const occupation = page.getByLabel(t('customers.fields.occupation'), { exact: true });
  await occupation.fill(value);
  await page
    .getByRole('button', { name: t('customers.actions.save'), exact: true })
    .click();
  await page
    .getByRole('button', { name: t('customers.actions.edit'), exact: true })
    .waitFor();
}

/** Submits an invalid e-mail and returns the server's message for that field. */
async function submitInvalidEmail(page, t) {
  await page
    .getByRole('button', { name: t('customers.actions.edit'), exact: true })
    .click();
  await page
    .getByLabel(t('customers.fields.email'), { exact: true })
    .fill('not-an-email');
  const answer = page.waitForResponse(
    (r) =>
      r.url().endsWith('/graphql') &&
      r.request().postData()?.includes('UpdateCustomer'),
  );
  await page
    .getByRole('button', { name: t('customers.actions.save'), exact: true })
    .click();
  const body = await (await answer).json();
  const payload = body.data.updateCustomer;
  assert.equal(payload.__typename, 'ValidationError');
  // The form words the problem by its code, in the UI language.
  const { code } = payload.fields.find((f) => f.field === 'email');
  return t(`errors.fieldProblems.${code}`);
}

function browserTests(base) {
  const account = credentials();
  let customers; // found once, by the first browser to sign in

  VIEWPORTS.forEach((setup, index) => {
    describe(`on a ${setup.name}`, () => {
      const t = texts(setup.locale.startsWith('zh') ? 'zh' : 'en');
      let browser;
      let page;

      before(async () => {
        const session = await signedInBrowser(setup, base, account);
        ({ browser, page } = session);
        customers ??= await findableCustomers(base, session.authorization);
      });
      after(async () => browser?.close());

      test('finds a customer by part of the name and opens it', async () => {
        const customer = customers[index];

        await searchFor(page, base, customer, t);
        assert.equal(await sidewaysOverflow(page), 0, 'the list scrolls sideways');
        await screenshot(page, `${setup.name}-1-list`);
        await customerLink(page, customer).click();

        await page.getByRole('heading', { name: customer.fullName }).waitFor();
        assert.equal(await sidewaysOverflow(page), 0, 'the detail scrolls sideways');
        await screenshot(page, `${setup.name}-2-detail`);
      });

      test('saves an edited occupation that is still there after a reload', async () => {
        const occupation = `E2E ${setup.name} ${Date.now()}`;

        await editOccupation(page, occupation, t);
        await page.reload();

        await page.getByText(occupation, { exact: true }).waitFor();
      });

      test("words the server's problem beside an invalid field", async () => {
        const message = await submitInvalidEmail(page, t);

        const email = page.getByLabel(t('customers.fields.email'), { exact: true });
        await page.waitForFunction(
          (el) => el.getAttribute('aria-invalid') === 'true',
          await email.elementHandle(),
        );
        const helpId = await email.getAttribute('aria-describedby');
        const help = page.locator(`[id="${helpId.split(' ')[0]}"]`);
        assert.equal((await help.innerText()).trim(), message);
        assert.equal(await sidewaysOverflow(page), 0, 'the form scrolls sideways');
        await email.scrollIntoViewIfNeeded();
        await screenshot(page, `${setup.name}-3-invalid-email`);
      });

      test('lists the holds when erasure is requested for open accounts', async () => {
        const customer = customers[index];
        await page.goto(`${base}/customers/${encodeURIComponent(customer.id)}`);
        await page.getByRole('heading', { name: customer.fullName }).waitFor();

        await page
          .getByRole('button', {
            name: t('customers.actions.requestErasure'),
            exact: true,
          })
          .click();
        const dialog = page.getByRole('dialog');
        await dialog.getByLabel(t('customers.erase.ground')).click();
        await page.getByTitle(t('customers.erase.grounds.OBJECTION')).click();
        await dialog.getByLabel(t('customers.erase.reference')).fill('DSR-E2E-1');
        await dialog
          .getByRole('button', {
            name: t('customers.actions.requestErasure'),
            exact: true,
          })
          .click();

        const alert = dialog.getByRole('alert');
        await alert.getByText(t('customers.erase.held')).waitFor();
        assert.equal((await alert.locator('li').count()) >= 1, true);
        assert.equal(await sidewaysOverflow(page), 0, 'the dialog scrolls sideways');
        await screenshot(page, `${setup.name}-4-erasure-held`);
        await dialog
          .getByRole('button', { name: t('common.cancel'), exact: true })
          .click();
        await page.getByRole('heading', { name: customer.fullName }).waitFor();
      });

      test("downloads the customer's personal data as one JSON file", async () => {
        const customer = customers[index];
        const download = page.waitForEvent('download');

        await page
          .getByRole('button', { name: t('customers.actions.exportData'), exact: true })
          .click();

        const file = await download;
        assert.match(
          file.suggestedFilename(),
          new RegExp(`^subject-${customer.customerNo}-\\d{8}-\\d{6}\\.json$`),
        );
        const data = JSON.parse(readFileSync(await file.path(), 'utf8'));
        assert.equal(data.customer.customer_no, customer.customerNo);
        assert.ok(data.accounts.length >= 1, 'the demo customer has accounts');
      });
    });
  });
}

if (process.env.CIMS_E2E_BASE_URL) {
  describe('customers in the browser', { timeout: 180_000 }, () =>
    browserTests(baseUrl()),
  );
} else {
  // Without a server there is nothing to test: one failure that says why.
  test('CIMS_E2E_BASE_URL names the server to test', () => baseUrl());
}
