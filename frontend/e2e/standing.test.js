/**
 * A staff account deactivated while its user works: the next request of the
 * open app is refused (401 ACCOUNT_INACTIVE) although its access token has not
 * expired, and the app says why and signs out. The deactivation is made by
 * `cims staff deactivate` in a process of its own, as an administrator would.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';

import { baseUrl, DESKTOP, screenshot, signedInBrowser, texts } from './support.js';

const ROOT = new URL('../../', import.meta.url).pathname;

/** `cims ARGS...` against the server's data folder; its JSON output. */
function cims(args, input = '') {
  const python = process.env.CIMS_E2E_PYTHON ?? `${ROOT}.venv/bin/python`;
  const output = execFileSync(python, ['-m', 'cims', ...args], {
    cwd: ROOT,
    env: { ...process.env },
    input,
    encoding: 'utf8',
  });
  return JSON.parse(output);
}

describe('a staff member whose account is deactivated while signed in', () => {
  const t = texts('en');
  const username = `e2e.standing.${randomBytes(4).toString('hex')}`;
  const password = `Standing-${randomBytes(12).toString('hex')}`;
  let browser;
  let page;

  before(async () => {
    const base = baseUrl();
    cims(
      [
        'staff',
        'create',
        '--username',
        username,
        '--role',
        'analyst',
        '--password-stdin',
      ],
      `${password}\n`,
    );
    ({ browser, page } = await signedInBrowser(DESKTOP, base, { username, password }));
  });
  after(async () => browser?.close());

  test('is told so at the next request and signed out', async () => {
    const nav = page.getByText(t('app.nav.customers'));
    assert.ok((await nav.count()) > 0, 'the app is shown while signed in');
    cims(['staff', 'deactivate', username]);
    const refused = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && r.status() === 401,
    );

    // Moving to another screen inside the app (no reload) sends new requests.
    await page.evaluate(() => {
      window.history.pushState({}, '', '/segments');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });

    const body = await (await refused).json();
    assert.equal(body.errors[0].extensions.code, 'ACCOUNT_INACTIVE');
    await page.getByText(t('auth.ended.inactive')).waitFor();
    await page.getByText(t('auth.ended.inactiveHint')).waitFor();
    await page.getByRole('button', { name: t('auth.signIn') }).waitFor();
    // Signed out here: none of the app's screens is shown any more.
    assert.equal(await nav.count(), 0);
    await screenshot(page, 'standing-deactivated');
  });
});
