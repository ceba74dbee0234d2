import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { BRANCHES, customer } from '@/test/fixtures';
import { renderApp } from '@/test/renderApp';
import { setViewport } from '@/test/setup';

const ZHANG = customer();
const EDIT_PATH = `/customers/${encodeURIComponent(ZHANG.id)}/edit`;

function editHandlers(updateCustomer, current = () => ZHANG) {
  return {
    CustomerForEdit: () => ({ data: { customer: current() } }),
    Branches: () => ({ data: { branches: BRANCHES } }),
    UpdateCustomer: () => ({ data: { updateCustomer: updateCustomer() } }),
  };
}

function conflictAnswer(version) {
  return {
    __typename: 'ConflictError',
    code: 'CONFLICT',
    message: 'Customer was changed by someone else; reload and try again',
    currentVersion: version,
  };
}

async function changeField(user, label, value) {
  const input = await screen.findByLabelText(label);
  await user.clear(input);
  if (value) await user.type(input, value);
  return input;
}

describe('edit customer', () => {
  it('sends only the changed fields with the version it was read at', async () => {
    const user = userEvent.setup();
    const saved = { ...ZHANG, occupation: 'Teacher', version: 4 };
    const { graph } = renderApp(EDIT_PATH, {
      handlers: {
        ...editHandlers(() => saved),
        Customer: () => ({ data: { customer: null } }),
        CustomerTransactions: () => ({ data: { customer: null } }),
      },
    });

    await changeField(user, 'Occupation', 'Teacher');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await expect.poll(() => graph.callsOf('UpdateCustomer').length).toBe(1);
    expect(graph.callsOf('UpdateCustomer')[0].variables.input).toEqual({
      id: ZHANG.id,
      version: 3,
      occupation: 'Teacher',
    });
  });

  it("shows the server's message beside the field it concerns", async () => {
    const user = userEvent.setup();
    renderApp(EDIT_PATH, {
      handlers: editHandlers(() => ({
        __typename: 'ValidationError',
        code: 'VALIDATION_FAILED',
        message: 'Invalid input: email',
        fields: [
          {
            __typename: 'FieldError',
            field: 'email',
            code: 'invalid_email',
            message: 'The e-mail address is not valid.',
          },
        ],
      })),
    });

    const email = await changeField(user, 'Email', 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await expect
      .poll(() => email)
      .toHaveAccessibleDescription('The e-mail address is not valid.');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Occupation')).not.toHaveAttribute('aria-invalid');
  });

  it('lists field errors the form has no field for', async () => {
    const user = userEvent.setup();
    renderApp(EDIT_PATH, {
      handlers: editHandlers(() => ({
        __typename: 'ValidationError',
        code: 'VALIDATION_FAILED',
        message: 'Invalid input: customAttributes',
        fields: [
          {
            __typename: 'FieldError',
            field: 'customAttributes',
            code: 'too_large',
            message: 'Too many attributes.',
          },
        ],
      })),
    });

    await changeField(user, 'Occupation', 'Teacher');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('customAttributes: Too many attributes.');
  });

  it('keeps what was typed after a conflict and sends the new version next', async () => {
    const user = userEvent.setup();
    let current = ZHANG;
    let answers = [conflictAnswer(5), { ...ZHANG, version: 6 }];
    const { graph } = renderApp(EDIT_PATH, {
      handlers: {
        ...editHandlers(
          () => {
            // The other person changed the employer and the e-mail meanwhile.
            current = { ...ZHANG, employer: 'Bank of Qingdao', version: 5 };
            return answers.shift();
          },
          () => current,
        ),
        Customer: () => ({ data: { customer: null } }),
        CustomerTransactions: () => ({ data: { customer: null } }),
      },
    });

    await changeField(user, 'Occupation', 'Teacher');
    await changeField(user, 'Address', 'No. 1 Renmin Road');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else saved this customer');
    const changed = within(alert).getByRole('list', {
      name: 'Changed by the other person',
    });
    expect(within(changed).getAllByRole('listitem')).toHaveLength(1);
    expect(changed).toHaveTextContent('Employer');
    expect(changed).toHaveTextContent('Now: Bank of Qingdao');
    expect(changed).toHaveTextContent('Your form was filled with: (empty)');
    // What the user typed survives; the field the other changed shows theirs.
    expect(screen.getByLabelText('Occupation')).toHaveValue('Teacher');
    expect(screen.getByLabelText('Address')).toHaveValue('No. 1 Renmin Road');
    expect(screen.getByLabelText('Employer')).toHaveValue('Bank of Qingdao');
    expect(graph.callsOf('CustomerForEdit')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Save' }));

    await expect.poll(() => graph.callsOf('UpdateCustomer').length).toBe(2);
    expect(graph.callsOf('UpdateCustomer')[1].variables.input).toEqual({
      id: ZHANG.id,
      version: 5,
      occupation: 'Teacher',
      address: 'No. 1 Renmin Road',
    });
  });

  it('keeps the form and what was typed when the reload after a conflict fails', async () => {
    const user = userEvent.setup();
    let reads = 0;
    const theirs = { ...ZHANG, employer: 'Bank of Qingdao', version: 5 };
    // The first read fills the form; the reload after the conflict fails once.
    const answers = [
      () => ({ data: { customer: ZHANG } }),
      () =>
        new Response(
          JSON.stringify({ errors: [{ extensions: { requestId: 'req-reload-1' } }] }),
          { status: 503, headers: { 'content-type': 'application/json' } },
        ),
      () => ({ data: { customer: theirs } }),
    ];
    const { graph } = renderApp(EDIT_PATH, {
      handlers: {
        ...editHandlers(() => conflictAnswer(5)),
        CustomerForEdit: () => answers[Math.min(reads++, 2)](),
      },
    });

    await changeField(user, 'Occupation', 'Teacher');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const retry = await screen.findByRole('button', { name: 'Try again' });
    expect(screen.getByText('req-reload-1')).toBeInTheDocument();
    expect(screen.getByLabelText('Occupation')).toHaveValue('Teacher');
    expect(screen.getByRole('button', { name: 'Save' })).toBeInTheDocument();

    await user.click(retry);
    const changed = await screen.findByRole('list', {
      name: 'Changed by the other person',
    });
    expect(changed).toHaveTextContent('Now: Bank of Qingdao');
    expect(screen.queryByText('req-reload-1')).toBeNull();
    expect(screen.getByLabelText('Occupation')).toHaveValue('Teacher');
    expect(screen.getByLabelText('Employer')).toHaveValue('Bank of Qingdao');
    expect(graph.callsOf('CustomerForEdit')).toHaveLength(3);
  });

  it('marks a field both changed and can take their value instead', async () => {
    const user = userEvent.setup();
    let current = ZHANG;
    const { graph } = renderApp(EDIT_PATH, {
      handlers: editHandlers(
        () => {
          current = {
            ...ZHANG,
            occupation: 'Doctor',
            maritalStatus: 'SINGLE',
            version: 5,
          };
          return conflictAnswer(5);
        },
        () => current,
      ),
    });

    await changeField(user, 'Occupation', 'Teacher');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const list = await screen.findByRole('list', {
      name: 'Changed by the other person',
    });
    const [occupation, marital] = within(list).getAllByRole('listitem');
    expect(occupation).toHaveTextContent('Occupation');
    expect(occupation).toHaveTextContent('Now: Doctor');
    expect(occupation).toHaveTextContent('Your form was filled with: Engineer');
    expect(occupation).toHaveTextContent('You changed this too');
    expect(marital).toHaveTextContent('Now: Single');
    expect(marital).not.toHaveTextContent('You changed this too');
    expect(screen.getByLabelText('Occupation')).toHaveValue('Teacher');

    await user.click(within(occupation).getByRole('button', { name: 'Use theirs' }));

    expect(screen.getByLabelText('Occupation')).toHaveValue('Doctor');
    expect(graph.callsOf('CustomerForEdit')).toHaveLength(2);
  });

  it('discards the typed values on request, leaving the current version', async () => {
    const user = userEvent.setup();
    let current = ZHANG;
    const { graph } = renderApp(EDIT_PATH, {
      handlers: editHandlers(
        () => {
          current = { ...ZHANG, occupation: 'Doctor', version: 5 };
          return conflictAnswer(5);
        },
        () => current,
      ),
    });

    await changeField(user, 'Employer', 'Acme');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(await screen.findByRole('button', { name: 'Discard my changes' }));

    expect(screen.getByLabelText('Employer')).toHaveValue('');
    expect(screen.getByLabelText('Occupation')).toHaveValue('Doctor');
    expect(
      screen.queryByRole('list', { name: 'Changed by the other person' }),
    ).toBeNull();
    expect(graph.callsOf('UpdateCustomer')).toHaveLength(1);
  });

  it('names no field the viewer may not read', async () => {
    const user = userEvent.setup();
    let current = ZHANG;
    renderApp(EDIT_PATH, {
      role: 'teller',
      handlers: editHandlers(
        () => {
          current = {
            ...ZHANG,
            annualIncome: { __typename: 'Money', amount: '999999.00', currency: 'CNY' },
            version: 5,
          };
          return conflictAnswer(5);
        },
        () => current,
      ),
    });

    await changeField(user, 'Occupation', 'Teacher');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('They changed nothing you can see here.');
    expect(alert).not.toHaveTextContent(/income|999/i);
    expect(screen.getByLabelText('Occupation')).toHaveValue('Teacher');
  });

  it('tells the conflict in Chinese on a phone', async () => {
    setViewport('phone');
    const user = userEvent.setup();
    let current = ZHANG;
    renderApp(EDIT_PATH, {
      language: 'zh',
      handlers: editHandlers(
        () => {
          current = { ...ZHANG, employer: '青岛银行', version: 5 };
          return conflictAnswer(5);
        },
        () => current,
      ),
    });

    await changeField(user, '职业', '教师');
    await user.click(screen.getByRole('button', { name: /^保\s?存$/ }));

    const list = await screen.findByRole('list', { name: '对方修改的字段' });
    expect(list).toHaveTextContent('现为：青岛银行');
    expect(screen.getByRole('alert')).toHaveTextContent('其他人已保存了该客户');
    expect(screen.getByLabelText('职业')).toHaveValue('教师');
    expect(screen.getByRole('button', { name: '放弃我的修改' })).toHaveClass(
      'ant-btn-block',
    );
  });

  it('does not let the kind of a customer change', async () => {
    renderApp(EDIT_PATH, { handlers: editHandlers(() => ZHANG) });

    expect(await screen.findByRole('combobox', { name: 'Kind' })).toBeDisabled();
  });

  it('removes and adds custom attributes as a patch, keeping the others', async () => {
    const user = userEvent.setup();
    const { graph } = renderApp(EDIT_PATH, {
      handlers: {
        ...editHandlers(() => ({ ...ZHANG, version: 4 })),
        Customer: () => ({ data: { customer: null } }),
        CustomerTransactions: () => ({ data: { customer: null } }),
      },
    });

    await user.click(
      await screen.findByRole('button', { name: 'Remove attribute duration_in_month' }),
    );
    await user.click(screen.getByRole('button', { name: 'Add attribute' }));
    const names = screen.getAllByLabelText('Attribute name');
    const values = screen.getAllByLabelText('Attribute value');
    await user.type(names.at(-1), 'segment');
    await user.type(values.at(-1), 'private');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await expect.poll(() => graph.callsOf('UpdateCustomer').length).toBe(1);
    expect(graph.callsOf('UpdateCustomer')[0].variables.input).toEqual({
      id: ZHANG.id,
      version: 3,
      customAttributes: { duration_in_month: null, segment: 'private' },
    });
  });

  it('leaves financial fields and custom attributes out for a role without them', async () => {
    const user = userEvent.setup();
    const withheld = { ...ZHANG, customAttributes: null, annualIncome: null };
    const { graph } = renderApp(EDIT_PATH, {
      role: 'teller',
      handlers: {
        ...editHandlers(() => ({ ...withheld, version: 4 })),
        CustomerForEdit: () => ({ data: { customer: withheld } }),
        Customer: () => ({ data: { customer: null } }),
        CustomerTransactions: () => ({ data: { customer: null } }),
      },
    });

    await changeField(user, 'Occupation', 'Teacher');
    expect(screen.queryByRole('button', { name: 'Add attribute' })).toBeNull();
    for (const label of ['Currency', 'Annual income', 'Assets', 'Liabilities']) {
      expect(screen.queryByLabelText(label)).toBeNull();
    }
    expect(screen.getByLabelText('Date of birth')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await expect.poll(() => graph.callsOf('UpdateCustomer').length).toBe(1);
    expect(graph.callsOf('UpdateCustomer')[0].variables.input).toEqual({
      id: ZHANG.id,
      version: 3,
      occupation: 'Teacher',
    });
  });

  it("says so when the customer's personal data was erased meanwhile", async () => {
    const user = userEvent.setup();
    renderApp(EDIT_PATH, {
      handlers: editHandlers(() => ({
        __typename: 'RefusedError',
        code: 'ALREADY_ERASED',
        message: "The customer's personal data is erased",
      })),
    });

    await changeField(user, 'Occupation', 'Teacher');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      "This customer's personal data was erased; the record can no longer be edited.",
    );
  });

  it('offers a role without kyc.verify the KYC states it may set, no decision', async () => {
    const user = userEvent.setup();
    const pending = { ...ZHANG, kycStatus: 'PENDING', annualIncome: null };
    renderApp(EDIT_PATH, {
      role: 'teller',
      handlers: {
        ...editHandlers(() => pending),
        CustomerForEdit: () => ({ data: { customer: pending } }),
      },
    });

    await user.click(await screen.findByRole('combobox', { name: 'KYC' }));
    const listbox = await screen.findByRole('listbox');
    expect(listbox.parentElement).toHaveTextContent('Expired');
    expect(listbox.parentElement).not.toHaveTextContent('Verified');
    expect(listbox.parentElement).not.toHaveTextContent('Rejected');
  });

  it('shows a verified KYC to a role without kyc.verify, not to be changed', async () => {
    const user = userEvent.setup();
    const verified = { ...ZHANG, kycStatus: 'VERIFIED', annualIncome: null };
    const { graph } = renderApp(EDIT_PATH, {
      role: 'teller',
      handlers: {
        ...editHandlers(() => ({ ...verified, version: 4 })),
        CustomerForEdit: () => ({ data: { customer: verified } }),
        Customer: () => ({ data: { customer: null } }),
        CustomerTransactions: () => ({ data: { customer: null } }),
      },
    });

    expect(await screen.findByRole('combobox', { name: 'KYC' })).toBeDisabled();
    await changeField(user, 'Occupation', 'Teacher');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await expect.poll(() => graph.callsOf('UpdateCustomer').length).toBe(1);
    expect(graph.callsOf('UpdateCustomer')[0].variables.input).not.toHaveProperty(
      'kycStatus',
    );
  });

  it("words the server's field problems by their code in Chinese", async () => {
    const user = userEvent.setup();
    renderApp(EDIT_PATH, {
      language: 'zh',
      handlers: editHandlers(() => ({
        __typename: 'ValidationError',
        code: 'VALIDATION_FAILED',
        message: 'Invalid input: email, mobile_phone',
        fields: [
          {
            __typename: 'FieldError',
            field: 'email',
            code: 'INVALID_EMAIL',
            message: 'Not a valid e-mail address',
          },
          {
            __typename: 'FieldError',
            field: 'customerNo',
            code: 'FORBIDDEN_CHARACTERS',
            message: 'Contains control or direction characters',
          },
        ],
      })),
    });

    const email = await screen.findByLabelText('电子邮箱');
    await user.clear(email);
    await user.type(email, 'x@');
    await user.click(screen.getByRole('button', { name: '保存' }));

    await expect
      .poll(() => email)
      .toHaveAccessibleDescription('不是有效的电子邮箱地址。');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('客户号: 包含控制字符或文字方向字符，请重新输入。');
    expect(alert).not.toHaveTextContent('Contains');
  });
});
