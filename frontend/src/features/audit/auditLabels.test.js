import { describe, expect, it } from 'vitest';

import { actionLabel, entityLabel, fieldLabel } from '@/features/audit/auditLabels';
import { createI18n } from '@/lib/i18n';

describe('audit labels', () => {
  const zh = createI18n({ language: 'zh' });
  const en = createI18n({ language: 'en' });

  it('name actions, entities and fields in the reader language', () => {
    expect(actionLabel(zh.t, 'customer.update')).toBe('编辑客户');
    expect(actionLabel(en.t, 'customer.erase.request')).toBe('Erasure requested');
    expect(entityLabel(zh.t, 'Customer')).toBe('客户');
    expect(entityLabel(en.t, 'KycDocument')).toBe('KYC document');
    expect(fieldLabel(zh.t, 'annual_income')).toBe('年收入');
    expect(fieldLabel(en.t, 'mobile_phone')).toBe('Mobile phone');
    expect(fieldLabel(en.t, 'second_approver')).toBe('Second approver');
  });

  it('show a code without a label as recorded', () => {
    expect(actionLabel(zh.t, 'ledger.rebuild')).toBe('ledger.rebuild');
    expect(entityLabel(zh.t, 'Ledger')).toBe('Ledger');
    expect(fieldLabel(zh.t, 'shoe_size')).toBe('shoe_size');
  });
});
