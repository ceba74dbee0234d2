import { useQuery } from '@apollo/client/react';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Flex, Form, Input, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { Children } from 'react';
import { useTranslation } from 'react-i18next';

import { AmountInput } from '@/components/AmountInput';
import { amountRule } from '@/components/money';
import { useIsPhone } from '@/components/useIsPhone';
import { localName, useLanguage } from '@/components/useLanguage';
import { BRANCHES_QUERY } from '@/features/customers/api/branchesQuery';
import {
  hiddenFields,
  KYC_DECISIONS,
  MONEY_FIELDS,
} from '@/features/customers/form/formValues';
import { can, useCan, useMe } from '@/lib/permissions';

export const ENUMS = {
  kind: ['CustomerKind', ['INDIVIDUAL', 'CORPORATE']],
  gender: ['Gender', ['MALE', 'FEMALE', 'UNKNOWN']],
  idType: [
    'IdType',
    [
      'RESIDENT_ID',
      'PASSPORT',
      'HK_MACAO_PERMIT',
      'TAIWAN_PERMIT',
      'SOCIAL_CREDIT_CODE',
      'OTHER',
    ],
  ],
  maritalStatus: [
    'MaritalStatus',
    ['SINGLE', 'MARRIED', 'DIVORCED', 'WIDOWED', 'SEPARATED', 'UNKNOWN'],
  ],
  status: ['CustomerStatus', ['PROSPECT', 'ACTIVE', 'DORMANT', 'CLOSED']],
  kycStatus: ['KycStatus', ['PENDING', 'VERIFIED', 'EXPIRED', 'REJECTED']],
};

const CURRENCIES = ['CNY', 'HKD', 'USD', 'EUR', 'GBP', 'JPY'];
// Amounts are checked again when the currency (and so its decimals) changes.
const CURRENCY = ['currency'];

// Dates travel as YYYY-MM-DD strings; only the picker sees dayjs objects.
const dateProps = {
  getValueProps: (value) => ({ value: value ? dayjs(value) : null }),
  normalize: (value) => (value ? value.format('YYYY-MM-DD') : null),
};

/** The form fields the signed-in viewer may not read, so neither sees nor sends. */
export function useHiddenFields() {
  const { me } = useMe();
  return hiddenFields((permission) => can(me, permission));
}

function EnumSelect({ name, omit = [], ...props }) {
  const { t } = useTranslation();
  const [type, values] = ENUMS[name];
  const options = values
    .filter((v) => !omit.includes(v))
    .map((v) => ({ value: v, label: t(`enums.${type}.${v}`) }));
  return <Select allowClear options={options} {...props} />;
}

/**
 * Branch staff may only place customers in their own branch (the server
 * refuses any other), so they are offered that one alone.
 */
function BranchSelect(props) {
  const language = useLanguage();
  const { me } = useMe();
  const { data, loading } = useQuery(BRANCHES_QUERY);
  const own = me?.branch?.id;
  const options = (data?.branches ?? [])
    .filter((b) => !own || b.id === own)
    .map((b) => ({ value: b.id, label: localName(b, language) }));
  return <Select loading={loading} options={options} {...props} />;
}

/** A labelled field; its label is also the control's accessible name. */
function Field({ name, children, ...itemProps }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={t(`customers.fields.${name}`)} {...itemProps}>
      {children}
    </Form.Item>
  );
}

function Section({ title, children }) {
  const isPhone = useIsPhone();
  return (
    <Card title={title} size="small">
      <Row gutter={16}>
        {Children.toArray(children).map((child) => (
          <Col key={child.props.name} span={isPhone ? 24 : 12}>
            {child}
          </Col>
        ))}
      </Row>
    </Card>
  );
}

function useRequired() {
  const { t } = useTranslation();
  return [{ required: true, message: t('customers.form.required') }];
}

function PersonFields({ kindLocked, hidden }) {
  const { t } = useTranslation();
  const required = useRequired();
  return (
    <Section title={t('customers.form.sections.person')}>
      <Field name="kind" rules={required}>
        <EnumSelect name="kind" allowClear={false} disabled={kindLocked} />
      </Field>
      <Field name="fullName" rules={required}>
        <Input maxLength={200} />
      </Field>
      <Field name="familyName">
        <Input maxLength={100} />
      </Field>
      <Field name="givenName">
        <Input maxLength={100} />
      </Field>
      <Field name="nameLatin">
        <Input maxLength={200} />
      </Field>
      <Field name="gender">
        <EnumSelect name="gender" />
      </Field>
      {!hidden.includes('birthDate') && (
        <Field name="birthDate" {...dateProps}>
          <DatePicker style={{ width: '100%' }} />
        </Field>
      )}
      <Field name="nationality">
        <Input maxLength={2} />
      </Field>
      <Field name="idType">
        <EnumSelect name="idType" />
      </Field>
      <Field name="idNumber">
        <Input maxLength={64} autoComplete="off" />
      </Field>
    </Section>
  );
}

