import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  baseUrl,
  demoAccount,
  graphql,
  pattern,
  PHONE,
  screenshot,
  signedInBrowser,
  texts,
} from './support.js';

// A relationship manager on a 375 px phone: cards open with a tap anywhere,
// buttons are a finger high, and an interaction can be surveyed.
const CUSTOMERS = `query Pick { customers(first: 1) { edges { node { id } } } }`;
const LOG = `mutation Log($input: LogInteractionInput!) {
  logInteraction(input: $input) { __typename ... on Interaction { id } }
}`;

/**
 * A fresh interaction with a customer of the manager's branch, logged through
 * the API, so that no survey was sent about it yet (whatever earlier runs did).
 */
async function freshInteraction(base, authorization) {
  const { customers } = await graphql(base, authorization, CUSTOMERS);
  assert.equal(customers.edges.length, 1, 'is demo data seeded?');
  const customerId = customers.edges[0].node.id;
  const purpose = `Phone test ${Date.now()}`;
  const { logInteraction } = await graphql(base, authorization, LOG, {
    input: { customerId, channel: 'PHONE', purpose, summary: 'Asked about fees' },
  });
  assert.equal(logInteraction.__typename, 'Interaction');
  return { customerId, purpose };
}

describe('a relationship manager on a phone', () => {
  const t = texts(PHONE.locale.startsWith('zh') ? 'zh' : 'en');
  let session;

  before(async () => {
    session = await signedInBrowser(
      PHONE,
      baseUrl(),
      demoAccount('relationship_manager'),
    );
  });
  after(() => session?.browser.close());

  test('opens a customer by tapping the card’s branch line', async () => {
    const { page } = session;
    const base = baseUrl();
    await page.goto(`${base}/customers`);
    const card = page.locator('a.customer-card').first();
    await card.waitFor();
    const box = await card.boundingBox();
    assert.ok(box.height >= 40, `card is ${box.height} px high`);
    assert.equal(await card.locator('a, button, input, [tabindex]').count(), 0);

    const lines = card.locator('.ant-typography');
    await lines.last().tap();
    await page.waitForURL(/\/customers\/[^/]+$/);
    await screenshot(page, 'phone-375-card-opened');
  });

  test('surveys an interaction from the timeline, with tap-sized buttons', async () => {
    const { page, authorization } = session;
    const base = baseUrl();
    const { customerId, purpose } = await freshInteraction(base, authorization);
    await page.goto(`${base}/customers/${encodeURIComponent(customerId)}`);

    const about = `${t('interactions.channel.PHONE')} · ${purpose}`;
    const name = pattern(t('surveys.invitation.sendAbout'), { kind: 'CSAT', about });
    const survey = page.getByRole('button', { name });
    await survey.scrollIntoViewIfNeeded();
    const box = await survey.boundingBox();
    assert.ok(box.height >= 40, `survey button is ${box.height} px high`);

    // Every button on the customer page is a finger high.
    const heights = await page
      .locator('main .ant-btn:visible')
      .evaluateAll((buttons) =>
        buttons.map((b) => [b.textContent, b.getBoundingClientRect().height]),
      );
    const low = heights.filter(([, height]) => height < 40);
    assert.deepEqual(low, [], 'buttons under 40 px');

    await survey.tap();
    const link = page.getByText(/\/survey\/[\w-]+$/);
    await link.waitFor();
    assert.match(await link.textContent(), /^http:\/\/127\.0\.0\.1:\d+\/survey\//);
    await screenshot(page, 'phone-375-survey-link');
  });
});
