import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { categoryLabel } from '@/features/complaints/categoryLabel';
import { COMPLAINT_ID, complaint } from '@/test/fixtures';
import { renderApp } from '@/test/renderApp';

// Categories as the graph answers them: CFPB ones with the product's table of
// Chinese labels, and one the bank added with its own.
const MORTGAGE = {
  __typename: 'ComplaintCategory',
  id: 'Q29tcGxhaW50Q2F0ZWdvcnk6MQ==',
  code: 'mortgage.struggling_to_pay_mortgage',
  product: 'Mortgage',
  issue: 'Struggling to pay mortgage',
  productZh: '个人住房贷款',
  issueZh: '无力偿还房贷',
};
const WEALTH = {
  __typename: 'ComplaintCategory',
  id: 'Q29tcGxhaW50Q2F0ZWdvcnk6Mg==',
  code: 'bank.wealth_management.mis_selling',
  product: 'Wealth management',
  issue: 'Mis-selling',
  productZh: '理财',
  issueZh: '误导销售',
};

function mortgageComplaint() {
  return complaint({
    category: MORTGAGE,
    description: 'I lost my job and cannot pay the mortgage this month.',
  });
}

const handlers = {
  Complaint: () => ({ data: { complaint: mortgageComplaint() } }),
  Complaints: () => ({
    data: {
      complaints: {
        __typename: 'ComplaintConnection',
        totalCount: 1,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: [
          { __typename: 'ComplaintEdge', cursor: 'c1', node: mortgageComplaint() },
        ],
      },
    },
  }),
  ComplaintCategories: () => ({
    data: { complaintCategories: [MORTGAGE, WEALTH], complaintTeams: [] },
  }),
  ComplaintCustomerSearch: () => ({ data: { customers: { edges: [] } } }),
  AssignableStaff: () => ({ data: { assignableStaff: [] } }),
  SuggestComplaintCategory: () => ({
    data: {
      suggestComplaintCategory: {
        __typename: 'CategorySuggestion',
        category: MORTGAGE,
        product: 'Mortgage',
        issue: 'Struggling to pay mortgage',
        productZh: '个人住房贷款',
        issueZh: '无力偿还房贷',
        productConfidence: 0.9,
        issueConfidence: 0.8,
      },
    },
  }),
};

describe('categoryLabel', () => {
  it('names the category in the UI language, English where Chinese is missing', () => {
    expect(categoryLabel(MORTGAGE, 'zh')).toBe('个人住房贷款 · 无力偿还房贷');
    expect(categoryLabel(MORTGAGE, 'en')).toBe('Mortgage · Struggling to pay mortgage');
    expect(categoryLabel({ ...WEALTH, issueZh: null }, 'zh')).toBe(
      '理财 · Mis-selling',
    );
  });
});

describe('complaint categories on screen', () => {
  it('shows the Chinese category in the complaint view in zh', async () => {
    renderApp(`/complaints/${COMPLAINT_ID}`, { handlers, language: 'zh' });

    expect(await screen.findByText('个人住房贷款 · 无力偿还房贷')).toBeInTheDocument();
    expect(screen.queryByText(/Struggling to pay mortgage/)).toBeNull();
  });

  it('shows the English category in the complaint view in en', async () => {
    renderApp(`/complaints/${COMPLAINT_ID}`, { handlers, language: 'en' });

    expect(
      await screen.findByText('Mortgage · Struggling to pay mortgage'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/无力偿还房贷/)).toBeNull();
  });

  it('lists the Chinese issue in the queue in zh', async () => {
    renderApp('/complaints', { handlers, language: 'zh' });

    const page = (await screen.findAllByRole('main')).at(-1);
    expect(await within(page).findByText('无力偿还房贷')).toBeInTheDocument();
    expect(within(page).queryByText('Struggling to pay mortgage')).toBeNull();
  });

  it('offers Chinese categories and a Chinese suggestion when filing in zh', async () => {
    const user = userEvent.setup();
    renderApp('/complaints/new', { handlers, language: 'zh' });

    const description = await screen.findByLabelText('投诉内容');
    await user.type(description, 'I lost my job and cannot pay the mortgage');
    expect(
      await screen.findByText(
        /建议类别：个人住房贷款 · 无力偿还房贷/,
        {},
        { timeout: 3000 },
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: '类别' }));
    expect(await screen.findByText('理财 · 误导销售')).toBeInTheDocument();
    expect(screen.getAllByText('个人住房贷款 · 无力偿还房贷').length).toBeGreaterThan(
      0,
    );
    expect(screen.queryByText(/Wealth management/)).toBeNull();
  });
});
