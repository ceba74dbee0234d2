import { describe, expect, it } from 'vitest';

import {
  actionLabel,
  codeValueLabel,
  detailKeyLabel,
  entityLabel,
  fieldLabel,
  tableLabel,
} from '@/features/audit/auditLabels';
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

  it('show an action or entity without a label as recorded, a field readably', () => {
    expect(actionLabel(zh.t, 'ledger.rebuild')).toBe('ledger.rebuild');
    expect(entityLabel(zh.t, 'Ledger')).toBe('Ledger');
    expect(fieldLabel(zh.t, 'shoe_size')).toBe('Shoe size');
    expect(fieldLabel(en.t, 'ShoeBox.lid_colour')).toBe('ShoeBox · Lid colour');
    expect(fieldLabel(en.t, 'shoe:42')).toBe('Shoe: 42');
    expect(detailKeyLabel(en.t, 'new_counter')).toBe('New counter');
    expect(tableLabel(en.t, 'shoe_boxes')).toBe('Shoe boxes');
    expect(codeValueLabel(en.t, 'ground', 'new_ground')).toBe('new_ground');
  });

  it('name the coded fields and values of an erasure and an export', () => {
    expect(fieldLabel(en.t, 'request:3')).toBe('Erasure request #3');
    expect(fieldLabel(zh.t, 'request:3')).toBe('删除申请 #3');
    expect(fieldLabel(en.t, 'ground:objection')).toBe(
      'Ground: Objection to processing',
    );
    expect(fieldLabel(zh.t, 'ground:objection')).toBe('理由：反对处理');
    expect(fieldLabel(en.t, 'decision_reason')).toBe('Reason for the decision');
    expect(fieldLabel(zh.t, 'mobile_phone:masked')).toBe('手机号（已脱敏）');
    expect(fieldLabel(en.t, 'Interaction.summary')).toBe('Interaction · Notes');
    expect(fieldLabel(zh.t, 'audit_events')).toBe('审计事件');
    expect(tableLabel(zh.t, 'credit_assessment')).toBe('信用评估');
    expect(detailKeyLabel(zh.t, 'skipped_rows')).toBe('跳过行数');
    expect(codeValueLabel(zh.t, 'from', 'investigating')).toBe('调查中');
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
