import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { renderApp } from '@/test/renderApp';

const FIELDS = [
  {
    __typename: 'RuleField',
    name: 'age',
    kind: 'since',
    operators: ['between', 'eq', 'gte', 'lte'],
    choices: [],
  },
  {
    __typename: 'RuleField',
    name: 'gender',
    kind: 'choice',
    operators: ['eq', 'in', 'ne'],
    choices: ['female', 'male', 'unknown'],
  },
];

async function chooseOption(user, label, option) {
  await user.click(screen.getByRole('combobox', { name: label }));
  const options = await screen.findAllByText(option);
  await user.click(options.at(-1));
}

function builderHandlers(overrides = {}) {
  return {
    SegmentRuleFields: () => ({ data: { segmentRuleFields: FIELDS } }),
    PreviewSegment: ({ rule }) => ({
      data: {
        previewSegment: {
          __typename: 'SegmentPreview',
          count: rule.and[0].value === 'female' ? 5327 : 0,
        },
      },
    }),
    ...overrides,
  };
}

describe('segment builder', () => {
  it('counts the customers a rule selects while it is built', async () => {
    const user = userEvent.setup();
    const { graph } = renderApp('/segments/new', { handlers: builderHandlers() });
    await screen.findByRole('heading', { name: 'New segment' });

    await chooseOption(user, 'Field', 'Gender');
    await chooseOption(user, 'Value', 'Female');

    const count = await screen.findByText('5,327');
    expect(within(count.closest('[aria-live]')).getByText('Customers matching now'));
    expect(graph.callsOf('PreviewSegment').at(-1).variables).toEqual({
      rule: { and: [{ field: 'gender', op: 'eq', value: 'female' }] },
    });
  });

  it('shows the server’s objections at the condition they concern', async () => {
    const user = userEvent.setup();
    renderApp('/segments/new', {
      handlers: builderHandlers({
        CreateSegment: () => ({
          data: {
            createSegment: {
              __typename: 'ValidationError',
              code: 'VALIDATION_FAILED',
              message: 'Some fields are not valid',
              fields: [
                {
                  __typename: 'FieldError',
                  field: 'rule.and[0].value',
                  code: 'INVALID_VALUE',
                  message: 'Expected one of: female, male, unknown',
                },
              ],
            },
          },
        }),
      }),
    });
    await screen.findByRole('heading', { name: 'New segment' });

    await user.type(screen.getByLabelText('Name (Chinese)'), '女性客户');
    await chooseOption(user, 'Field', 'Gender');
    await chooseOption(user, 'Value', 'Female');
    await user.click(screen.getByRole('button', { name: 'Create segment' }));

    expect(
      await screen.findByText('This value does not fit the field'),
    ).toBeInTheDocument();
  });
});
