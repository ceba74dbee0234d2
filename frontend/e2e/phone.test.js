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
const TIMELINES = `query Timelines {
  customers(first: 20) {
    edges { node { id timeline(first: 20) {
      edges { node { item { __typename ... on Interaction { id purpose } } } }
    } } }
  }
}`;

/** A customer of the manager's branch with an interaction on its timeline. */
async function customerWithInteraction(base, authorization) {
  const { customers } = await graphql(base, authorization, TIMELINES);
  for (const { node } of customers.edges) {
    const edge = node.timeline.edges.find(
      (e) => e.node.item.__typename === 'Interaction',
    );
    if (edge) return { id: node.id, interaction: edge.node.item };
  }
  throw new Error('no customer with an interaction: is demo data seeded?');
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
    const customer = await customerWithInteraction(base, authorization);
    await page.goto(`${base}/customers/${encodeURIComponent(customer.id)}`);

    const name = pattern(t('surveys.invitation.sendAbout'), { kind: 'CSAT' });
    const survey = page.getByRole('button', { name }).first();
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