function ContactFields() {
  const { t } = useTranslation();
  return (
    <Section title={t('customers.form.sections.contact')}>
      <Field name="mobilePhone">
        <Input inputMode="tel" autoComplete="off" />
      </Field>
      <Field name="email">
        <Input inputMode="email" autoComplete="off" />
      </Field>
      <Field name="address">
        <Input.TextArea autoSize maxLength={500} />
      </Field>
    </Section>
  );
}

function WorkFields({ hidden }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const currencies = CURRENCIES.map((c) => ({ value: c, label: c }));
  const amount = [
    amountRule(
      (problem) => t(`errors.money.${problem.code}`, problem),
      () => form.getFieldValue('currency'),
    ),
  ];
  return (
    <Section title={t('customers.form.sections.work')}>
      <Field name="occupation">
        <Input maxLength={100} />
      </Field>
      <Field name="employer">
        <Input maxLength={200} />
      </Field>
      <Field name="education">
        <Input maxLength={50} />
      </Field>
      <Field name="maritalStatus">
        <EnumSelect name="maritalStatus" />
      </Field>
      {!hidden.includes('currency') && (
        <Field name="currency">
          <Select options={currencies} />
        </Field>
      )}
      {MONEY_FIELDS.filter((f) => !hidden.includes(f)).map((f) => (
        <Field key={f} name={f} rules={amount} dependencies={CURRENCY}>
          <AmountInput />
        </Field>
      ))}
    </Section>
  );
}

/**
 * Only a holder of kyc.verify decides KYC (verified, rejected). Others may set
 * the other states, and see a decided one without the means to undo it.
 */
function KycSelect(props) {
  const mayDecide = useCan('kyc.verify');
  if (mayDecide) return <EnumSelect name="kycStatus" {...props} />;
  const decided = KYC_DECISIONS.includes(props.value);
  return (
    <EnumSelect
      name="kycStatus"
      omit={decided ? [] : KYC_DECISIONS}
      disabled={decided}
      {...props}
    />
  );
}

function ClassificationFields() {
  const { t } = useTranslation();
  const required = useRequired();
  return (
    <Section title={t('customers.form.sections.classification')}>
      <Field name="branchId" rules={required}>
        <BranchSelect />
      </Field>
      <Field name="relationshipManager">
        <Input maxLength={64} />
      </Field>
      <Field name="status">
        <EnumSelect name="status" />
      </Field>
      <Field name="kycStatus">
        <KycSelect />
      </Field>
      <Field name="tags">
        <Select mode="tags" tokenSeparators={[',', '，']} open={false} />
      </Field>
    </Section>
  );
}

/**
 * Named values of the bank's own (custom attributes). An edit sends only the
 * names added, changed or removed (see attributesPatch); the rest are kept.
 */
function AttributeFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  return (
    <Card title={t('customers.form.attributesTitle')} size="small">
      <Form.List name="customAttributes">
        {(rows, { add, remove }) => (
          <Flex vertical gap="small">
            {rows.map((row) => {
              const name = form.getFieldValue(['customAttributes', row.name, 'name']);
              return (
                <Flex key={row.key} gap="small" wrap align="start">
                  <Form.Item name={[row.name, 'name']} noStyle>
                    <Input
                      aria-label={t('customers.fields.attributeName')}
                      maxLength={64}
                      style={{ flex: '1 1 140px' }}
                    />
                  </Form.Item>
                  <Form.Item name={[row.name, 'value']} noStyle>
                    <Input
                      aria-label={t('customers.fields.attributeValue')}
                      maxLength={1000}
                      style={{ flex: '2 1 180px' }}
                    />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('customers.form.removeAttribute', {
                      name: name ?? '',
                    })}
                    onClick={() => remove(row.name)}
                  />
                </Flex>
              );
            })}
            <Button
              type="dashed"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => add({ name: '', value: '' })}
            >
              {t('customers.form.addAttribute')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Card>
  );
}

/**
 * The customer form used to create and to edit. It checks only what must be
 * there; every other rule is the server's, whose messages appear beside the
 * fields (see applyFieldErrors). A customer's kind cannot change once made.
 */
export function CustomerForm({
  form,
  initialValues,
  onFinish,
  submitting,
  submitLabel,
  onCancel,
  notice,
  kindLocked = false,
}) {
  const { t } = useTranslation();
  // Custom attributes hold imported income and credit outcomes: financial data.
  // Without the right the section is left out, so an edit sends no attribute
  // changes and the server keeps every stored one.
  const hidden = useHiddenFields();
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      scrollToFirstError
    >
      <Flex vertical gap="middle">
        <PersonFields kindLocked={kindLocked} hidden={hidden} />
        <ContactFields />
        <WorkFields hidden={hidden} />
        <ClassificationFields />
        {!hidden.includes('customAttributes') && <AttributeFields />}
        {notice}
        <Flex gap="small" justify="flex-end" wrap>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={submitting}>
            {submitLabel}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
