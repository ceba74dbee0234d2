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

  it('name complaint, interaction and survey actions and what they touch', () => {
    expect(actionLabel(en.t, 'complaint.file')).toBe('Complaint filed');
    expect(actionLabel(zh.t, 'complaint.assign')).toBe('分派投诉');
    expect(actionLabel(en.t, 'complaint.transition')).toBe('Complaint status changed');
    expect(actionLabel(zh.t, 'complaint.comment')).toBe('投诉备注');
    expect(actionLabel(en.t, 'interaction.log')).toBe('Interaction logged');
    expect(actionLabel(zh.t, 'survey.answer')).toBe('回答满意度调查');
    expect(entityLabel(zh.t, 'Interaction')).toBe('交互记录');
    expect(entityLabel(en.t, 'SurveyInvitation')).toBe('Survey invitation');
    expect(fieldLabel(en.t, 'category_id')).toBe('Category');
    expect(fieldLabel(zh.t, 'summary')).toBe('记录');
  });
});
