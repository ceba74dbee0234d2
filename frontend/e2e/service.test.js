import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  baseUrl,
  credentials,
  demoAccount,
  DESKTOP,
  graphql,
  openBrowser,
  pattern,
  PHONE,
  screenshot,
  sidewaysOverflow,
  signedInBrowser,
  texts,
} from './support.js';

const CUSTOMERS = `query Pick { customers(first: 5) {
  edges { node { id customerNo fullName } }
} }`;
const CATEGORIES = `query Categories { complaintCategories { id product issue } }`;
const FILE = `mutation File($input: FileComplaintInput!) {
  fileComplaint(input: $input) { __typename ... on Complaint { id version } }
}`;

// A complaint in the words of the public CFPB data the triage model learnt from.
const NARRATIVE =
  'My checking account was charged an overdraft fee twice in the same month, ' +
  'although the balance covered every payment. The bank refuses to refund the fees.';

function fill(template, values) {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key) => values[key]);
}

async function someCustomers(base, authorization) {
  const { customers } = await graphql(base, authorization, CUSTOMERS);
  assert.ok(customers.edges.length >= 3, 'is demo data seeded?');
  return customers.edges.map((edge) => edge.node);
}

/** Files an unassigned complaint through the API, as another channel would. */
async function fileThroughApi(base, authorization, customer) {
  const { complaintCategories } = await graphql(base, authorization, CATEGORIES);
  const { fileComplaint } = await graphql(base, authorization, FILE, {
    input: {
      customerId: customer.id,
      categoryId: complaintCategories[0].id,
      description: NARRATIVE,
      channel: 'PHONE',
    },
  });
  assert.equal(fileComplaint.__typename, 'Complaint');
  return fileComplaint;
}

/** Searches the assignee list for `username` and picks it. */
async function pickAssignee(page, t, username) {
  await page.getByLabel(t('complaints.fields.assignee')).fill(username);
  await page
    .locator('.ant-select-item-option')
    .filter({ hasText: `(${username})` })
    .or(page.locator(`.ant-select-item-option[title="${username}"]`))
    .first()
    .click();
}

function complaintLink(page, id) {
  return page.locator(`a[href="/complaints/${encodeURIComponent(id)}"]`);
}

