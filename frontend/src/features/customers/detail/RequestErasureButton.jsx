import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { blockingError } from '@/components/errors';
import { ErrorState } from '@/components/ErrorState';
import { ERASURE_REQUEST_QUERY } from '@/features/customers/api/erasureRequestQuery';
import { REQUEST_ERASURE_MUTATION } from '@/features/customers/api/requestErasureMutation';
import { ErasureFailure, GROUNDS } from '@/features/customers/detail/ErasureFailure';

const REFERENCE_MAX = 100;

/**
 * Asks for the customer's personal data to be erased, with the ground and the
 * reference of the customer's request. Nothing is erased yet: a second person
 * approves on the banner. The server refuses while a retention hold applies
 * and says which; the dialog lists them.
 */
export function RequestErasureButton({ customer, onReload }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [ground, setGround] = useState(null);
  const [reference, setReference] = useState('');
  const [failure, setFailure] = useState(null);
  const { data } = useQuery(ERASURE_REQUEST_QUERY, {
    variables: { id: customer.id },
    errorPolicy: 'all',
  });
  const [run, { loading, error, reset }] = useMutation(REQUEST_ERASURE_MUTATION, {
    errorPolicy: 'all',
    refetchQueries: ['CustomerErasureRequest'],
  });
  const pending = data?.customer?.pendingErasureRequest;

  const close = () => {
    setOpen(false);
    setGround(null);
    setReference('');
    setFailure(null);
    reset();
  };
  const submit = async () => {
    setFailure(null);
    const input = { customerId: customer.id, ground, reference: reference.trim() };
    const { data: answer } = await run({ variables: { input } }).catch(() => ({}));
    const payload = answer?.requestErasure;
    if (payload?.__typename === 'ErasureRequest') {
      close();
      message.success(t('customers.erase.requested'));
    } else if (payload) setFailure(payload);
  };
  const grounds = GROUNDS.map((g) => ({
    value: g,
    label: t(`customers.erase.grounds.${g}`),
  }));
  const ready = ground && reference.trim();

  return (
    <>
      <Button
        danger
        onClick={() => setOpen(true)}
        disabled={Boolean(customer.erasedAt || pending)}
      >
        {t('customers.actions.requestErasure')}
      </Button>
      <Modal
        open={open}
        title={t('customers.erase.requestTitle')}
        okText={t('customers.actions.requestErasure')}
        okButtonProps={{ danger: true, disabled: !ready }}
        cancelText={t('common.cancel')}
        confirmLoading={loading}
        onOk={submit}
        onCancel={close}
        destroyOnHidden
      >
        <Flex vertical gap="middle">
          <Typography.Paragraph>
            {t('customers.erase.requestText', { name: customer.fullName })}
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
              label={t('customers.erase.reference')}
              htmlFor="erase-reference"
              extra={t('customers.erase.referenceHint')}
            >
              <Input
                id="erase-reference"
                autoComplete="off"
                maxLength={REFERENCE_MAX}
                value={reference}
                onChange={(event) => setReference(event.target.value)}
              />
            </Form.Item>
          </Form>
          {blockingError(error) && <ErrorState error={blockingError(error)} />}
          <ErasureFailure
            failure={failure}
            onReload={() => {
              close();
              onReload();
            }}
          />
        </Flex>
      </Modal>
    </>
  );
}
