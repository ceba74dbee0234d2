import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';

import {
  baseUrl,
  counted,
  demoAccount,
  graphql,
  screenshot,
  sidewaysOverflow,
  signedInBrowser,
  texts,
  VIEWPORTS,
} from './support.js';

const PLAN = `query Plan($input: ExportCustomersPlanInput!) {
  exportCustomersPlan(input: $input) { rowCount personalDataInClear clearRowLimit }
}`;

/**
 * A relationship manager's export of the whole branch: the dialog asks for a
 * purpose, shows the row count, explains that a list this long in clear is
 * refused, and downloads it masked.
 */
function browserTests(base) {
  const account = demoAccount('relationship_manager');

  VIEWPORTS.forEach((setup) => {
    describe(`bulk export on a ${setup.name}`, () => {
      const t = texts(setup.locale.startsWith('zh') ? 'zh' : 'en');
      let browser;
      let page;
      let authorization;

      before(async () => {
        ({ browser, page, authorization } = await signedInBrowser(
          setup,
          base,
          account,
        ));
      });
      after(async () => browser?.close());

      test('a branch list in clear is held to the limit; masked it downloads', async () => {
        const filter = { archived: false };
        const { exportCustomersPlan: plan } = await graphql(base, authorization, PLAN, {
          input: { filter },
        });
        assert.ok(plan.personalDataInClear, 'the manager reads personal data in clear');
        assert.ok(plan.rowCount > plan.clearRowLimit, 'the demo branch is above it');
        await page.goto(`${base}/customers`);

        await page.getByRole('button', { name: t('exports.open') }).click();
        const dialog = page.getByRole('dialog');
        await dialog
          .getByText(counted(t, 'exports.rows', { count: plan.rowCount }))
          .waitFor();
        await dialog.getByRole('combobox', { name: t('exports.purpose') }).click();
        await page
          .getByTitle(t('exports.purposes.DATA_QUALITY_REVIEW'), { exact: true })
          .click();

        const overLimit = t('exports.overLimit')
          .replace('{{count}}', String(plan.rowCount))
          .replace('{{limit}}', String(plan.clearRowLimit));
        await dialog.getByText(overLimit).waitFor();
        const download = dialog.getByRole('button', { name: t('exports.download') });
        assert.equal(await download.isDisabled(), true);
        assert.equal(await sidewaysOverflow(page), 0, 'the dialog scrolls sideways');
        await screenshot(page, `${setup.name}-export-over-limit`);

        await dialog.getByRole('checkbox', { name: t('exports.mask') }).check();
        const masked = t('exports.masked').replace(
          '{{limit}}',
          String(plan.clearRowLimit),
        );
        await dialog.getByText(masked).waitFor();
        const saved = page.waitForEvent('download');
        await download.click();

        const file = await saved;
        assert.match(file.suggestedFilename(), /^customers-\d{8}-\d{6}\.csv$/);
        const lines = readFileSync(await file.path(), 'utf8')
          .trim()
          .split(/\r?\n/);
        assert.equal(lines.length - 1, plan.rowCount);
        const header = lines[0].replace(/^\uFEFF/, '').split(',');
        const phone = header.indexOf('mobile_phone');
        const phones = lines.slice(1).map((line) => line.split(',')[phone]);
        assert.ok(
          phones.every((value) => !value || value.includes('*')),
          'phone numbers are masked',
        );
        await screenshot(page, `${setup.name}-export-masked-done`);
      });
    });
  });
}

if (process.env.CIMS_E2E_BASE_URL) {
  describe('bulk export in the browser', { timeout: 240_000 }, () =>
    browserTests(baseUrl()),
  );
} else {
  // Without a server there is nothing to test: one failure that says why.
  test('CIMS_E2E_BASE_URL names the server to test', () => baseUrl());
}
