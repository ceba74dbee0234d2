import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  baseUrl,
  credentials,
  demoAccount,
  graphql,
  screenshot,
  sidewaysOverflow,
  signedInBrowser,
  texts,
  VIEWPORTS,
} from './support.js';

const PEOPLE = `query People {
  customers(first: 40, filter: { kind: INDIVIDUAL }) {
    edges { node { id fullName birthDate mobilePhone branch { id } } }
  }
}`;
const CREATE = `mutation Twin($input: CreateCustomerInput!) {
  createCustomer(input: $input) { __typename ... on Customer { id customerNo } }
}`;
const AFTER_MERGE = `query AfterMerge($a: ID!, $b: ID!) {
  a: customer(id: $a) { mobilePhone archivedAt }
  b: customer(id: $b) { archivedAt }
}`;

/** People with a birth date and a phone: a twin of each is a likely duplicate. */
async function originals(base, authorization) {
  const { customers } = await graphql(base, authorization, PEOPLE);
  const found = customers.edges
    .map((e) => e.node)
    .filter((c) => c.birthDate && c.mobilePhone);
  assert.ok(found.length >= 2, 'too few demo customers with a birth date and phone');
  return found;
}

/** A second record of the same person: same name and birth date, another phone. */
async function twinOf(base, authorization, original, index) {
  const phone = `139${String(Date.now()).slice(-7)}${index}`;
  const input = {
    fullName: original.fullName,
    birthDate: original.birthDate,
    mobilePhone: phone,
    branchId: original.branch.id,
    confirmDuplicate: true,
  };
  const { createCustomer } = await graphql(base, authorization, CREATE, { input });
  assert.equal(createCustomer.__typename, 'Customer');
  return createCustomer;
}

async function mergeKeepingTheOriginalsPhone(page, base, twin, original, t) {
  const path = `/customers/${encodeURIComponent(twin.id)}/merge`;
  await page.goto(`${base}${path}?with=${encodeURIComponent(original.id)}`);
  const phone = page.getByRole('radiogroup', {
    name: t('customers.fields.mobilePhone'),
  });
  await phone.getByText(original.mobilePhone, { exact: true }).click();
  assert.equal(await sidewaysOverflow(page), 0, 'the merge screen scrolls sideways');
  await screenshot(page, `records-${page.viewportSize().width}-merge`);

  await page
    .getByRole('button', { name: t('records.merge.merge'), exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: t('records.merge.confirmTitle') });
  await dialog
    .getByRole('button', { name: t('records.merge.merge'), exact: true })
    .click();
  await page.waitForURL(`${base}/customers/${encodeURIComponent(twin.id)}`);
}

async function addAndVerifyPassport(page, checker, t, number) {
  await page.getByRole('button', { name: t('records.kyc.add'), exact: true }).click();
  const dialog = page.getByRole('dialog', { name: t('records.kyc.add') });
  await dialog.getByLabel(t('records.kyc.docType')).click();
  await page.getByTitle(t('records.kyc.types.PASSPORT'), { exact: true }).click();
  await dialog.getByLabel(t('records.kyc.number'), { exact: true }).fill(number);
  await dialog.getByLabel(t('records.kyc.issuedOn')).fill('2020-01-15');
  await dialog.getByLabel(t('records.kyc.expiresOn')).fill('2030-01-14');
  await dialog.getByRole('button', { name: t('records.kyc.save') }).click();

  // The customer may hold other documents (the demo's ID card, earlier runs'):
  // everything below looks at this passport's own entry.
  const region = { name: t('records.kyc.title') };
  const entry = (on) =>
    on.getByRole('region', region).getByRole('listitem').filter({ hasText: number });
  const verified = t('enums.DocumentStatus.VERIFIED');
  const mine = entry(page);
  await mine.getByText(number, { exact: true }).waitFor();
  // Four eyes: who added the document does not verify it; a colleague does.
  await mine.getByText(t('records.kyc.verifyOther')).waitFor();
  const verify = { name: t('records.kyc.verify') };
  assert.equal(await mine.getByRole('button', verify).count(), 0);

  await checker.goto(page.url());
  const theirs = entry(checker);
  await theirs.getByRole('button', verify).click();
  await theirs.getByText(verified, { exact: true }).waitFor();
  await page.reload();
  await mine.getByText(verified, { exact: true }).waitFor();
}

function browserTests(base) {
  const account = credentials();
  let people;

  VIEWPORTS.forEach((setup, index) => {
    describe(`records on a ${setup.name}`, () => {
      const t = texts(setup.locale.startsWith('zh') ? 'zh' : 'en');
      let browser;
      let page;
      let authorization;
      let checkerBrowser;
      let checker;

      before(async () => {
        ({ browser, page, authorization } = await signedInBrowser(
          setup,
          base,
          account,
        ));
        ({ browser: checkerBrowser, page: checker } = await signedInBrowser(
          setup,
          base,
          demoAccount('risk_officer'),
        ));
        people ??= await originals(base, authorization);
      });
      after(async () => {
        await browser?.close();
        await checkerBrowser?.close();
      });

      test('merges a duplicate, keeping the value chosen for each field', async () => {
        const original = people[index];
        const twin = await twinOf(base, authorization, original, index);

        await mergeKeepingTheOriginalsPhone(page, base, twin, original, t);

        const { a, b } = await graphql(base, authorization, AFTER_MERGE, {
          a: twin.id,
          b: original.id,
        });
        assert.equal(a.mobilePhone, original.mobilePhone);
        assert.equal(a.archivedAt, null);
        assert.notEqual(b.archivedAt, null);
      });

      test('records a verified passport and a consent on the customer view', async () => {
        const number = `E${String(Date.now()).slice(-8)}`;

        await addAndVerifyPassport(page, checker, t, number);
        const marketing = t('records.consent.purposes.MARKETING');
        await page
          .getByRole('button', {
            name: t('records.consent.grantFor').replace('{{purpose}}', marketing),
          })
          .click();
        // Consent is permanent history: the popover asks once more.
        await page
          .locator('.ant-popover')
          .getByRole('button', { name: t('records.consent.grant'), exact: true })
          .click();

        const consents = page.getByRole('region', { name: t('records.consent.title') });
        await consents
          .getByText(t('records.consent.states.granted'), { exact: true })
          .waitFor();
        const completeness = page.getByText(t('records.completeness.title'));
        await completeness.first().waitFor();
        assert.equal(
          await sidewaysOverflow(page),
          0,
          'the customer view scrolls sideways',
        );
        await screenshot(page, `records-${setup.name}-customer`);
      });
    });
  });
}

if (process.env.CIMS_E2E_BASE_URL) {
  describe('customer records in the browser', { timeout: 240_000 }, () =>
    browserTests(baseUrl()),
  );
} else {
  test('CIMS_E2E_BASE_URL names the server to test', () => baseUrl());
}
