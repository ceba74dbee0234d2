import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  baseUrl,
  counted,
  credentials,
  graphql,
  screenshot,
  sidewaysOverflow,
  signedInBrowser,
  texts,
  VIEWPORTS,
} from './support.js';

const SAMPLE = `query Sample {
  customers(last: 2) {
    edges { node { id customerNo fullName version branch { code } } }
  }
}`;
const OCCUPATION = `query Occupation($id: ID!) {
  node(id: $id) { ... on Customer { occupation version } }
}`;

/** A file that changes one demo customer's occupation, matched by number. */
function updateFile(customer, occupation) {
  const lines = [
    '客户号,客户姓名,职业,网点',
    `${customer.customerNo},${customer.fullName},${occupation},${customer.branch.code}`,
  ];
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}

/**
 * Three new customers: the second repeats the first's name and birth date (a
 * likely duplicate of it, held for review), the third has a bad mobile phone.
 * The names, birth dates and phones come from the time, so that no customer
 * of an earlier run looks like them.
 */
function reviewFile(branch) {
  const now = Date.now();
  const digits = String(now).slice(-8);
  const name = `测试${[...digits].map((d) => '零一二三四五六七八九'[d]).join('')}`;
  const born = new Date(Date.UTC(1950, 0, 1) + (now % 15_000) * 86_400_000);
  const birthDate = born.toISOString().slice(0, 10);
  const lines = [
    '客户姓名,出生日期,手机号,网点',
    `${name},${birthDate},138${digits},${branch}`,
    `${name},${birthDate},139${digits},${branch}`,
    `${name}乙,1981-03-04,123,${branch}`,
  ];
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}

function browserTests(base) {
  const account = credentials();
  let customers;
  let authorization;

  VIEWPORTS.forEach((setup, index) => {
    describe(`on a ${setup.name}`, () => {
      const t = texts(setup.locale.startsWith('zh') ? 'zh' : 'en');
      let browser;
      let page;

      before(async () => {
        ({ browser, page, authorization } = await signedInBrowser(
          setup,
          base,
          account,
        ));
        customers ??= (await graphql(base, authorization, SAMPLE)).customers.edges.map(
          (e) => e.node,
        );
      });
      after(async () => browser?.close());

      test('updates a customer from a file, with the change shown first', async () => {
        const customer = customers[index];
        const occupation = `E2E import ${setup.name} ${Date.now()}`;
        await page.goto(`${base}/imports`);
        await page.getByRole('radio', { name: t('imports.mode.UPDATE') }).check();

        await page.locator('input[type="file"]').setInputFiles({
          name: 'update.csv',
          mimeType: 'text/csv',
          buffer: updateFile(customer, occupation),
        });

        await page.getByText(t('imports.outcome.title')).waitFor();
        await page
          .getByText(t('imports.outcome.UPDATE'), { exact: true })
          .first()
          .waitFor();
        assert.equal(await sidewaysOverflow(page), 0, 'the dry run scrolls sideways');
        await screenshot(page, `${setup.name}-imports-1-dry-run`);

        await page.getByRole('button', { name: t('imports.actions.commit') }).click();

        const done = t('imports.result.COMMITTED')
          .replace('{{count}}', '0')
          .replace('{{updated}}', '1');
        await page.getByText(done).waitFor();
        await screenshot(page, `${setup.name}-imports-2-committed`);
        const after = await graphql(base, authorization, OCCUPATION, {
          id: customer.id,
        });
        assert.equal(after.node.occupation, occupation);
        assert.ok(after.node.version > customer.version, 'the version did not move');
      });

      test('words a bad cell in the UI language and imports a confirmed duplicate', async () => {
        await page.goto(`${base}/imports`);
        await page.locator('input[type="file"]').setInputFiles({
          name: 'review.csv',
          mimeType: 'text/csv',
          buffer: reviewFile(customers[index].branch.code),
        });

        await page.getByText(t('imports.problems.INVALID_PHONE')).first().waitFor();
        const confirm = page.getByRole('switch', {
          name: counted(t, 'imports.choice.confirmDuplicates', { count: 1 }),
        });
        const validOnly = (count, skipped) =>
          page.getByRole('button', {
            name: counted(t, 'imports.choice.validOnly', { count, skipped }),
          });
        await validOnly(1, 2).waitFor();
        assert.equal(await confirm.isChecked(), false);
        assert.equal(await sidewaysOverflow(page), 0, 'the choice scrolls sideways');
        await confirm.click();
        await screenshot(page, `${setup.name}-imports-3-confirm-duplicates`);
        await validOnly(2, 1).click();

        const done = t('imports.result.validRowsOnly')
          .replace('{{count}}', '2')
          .replace('{{updated}}', '0')
          .replace('{{skipped}}', '1');
        await page.getByText(done).waitFor();
      });
    });
  });
}

if (process.env.CIMS_E2E_BASE_URL) {
  describe('imports in the browser', { timeout: 180_000 }, () =>
    browserTests(baseUrl()),
  );
} else {
  test('CIMS_E2E_BASE_URL names the server to test', () => baseUrl());
}
