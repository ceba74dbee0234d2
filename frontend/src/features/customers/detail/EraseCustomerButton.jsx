import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { blockingError } from '@/components/errors';
import { ErrorState } from '@/components/ErrorState';
import { formatDate } from '@/components/format';
import { PayloadErrorAlert } from '@/components/PayloadErrorAlert';
import { useLanguage } from '@/components/useLanguage';
import { ERASE_CUSTOMER_MUTATION } from '@/features/customers/api/eraseCustomerMutation';

export const GROUNDS = [
  'WITHDRAWN_CONSENT',
  'NO_LONGER_NEEDED',
  'OBJECTION',
  'UNLAWFUL_PROCESSING',
  'LEGAL_OBLIGATION',
];

/** Why the personal data must be kept for now, one line per hold. */
function HoldsAlert({ failure }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={t('customers.erase.held')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {failure.holds.map((hold) => (
            <li key={hold.code}>
              {t(`customers.erase.holds.${hold.code}`, {
                count: hold.count ?? 0,
                until: hold.until ? formatDate(hold.until, language) : '',
                defaultValue: hold.message,
              })}
            </li>
          ))}
        </ul>
      }
    />
  );
}

function useErase(customer, onDone) {
  const [run, { loading, error, reset }] = useMutation(ERASE_CUSTOMER_MUTATION, {
    errorPolicy: 'all',
  });
  const [failure, setFailure] = useState(null);

  const submit = async (ground) => {
    setFailure(null);
    const input = { id: customer.id, version: customer.version, ground };
    const { data } = await run({ variables: { input } }).catch(() => ({}));
    const payload = data?.eraseCustomer;
    if (payload?.__typename === 'Customer') onDone();
    else if (payload) setFailure(payload);
  };
  const clear = () => {
    setFailure(null);
    reset();
  };
  return { submit, clear, loading, error: blockingError(error), failure };
}

/**
 * Erases the customer's personal data on request, after the user picks the
 * ground and types the customer number. The server refuses while a retention
 * hold applies and says which; the dialog lists them.
 */
export function EraseCustomerButton({ customer, onReload }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [ground, setGround] = useState(null);
  const [typed, setTyped] = useState('');
  const state = useErase(customer, () => {
    setOpen(false);
    message.success(t('customers.erase.done'));
  });
  const close = () => {
    setOpen(false);
    setGround(null);
    setTyped('');
    state.clear();
  };
  const reload = () => {
    close();
    onReload();
  };
  const confirmed = ground && typed.trim().toUpperCase() === customer.customerNo;
  const grounds = GROUNDS.map((g) => ({
    value: g,
    label: t(`customers.erase.grounds.${g}`),
  }));
  const failure = state.failure;

  return (
    <>
      <Button
        danger
        onClick={() => setOpen(true)}
        disabled={Boolean(customer.erasedAt)}
      >
        {t('customers.actions.erase')}
      </Button>
      <Modal
        open={open}
        title={t('customers.erase.confirmTitle')}
        okText={t('customers.actions.erase')}
        okButtonProps={{ danger: true, disabled: !confirmed }}
        cancelText={t('common.cancel')}
        confirmLoading={state.loading}
        onOk={() => state.submit(ground)}
        onCancel={close}
        destroyOnHidden
      >
        <Flex vertical gap="middle">
          <Typography.Paragraph>
            {t('customers.erase.confirmText', { name: customer.fullName })}
          </Typography.Paragraph>
          <Form layout="vertical" component="div">
            <Form.Item label={t('customers.erase.ground')} htmlFor="erase-ground">
              <Select
                id="erase-ground"
                options={grounds}
                value={ground}
                onChange={setGround}
              />
            </Form.Item>
            <Form.Item
              label={t('customers.erase.typeNumber', { number: customer.customerNo })}
              htmlFor="erase-number"
            >
              <Input
                id="erase-number"
                autoComplete="off"
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
              />
            </Form.Item>
          </Form>
          {state.error && <ErrorState error={state.error} />}
          {failure?.__typename === 'ErasureHeldError' ? (
            <HoldsAlert failure={failure} />
          ) : (
            <PayloadErrorAlert payload={failure} onReload={reload} />
          )}
        </Flex>
      </Modal>
    </>
  );
}
