import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { BRANCHES, customerConnection, customerListNode } from '@/test/fixtures';
import { renderApp } from '@/test/renderApp';

const handlers = {
  Customers: () => ({ data: { customers: customerConnection([customerListNode()]) } }),
  Branches: () => ({ data: { branches: BRANCHES } }),
};

describe('language', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('starts in Chinese when the browser prefers Chinese', async () => {
    vi.stubGlobal('navigator', { ...navigator, languages: ['zh-CN', 'en'] });

    renderApp('/customers', { handlers, language: null });

    expect(await screen.findByRole('heading', { name: '客户' })).toBeInTheDocument();
    expect(await screen.findByText('共 1 位客户')).toBeInTheDocument();
  });

  it('starts in English otherwise', async () => {
    vi.stubGlobal('navigator', { ...navigator, languages: ['de-DE'] });

    renderApp('/customers', { handlers, language: null });

    expect(
      await screen.findByRole('heading', { name: 'Customers' }),
    ).toBeInTheDocument();
  });

  it('switches the texts from the header and remembers the choice', async () => {
    const user = userEvent.setup();
    renderApp('/customers', { handlers, language: 'en' });
    expect(await screen.findByText('1 customer')).toBeInTheDocument();

    // The radio input itself is hidden under its label, which takes the click.
    await user.click(screen.getByRole('radio', { name: '中文' }).closest('label'));

    expect(await screen.findByRole('heading', { name: '客户' })).toBeInTheDocument();
    expect(screen.getByText('共 1 位客户')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /客户号/ })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(localStorage.getItem('cims.language')).toBe('zh');
  });

  it("switches Ant Design's own texts too", async () => {
    const user = userEvent.setup();
    renderApp('/customers/new', { handlers, language: 'en' });
    const birthDate = await screen.findByLabelText('Date of birth');
    expect(birthDate).toHaveAttribute('placeholder', 'Select date');

    await user.click(screen.getByRole('radio', { name: '中文' }).closest('label'));

    expect(await screen.findByLabelText('出生日期')).toHaveAttribute(
      'placeholder',
      '请选择日期',
    );
  });
});
