import { Card, Descriptions, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import { EnumTag } from '@/components/EnumTag';
import { formatDate, formatDateTime, formatMoney } from '@/components/format';
import { localName, useLanguage } from '@/components/useLanguage';

function useItems(customer) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = (value) => value || '—';
  // Not asked for (undefined) because the role may not read it, unlike empty (null).
  const money = (value) =>
    value === undefined ? t('common.notShown') : formatMoney(value, language);
  const enumText = (type, value) =>
    value ? t(`enums.${type}.${value}`, { defaultValue: value }) : '—';

  return [
    ['customerNo', customer.customerNo],
    ['kind', enumText('CustomerKind', customer.kind)],
    ['nameLatin', text(customer.nameLatin)],
    ['gender', enumText('Gender', customer.gender)],
    ['birthDate', birthDateText(customer, language)],
    ['nationality', text(customer.nationality)],
    ['idType', enumText('IdType', customer.idType)],
    ['idNumber', text(customer.idNumber)],
    ['mobilePhone', text(customer.mobilePhone)],
    ['email', text(customer.email)],
    ['address', text(customer.address)],
    ['occupation', text(customer.occupation)],
    ['employer', text(customer.employer)],
    ['education', text(customer.education)],
    ['maritalStatus', enumText('MaritalStatus', customer.maritalStatus)],
    ['annualIncome', money(customer.annualIncome)],
    ['assets', money(customer.assets)],
    ['liabilities', money(customer.liabilities)],
    ['status', <EnumTag key="s" type="CustomerStatus" value={customer.status} />],
    ['kycStatus', <EnumTag key="k" type="KycStatus" value={customer.kycStatus} />],
    ['tags', customer.tags.length ? <TagList key="t" tags={customer.tags} /> : '—'],
    ['branch', localName(customer.branch, language)],
    ['relationshipManager', text(customer.relationshipManager)],
    ['source', enumText('Source', customer.source)],
    ['createdAt', formatDateTime(customer.createdAt, language)],
    ['updatedAt', formatDateTime(customer.updatedAt, language)],
  ].map(([key, children]) => ({ key, label: t(`customers.fields.${key}`), children }));
}

/** In clear with customer.pii.read; else the year alone, like the masked ID. */
export function birthDateText(customer, language) {
  if (customer.birthDate) return formatDate(customer.birthDate, language);
  return customer.birthYear ? `${customer.birthYear}-**-**` : '—';
}

function TagList({ tags }) {
  return (
    <Space size={[0, 4]} wrap>
      {tags.map((tag) => (
        <Tag key={tag}>{tag}</Tag>
      ))}
    </Space>
  );
}

export function ProfileSection({ customer, isPhone }) {
  const { t } = useTranslation();
  return (
    <Card title={t('customers.detail.profile')} size="small">
      <Descriptions
        items={useItems(customer)}
        column={isPhone ? 1 : 2}
        size="small"
        styles={{ content: { wordBreak: 'break-word' } }}
      />
    </Card>
  );
}
