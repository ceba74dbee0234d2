import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { renderApp } from '@/test/renderApp';

const handlers = {
  ComplaintCategories: () => ({
    data: { complaintCategories: [], complaintTeams: [] },
  }),
  ComplaintCustomerSearch: () => ({ data: { customers: { edges: [] } } }),
};

async function submitEmpty(language) {
  const user = userEvent.setup();
  const labels = { en: 'File a complaint', zh: '登记投诉' };
  renderApp('/complaints/new', { handlers, language });
  const buttons = await screen.findAllByRole('button', {
    name: new RegExp(labels[language]),
  });
  await user.click(buttons.at(-1));
}

describe('filing a complaint', () => {
  it('asks to choose in the dropdowns and to enter the description (en)', async () => {
    await submitEmpty('en');

    expect(await screen.findByText('Please choose the customer')).toBeInTheDocument();
    expect(screen.getByText('Please choose a category')).toBeInTheDocument();
    expect(screen.getByText('Please enter a description')).toBeInTheDocument();
    expect(screen.queryByText(/Please enter .*(customer|category)/i)).toBeNull();
  });

  it('says 请选择 for the dropdowns in Chinese', async () => {
    await submitEmpty('zh');

    expect(await screen.findByText('请选择客户')).toBeInTheDocument();
    expect(screen.getByText('请选择类别')).toBeInTheDocument();
    expect(screen.getByText('请输入投诉描述')).toBeInTheDocument();
  });

  it("takes a branch employee's complaint at the counter, others by phone", async () => {
    const { unmount } = renderApp('/complaints/new', { handlers, role: 'teller' });
    const teller = await screen.findByRole('combobox', { name: 'Channel' });
    expect(teller.closest('.ant-select')).toHaveTextContent('Branch');
    unmount();

    renderApp('/complaints/new', { handlers, role: 'service_agent' });
    const agent = await screen.findByRole('combobox', { name: 'Channel' });
    expect(agent.closest('.ant-select')).toHaveTextContent('Phone');
  });
});
