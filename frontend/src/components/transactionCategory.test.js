import { describe, expect, it } from 'vitest';

import { transactionCategory } from '@/components/transactionCategory';
import { createI18n } from '@/lib/i18n';

describe('transaction categories', () => {
  it('are translated in both languages', () => {
    const zh = createI18n({ language: 'zh' });
    const en = createI18n({ language: 'en' });

    expect(transactionCategory(zh.t, 'loan_repayment')).toBe('贷款还款');
    expect(transactionCategory(zh.t, 'salary')).toBe('工资');
    expect(transactionCategory(en.t, 'loan_repayment')).toBe('Loan repayment');
  });

  it.each([
    ['purchase', '刷卡消费'],
    ['payment', '快捷支付'],
    ['cash_withdrawal', 'ATM 取款'],
    ['transfer_out', '转账支出'],
  ])('name %s, booked by the demo history, in both languages', (code, chinese) => {
    const zh = createI18n({ language: 'zh' });
    const en = createI18n({ language: 'en' });

    expect(transactionCategory(zh.t, code)).toBe(chinese);
    expect(transactionCategory(en.t, code)).not.toBe(code);
  });

  it('show an unknown code as sent', () => {
    const zh = createI18n({ language: 'zh' });

    expect(transactionCategory(zh.t, 'fx_swap')).toBe('fx_swap');
    expect(transactionCategory(zh.t, null)).toBeNull();
  });
});
