import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { renderApp } from '@/test/renderApp';

const A = 'Q3VzdG9tZXI6MQ';
const B = 'Q3VzdG9tZXI6Mg';

function record(id, overrides) {
  return {
    __typename: 'Customer',
    id,
    customerNo: 'C0000000000',
    kind: 'INDIVIDUAL',
    version: 1,
    archivedAt: null,
    fullName: '王芳',
    familyName: null,
    givenName: null,
    nameLatin: 'Wang Fang',
    gender: 'UNKNOWN',
    birthDate: '1990-03-07',
    nationality: 'CN',
    idType: null,
    idNumber: null,
    mobilePhone: null,
    email: null,
    address: null,
    occupation: null,
    employer: null,
    education: null,
    maritalStatus: 'UNKNOWN',
    relationshipManager: null,
    branch: {
      __typename: 'Branch',
      id: 'QnJhbmNoOjE',
      name: '北京分行',
      nameEn: 'Beijing',
    },
    ...overrides,
  };
}

const PAIRS = {
  data: {
    duplicateCandidates: {
      __typename: 'DuplicatePairConnection',
      edges: [
        {
          __typename: 'DuplicatePairEdge',
          node: {
            __typename: 'DuplicatePair',
            score: 0.6,
            reasons: ['SIMILAR_NAME_SAME_BIRTH_DATE'],
            first: { __typename: 'Customer', id: A },
            second: { __typename: 'Customer', id: B },
          },
        },
      ],
    },
  },
};

const COMPARE = {
  data: {
    a: record(A, {
      customerNo: 'C1000000001',
      mobilePhone: '138****8000',
      occupation: '教师',
    }),
    b: record(B, {
      customerNo: 'C1000000002',
      version: 3,
      gender: 'FEMALE',
      mobilePhone: '139****9000',
      email: 'w***@example.com',
    }),
  },
};

function handlers(mergeAnswer) {
  return {
    DuplicatePairs: () => PAIRS,
    MergeCompare: () => COMPARE,
    MergeCustomers: () => ({ data: { mergeCustomers: mergeAnswer } }),
  };
}

async function mergeWithPhoneFromB(user) {
  await user.click(await screen.findByRole('button', { name: 'Compare' }));
  const phone = await screen.findByRole('radiogroup', { name: 'Mobile phone' });
  await user.click(within(phone).getByRole('radio', { name: '139****9000' }));
  await user.click(screen.getByRole('button', { name: 'Merge' }));
  const dialog = await screen.findByRole('dialog', { name: 'Merge these customers?' });
  await user.click(within(dialog).getByRole('button', { name: 'Merge' }));
  return dialog;
}

describe('merge screen', () => {
  it('sends the survivor, both versions and the values chosen from the other', async () => {
    const user = userEvent.setup();
    const { graph } = renderApp(`/customers/${A}/merge`, {
      handlers: handlers({ __typename: 'Customer', id: A, version: 2 }),
    });

    await mergeWithPhoneFromB(user);

    const [call] = graph.callsOf('MergeCustomers');
    expect(call.variables.input).toEqual({
      survivorId: A,
      otherId: B,
      survivorVersion: 1,
      otherVersion: 3,
      takeFromOther: ['gender', 'mobilePhone', 'email'],
    });
  });

  it('keeps the screen and offers a reload when a record changed meanwhile', async () => {
    const user = userEvent.setup();
    renderApp(`/customers/${A}/merge`, {
      handlers: handlers({
        __typename: 'ConflictError',
        code: 'CONFLICT',
        message: 'Customer was changed by someone else; reload and try again',
        currentVersion: 4,
      }),
    });

    const dialog = await mergeWithPhoneFromB(user);

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Someone else saved this customer first.',
    );
    expect(within(dialog).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });

  it('says so when the customer has no likely duplicates', async () => {
    renderApp(`/customers/${B}x/merge`, { handlers: handlers(null) });

    expect(
      await screen.findByText('No likely duplicates of this customer.'),
    ).toBeInTheDocument();
  });
});
