import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import {
  baseUrl,
  demoAccount,
  DESKTOP,
  graphql,
  PHONE,
  signedInBrowser,
} from './support.js';

const FIRST_CUSTOMER = `query First { customers(first: 1) { edges { node { id } } } }`;
const CAN_WRITE = `query Can { me { permissions } }`;

/** The roles of the demo accounts `cims serve --demo` wrote (demo.<role>). */
function demoRoles() {
  const file = join(process.env.CIMS_DATA_DIR, 'demo-staff.json');
  return Object.keys(JSON.parse(readFileSync(file, 'utf8'))).map((name) =>
    name.replace(/^demo\./, ''),
  );
}

/** Collects, from every GraphQL answer the page gets, the errors coded FORBIDDEN. */
function watchForbidden(page, found) {
  page.on('response', async (response) => {
    if (!response.url().endsWith('/graphql')) return;
    const body = await response.json().catch(() => null);
    for (const error of body?.errors ?? []) {
      if (error.extensions?.code === 'FORBIDDEN') found.push(error.path?.join('.'));
    }
  });
}

function roleTests(base, role, setup) {
  describe(`${role} on ${setup === PHONE ? 'a phone' : 'a desk'}`, () => {
    const forbidden = [];
    let browser;
    let page;
    let authorization;

    before(async () => {
      ({ browser, page, authorization } = await signedInBrowser(
        setup,
        base,
        demoAccount(role),
        { watch: (p) => watchForbidden(p, forbidden) },
      ));
    });
    after(async () => browser?.close());

    test('is asked for no field the role may not read', async () => {
      const { me } = await graphql(base, authorization, CAN_WRITE);
      const paths = ['/customers'];
      if (me.permissions.includes('customer.read')) {
        const data = await graphql(base, authorization, FIRST_CUSTOMER);
        const id = encodeURIComponent(data.customers.edges[0].node.id);
        paths.push(`/customers/${id}`);
        if (me.permissions.includes('customer.write'))
          paths.push(`/customers/${id}/edit`);
      }
      for (const path of paths) {
        await page.goto(`${base}${path}`);
        await page.waitForLoadState('networkidle');
      }
      assert.deepEqual(forbidden, [], `${role} met FORBIDDEN errors`);
    });
  });
}

if (process.env.CIMS_E2E_BASE_URL) {
  describe('no FORBIDDEN answers for any demo role', { timeout: 600_000 }, () => {
    for (const role of demoRoles()) {
      for (const setup of [DESKTOP, PHONE]) roleTests(baseUrl(), role, setup);
    }
  });
} else {
  test('CIMS_E2E_BASE_URL names the server to test', () => baseUrl());
}