/** Runs a workflow step from the detail page's buttons and its dialog. */
async function takeStep(page, t, step, answer = async () => {}) {
  const name = t(`complaints.steps.${step}`);
  await page.getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await answer(dialog);
  await dialog.getByRole('button', { name, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page
    .locator('.ant-tag')
    .getByText(t(`complaints.status.${step}`), { exact: true })
    .waitFor();
}

async function waitUntil(condition, message, seconds = 30) {
  const deadline = Date.now() + seconds * 1000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(message);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function chooseOption(page, combobox, text) {
  await combobox.click();
  await page
    .locator('.ant-select-item-option')
    .filter({ hasText: text })
    .first()
    .click();
}

function serviceTests(base) {
  const shared = {}; // the survey link made by the complaint test, answered later

  describe('interactions on a phone', () => {
    const t = texts('zh');
    let browser;
    let page;
    let customer;
    let authorization;

    before(async () => {
      const session = await signedInBrowser(PHONE, base, credentials());
      ({ browser, page, authorization } = session);
      [customer] = await someCustomers(base, authorization);
    });
    after(async () => browser?.close());

    test('logs an interaction in a few taps and sees it on the timeline', async () => {
      const summary = `E2E 电话咨询 ${Date.now()}`;
      const channel = t('interactions.channel.PHONE');
      const purpose = t('interactions.purposes.cardService');
      await page.goto(`${base}/customers/${encodeURIComponent(customer.id)}`);
      await page.getByRole('heading', { name: customer.fullName }).waitFor();
      const card = page.locator('.ant-card').filter({
        has: page.getByText(t('interactions.timeline.title'), { exact: true }),
      });
      const log = t('interactions.actions.log');

      await card.getByRole('button', { name: log }).first().click();
      // Ant Design hides the radio itself under its button: tap the button.
      const phone = card.getByRole('radio', { name: channel });
      await phone.locator('xpath=ancestor::label').tap();
      assert.equal(await phone.isChecked(), true);
      await card.getByText(purpose, { exact: true }).tap();
      await card.getByLabel(t('interactions.fields.summary')).fill(summary);
      assert.equal(await sidewaysOverflow(page), 0, 'the form scrolls sideways');
      await screenshot(page, 'phone-service-1-log-interaction');
      const saved = page.waitForResponse(
        (r) => r.request().postDataJSON()?.operationName === 'LogInteraction',
      );
      await card.locator('button.ant-btn-primary', { hasText: log }).click();
      const payload = (await (await saved).json()).data.logInteraction;

      assert.equal(payload.__typename, 'Interaction');
      await card.getByText(summary, { exact: true }).waitFor();
      await card.getByText(`${channel} · ${purpose}`).first().waitFor();
      assert.equal(await sidewaysOverflow(page), 0, 'the timeline scrolls sideways');
      await screenshot(page, 'phone-service-2-timeline');
    });

    test('picks an assignee from the searchable list on a phone', async () => {
      const filed = await fileThroughApi(base, authorization, customer);
      await page.goto(`${base}/complaints/${encodeURIComponent(filed.id)}`);
      const { username } = credentials();
      await page.getByLabel(t('complaints.fields.assignee')).fill(username);
      const option = page
        .locator('.ant-select-item-option')
        .filter({ hasText: username })
        .first();
      await option.waitFor();
      assert.equal(await sidewaysOverflow(page), 0, 'the list scrolls sideways');
      await screenshot(page, 'phone-service-3-assignee-list');
      await option.tap();
      const saved = page.waitForResponse(
        (r) => r.request().postDataJSON()?.operationName === 'AssignComplaint',
      );
      await page
        .getByRole('button', { name: t('complaints.actions.assign'), exact: true })
        .tap();
      const payload = (await (await saved).json()).data.assignComplaint;
      assert.equal(payload.__typename, 'Complaint');
    });
  });

  describe('a complaint from filing to its survey link', () => {
    const t = texts('en');
    let browser;
    let page;
    let customer;

    before(async () => {
      const session = await signedInBrowser(DESKTOP, base, credentials());
      ({ browser, page } = session);
      [, customer] = await someCustomers(base, session.authorization);
    });
    after(async () => browser?.close());

    test('files with the triage suggestion, assigns, resolves, makes a link', async () => {
      await page.goto(`${base}/complaints/new`);
      const picker = page.getByRole('combobox', {
        name: t('complaints.fields.customer'),
      });
      await picker.click();
      await picker.pressSequentially(customer.customerNo, { delay: 20 });
      await page
        .locator('.ant-select-item-option')
        .filter({ hasText: customer.customerNo })
        .click();
      await page.getByLabel(t('complaints.fields.description')).fill(NARRATIVE);

      const suggestion = page.getByText(pattern(t('complaints.form.suggestion')));
      await suggestion.waitFor();
      const suggested = await suggestion.innerText();
      await page
        .getByRole('button', { name: t('complaints.form.useSuggestion') })
        .click();
      const category = page.locator('.ant-form-item').filter({
        has: page.getByText(t('complaints.fields.category'), { exact: true }),
      });
      const chosen = (await category.locator('.ant-select-content').innerText()).trim();
      assert.ok(suggested.includes(chosen), `"${suggested}" suggests "${chosen}"`);
      await screenshot(page, 'desktop-service-3-file-complaint');
      await page
        .getByRole('button', { name: t('complaints.actions.file'), exact: true })
        .click();
      await page.waitForURL(/\/complaints\/[^/]+$/);
      await page.getByRole('heading', { name: customer.fullName }).waitFor();

      await pickAssignee(page, t, credentials().username);
      await page
        .getByRole('button', { name: t('complaints.actions.assign'), exact: true })
        .click();
      // The assignee is shown by username, not by the subject it is stored as.
      await page
        .locator('.ant-descriptions')
        .getByText(credentials().username, { exact: true })
        .waitFor();

      await takeStep(page, t, 'ACKNOWLEDGED');
      await takeStep(page, t, 'INVESTIGATING');
      await takeStep(page, t, 'RESOLVED', async (dialog) => {
        await chooseOption(
          page,
          dialog.getByRole('combobox', { name: t('complaints.fields.outcome') }),
          t('complaints.outcome.NON_MONETARY_RELIEF'),
        );
        await dialog
          .getByLabel(t('complaints.fields.rootCause'))
          .fill('The overdraft fee was charged again by a batch re-run.');
      });

      const send = fill(t('surveys.invitation.send'), { kind: 'CSAT' });
      await page.getByRole('button', { name: send }).click();
      await page.getByText(t('surveys.invitation.created')).waitFor();
      const link = (
        await page.locator('code').filter({ hasText: '/survey/' }).innerText()
      ).trim();
      assert.match(link, new RegExp(`^${base}/survey/[A-Za-z0-9_-]{40,}$`));
      shared.surveyLink = link;
      await screenshot(page, 'desktop-service-4-resolved-with-survey-link');
    });
  });

  describe('a customer answers the survey on a phone, without signing in', () => {
    let browser;
    let page;

    before(async () => {
      browser = await openBrowser(PHONE);
      page = await browser.context.newPage();
    });
    after(async () => browser?.close());

    test('answers once; the link then refuses a second answer', async () => {
      assert.ok(shared.surveyLink, 'the complaint test made no survey link');

      const first = await page.goto(shared.surveyLink);
      assert.equal(first.status(), 200);
      await page.getByRole('radio', { name: '4', exact: true }).check();
      await page.getByLabel(/Comment/).fill('Quick and polite, thank you.');
      assert.equal(await sidewaysOverflow(page), 0, 'the survey scrolls sideways');
      await screenshot(page, 'phone-service-5-survey');
      await page.getByRole('button', { name: /Submit/ }).click();
      await page.getByText('Thank you for your feedback!').waitFor();

      const again = await page.goto(shared.surveyLink);
      assert.equal(again.status(), 410);
      await page.getByText(/answered already/).waitFor();
      await screenshot(page, 'phone-service-6-survey-used');
    });
  });

  describe('a queue that follows what another user does', () => {
    const t = texts('en');
    let mine;
    let theirs;
    let page;
    let other;
    let authorization;

    before(async () => {
      ({
        browser: mine,
        page,
        authorization,
      } = await signedInBrowser(DESKTOP, base, credentials()));
      ({ browser: theirs, page: other } = await signedInBrowser(
        DESKTOP,
        base,
        demoAccount('service_agent'),
      ));
    });
    after(async () => {
      await mine?.close();
      await theirs?.close();
    });

    test('shows a complaint assigned by someone else, then its new state', async () => {
      const pushes = [];
      page.on('websocket', (socket) =>
        socket.on('framereceived', ({ payload }) => pushes.push(String(payload))),
      );
      const [, , customer] = await someCustomers(base, authorization);
      const complaint = await fileThroughApi(base, authorization, customer);
      await page.goto(`${base}/complaints?queue=MINE`);
      // The count is worded for one or for more (Chinese has one form).
      const counts = ['count_one', 'count_other']
        .map((form) => t(`complaints.${form}`))
        .filter(Boolean)
        .map((text) => pattern(text, { count: '[\\d,]+' }).source);
      await page.getByText(new RegExp(`^(?:${counts.join('|')})$`)).waitFor();
      // Marks this document: a reload would start a new one without the mark.
      await page.evaluate(() => {
        window.__sameDocument = true;
      });
      assert.equal(await complaintLink(page, complaint.id).count(), 0);

      await other.goto(`${base}/complaints/${encodeURIComponent(complaint.id)}`);
      await pickAssignee(other, t, credentials().username);
      await other
        .getByRole('button', { name: t('complaints.actions.assign'), exact: true })
        .click();

      const row = page.locator('tr').filter({ has: complaintLink(page, complaint.id) });
      await row.waitFor();
      await row.getByText(t('complaints.status.RECEIVED'), { exact: true }).waitFor();
      await takeStep(other, t, 'ACKNOWLEDGED');
      await row
        .getByText(t('complaints.status.ACKNOWLEDGED'), { exact: true })
        .waitFor();

      // A comment changes nothing the row shows; the queue still hears of it.
      const isComment = (push) =>
        push.includes('"kind":"COMMENT"') && push.includes(complaint.id);
      await other
        .getByLabel(t('complaints.fields.comment'))
        .fill('Customer called back.');
      await other
        .getByRole('button', { name: t('complaints.actions.comment') })
        .click();
      await other.getByText('Customer called back.', { exact: true }).waitFor();
      await waitUntil(() => pushes.some(isComment), 'the comment was not pushed');
      assert.equal(await row.count(), 1);

      assert.equal(await page.evaluate(() => window.__sameDocument), true, 'reloaded');
      await screenshot(page, 'desktop-service-7-live-queue');
    });
  });
}

if (process.env.CIMS_E2E_BASE_URL) {
  describe('service and support in the browser', { timeout: 300_000 }, () =>
    serviceTests(baseUrl()),
  );
} else {
  test('CIMS_E2E_BASE_URL names the server to test', () => baseUrl());
}
