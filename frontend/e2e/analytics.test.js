import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  baseUrl,
  chartTicks,
  credentials,
  screenshot,
  sidewaysOverflow,
  signedInBrowser,
  texts,
  VIEWPORTS,
} from './support.js';

function browserTests(base) {
  const account = credentials();

  VIEWPORTS.forEach((setup) => {
    describe(`analytics on a ${setup.name}`, () => {
      const t = texts(setup.locale.startsWith('zh') ? 'zh' : 'en');
      let browser;
      let page;

      before(async () => {
        ({ browser, page } = await signedInBrowser(setup, base, account));
      });
      after(async () => browser?.close());

      test('shows the dashboard with its charts', async () => {
        await page.goto(`${base}/analytics`);
        await page.getByRole('img', { name: t('analytics.dashboard.tiers') }).waitFor();
        assert.equal(await sidewaysOverflow(page), 0, 'the dashboard scrolls sideways');
        // Ticks in the locale's format: shares as whole percentages, counts grouped.
        const shares = await chartTicks(
          page.getByRole('img', { name: t('analytics.dashboard.penetration') }),
        );
        assert.ok(shares.length > 1, 'the penetration chart has no ticks');
        for (const tick of shares) assert.match(tick, /^\d{1,3}%$/);
        const counts = await chartTicks(
          page.getByRole('img', { name: t('analytics.dashboard.segments') }),
        );
        assert.ok(counts.length > 1, 'the segment chart has no ticks');
        for (const tick of counts) assert.match(tick, /^\d{1,3}(,\d{3})*$/);
        await screenshot(page, `${setup.name}-analytics-1-dashboard`);
      });

      test('opens a learned segment with its profile and members', async () => {
        await page.goto(`${base}/segments`);
        await page.getByRole('heading', { name: t('segments.title') }).waitFor();
        assert.equal(await sidewaysOverflow(page), 0, 'the list scrolls sideways');
        await screenshot(page, `${setup.name}-analytics-2-segments`);

        await page.locator('.ant-card-head-title a').first().click();
        await page.getByRole('img', { name: t('segments.detail.profile') }).waitFor();
        assert.equal(await sidewaysOverflow(page), 0, 'the segment scrolls sideways');
        await screenshot(page, `${setup.name}-analytics-3-segment`);
      });

      test('counts a rule while it is built', async () => {
        await page.goto(`${base}/segments/new`);
        // The field list is long and virtual: type to find the field.
        await page.getByRole('combobox', { name: t('segments.builder.field') }).click();
        await page.keyboard.type(t('segments.fields.gender'));
        await page.keyboard.press('Enter');
        await page.getByRole('combobox', { name: t('segments.builder.value') }).click();
        await page
          .getByText(t('segments.choices.female'), { exact: true })
          .last()
          .click();

        // Digits (grouped by thousands) replace the dash once the count is in.
        await page
          .locator('[aria-live]')
          .getByText(/^[\d,]+$/)
          .waitFor();
        assert.equal(await sidewaysOverflow(page), 0, 'the builder scrolls sideways');
        await screenshot(page, `${setup.name}-analytics-4-builder`);
      });

      // The list's "N customers" line, as a number.
      const totalPattern = new RegExp(
        `^${t('customers.list.total_other').replace('{{count}}', '([\\d,]+)')}$`,
      );
      const total = async () => {
        const line = page.getByText(totalPattern);
        await line.waitFor();
        const [, digits] = (await line.textContent()).match(totalPattern);
        return Number(digits.replaceAll(',', ''));
      };
      const waitForTotal = async (wanted) => {
        await page.waitForFunction(
          ([source, count]) =>
            [...document.querySelectorAll('span, div')].some((el) => {
              const found = el.textContent.trim().match(new RegExp(source));
              return found && Number(found[1].replaceAll(',', '')) === count;
            }),
          [totalPattern.source, wanted],
        );
      };
      const viewName = `E2E ${setup.name}`;
      let everyone;
      let members;

      test('narrows the customer list to a segment', async () => {
        await page.goto(`${base}/customers`);
        everyone = await total();
        if (setup.isMobile) {
          await page.getByRole('button', { name: t('customers.list.filters') }).click();
        }

        await page.getByRole('combobox', { name: t('customers.list.segment') }).click();
        await page.locator('.ant-select-item-option').first().click();

        await page.waitForURL(/[?&]segment=/);
        await page.waitForFunction(
          ([source, before]) =>
            [...document.querySelectorAll('span, div')].some((el) => {
              const found = el.textContent.trim().match(new RegExp(source));
              return found && Number(found[1].replaceAll(',', '')) < before;
            }),
          [totalPattern.source, everyone],
        );
        members = await total();
        assert.ok(members > 0 && members < everyone, `${members} of ${everyone}`);
        assert.equal(await sidewaysOverflow(page), 0, 'the list scrolls sideways');
        await screenshot(page, `${setup.name}-analytics-5-list-by-segment`);
      });

      test('saves the filtered list as a view and reopens it', async () => {
        const views = page.getByRole('region', { name: t('customers.views.title') });
        await page.getByRole('button', { name: t('customers.views.title') }).click();
        await views
          .getByRole('textbox', { name: t('customers.views.name') })
          .fill(viewName);
        await views.getByRole('button', { name: t('customers.views.save') }).click();
        await views.getByRole('button', { name: viewName, exact: true }).waitFor();
        await screenshot(page, `${setup.name}-analytics-6-saved-view`);

        await page.goto(`${base}/customers`);
        await waitForTotal(everyone);
        await page.getByRole('button', { name: t('customers.views.title') }).click();
        await views.getByRole('button', { name: viewName, exact: true }).click();

        await page.waitForURL(/[?&]segment=/);
        await waitForTotal(members);
        assert.equal(await sidewaysOverflow(page), 0, 'the list scrolls sideways');

        // Leave nothing behind for the other viewport's run.
        await page.getByRole('button', { name: t('customers.views.title') }).click();
        const remove = t('customers.views.delete').replace('{{name}}', viewName);
        await views.getByRole('button', { name: remove }).click();
        await views
          .getByRole('button', { name: viewName, exact: true })
          .waitFor({ state: 'detached' });
      });
    });
  });
}

if (process.env.CIMS_E2E_BASE_URL) {
  describe('analytics in the browser', { timeout: 180_000 }, () =>
    browserTests(baseUrl()),
  );
} else {
  test('CIMS_E2E_BASE_URL names the server to test', () => baseUrl());
}
