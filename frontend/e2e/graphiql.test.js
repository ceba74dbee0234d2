import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  baseUrl,
  credentials,
  DESKTOP,
  graphql,
  screenshot,
  signedInBrowser,
} from './support.js';

const SUBSCRIPTION = 'subscription Live { complaintChanged { kind complaint { id } } }';
const PICK = `query Pick {
  customers(first: 1) { edges { node { id } } }
  complaintCategories { id }
}`;
const FILE = `mutation File($input: FileComplaintInput!) {
  fileComplaint(input: $input) { __typename ... on Complaint { id } }
}`;

/** Replaces the text of one of GraphiQL's (Monaco) editors. */
async function replaceText(page, editor, text) {
  await editor.locator('.monaco-editor').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  // Inserted whole, as a paste: typing would let the editor close brackets.
  await page.keyboard.insertText(text);
}

function graphiqlTests(base) {
  let browser;
  let page;
  let authorization;

  before(async () => {
    ({ browser, page, authorization } = await signedInBrowser(
      DESKTOP,
      base,
      credentials(),
    ));
  });
  after(async () => browser?.close());

  test('runs a subscription over the same origin and shows what it pushes', async () => {
    const sockets = [];
    // Listening once the server has acknowledged the socket's connection_init.
    const acknowledged = new Promise((resolve) =>
      page.on('websocket', (socket) => {
        sockets.push(socket.url());
        socket.on('framereceived', ({ payload }) => {
          if (String(payload).includes('"connection_ack"')) resolve();
        });
      }),
    );
    await page.goto(`${base}/graphql`);
    await page.locator('.graphiql-query-editor .monaco-editor').waitFor();

    await replaceText(page, page.locator('.graphiql-query-editor'), SUBSCRIPTION);
    await page.getByRole('button', { name: 'Headers', exact: true }).click();
    const headers = page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden)');
    await replaceText(page, headers, JSON.stringify({ Authorization: authorization }));
    await page.getByRole('button', { name: /Execute query/ }).click();
    await acknowledged;

    const { customers, complaintCategories } = await graphql(base, authorization, PICK);
    const { fileComplaint } = await graphql(base, authorization, FILE, {
      input: {
        customerId: customers.edges[0].node.id,
        categoryId: complaintCategories[0].id,
        description:
          'An overdraft fee was charged twice this month; please refund one.',
        channel: 'PHONE',
      },
    });

    const response = page.locator('.graphiql-response');
    await response.getByText(fileComplaint.id).waitFor();
    assert.match(await response.innerText(), /"kind":\s+"FILED"/);
    const origin = new URL(base);
    assert.deepEqual(sockets, [`ws://${origin.host}/graphql`]);
    await screenshot(page, 'desktop-graphiql-subscription');
  });
}

if (process.env.CIMS_E2E_BASE_URL) {
  describe('GraphiQL in the browser', { timeout: 120_000 }, () =>
    graphiqlTests(baseUrl()),
  );
} else {
  test('CIMS_E2E_BASE_URL names the server to test', () => baseUrl());
}
