import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { blockingError } from '@/components/errors';
import { ErrorState } from '@/components/ErrorState';
import { formatDateTime } from '@/components/format';
import { useLanguage } from '@/components/useLanguage';
import { APPROVE_ERASURE_MUTATION } from '@/features/customers/api/approveErasureMutation';
import { ERASURE_REQUEST_QUERY } from '@/features/customers/api/erasureRequestQuery';
import { REJECT_ERASURE_MUTATION } from '@/features/customers/api/rejectErasureMutation';
import { ErasureFailure } from '@/features/customers/detail/ErasureFailure';

/**
 * Why a step found the request no longer pending (another tab or colleague
 * decided it, or the data is erased already), or null for any other answer.
 */
export function staleReason(payload) {
  if (payload?.__typename === 'NotFoundError') return 'NOT_FOUND';
  const stale = ['ALREADY_DECIDED', 'ALREADY_ERASED'];
  if (payload?.__typename === 'RefusedError' && stale.includes(payload.code)) {
    return payload.code;
  }
  return null;
}

/**
 * Runs one erasure step; a typed refusal stays in the dialog. A request this
 * page showed but that was decided meanwhile goes to `onStale` instead: the
 * dialog (and the banner, refetched) would vanish with the refusal.
 */
function useStep(mutation, field, onDone, onStale) {
  const [run, { loading, error, reset }] = useMutation(mutation, {
    errorPolicy: 'all',
    refetchQueries: ['CustomerErasureRequest'],
  });
  const [failure, setFailure] = useState(null);
  const submit = async (input) => {
    setFailure(null);
    const { data } = await run({ variables: { input } }).catch(() => ({}));
    const payload = data?.[field];
    if (payload?.__typename === 'ErasureRequest') onDone(payload);
    else if (staleReason(payload)) onStale(staleReason(payload));
    else if (payload) setFailure(payload);
  };
  const clear = () => {
    setFailure(null);
    reset();
  };
  return { submit, clear, loading, error: blockingError(error), failure };
}

/** The irreversible step: the approver types the customer number to confirm. */
function ApproveDialog({ customer, request, open, onClose, onReload, onStale }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [typed, setTyped] = useState('');
  const step = useStep(
    APPROVE_ERASURE_MUTATION,
    'approveErasureRequest',
    () => {
      close();
      message.success(t('customers.erase.done'));
      onReload();
    },
    (reason) => {
      close();
      onStale(reason);
    },
  );
  function close() {
    setTyped('');
    step.clear();
    onClose();
  }
  const confirmed = typed.trim().toUpperCase() === customer.customerNo;
  return (
    <Modal
      open={open}
      title={t('customers.erase.confirmTitle')}
      okText={t('customers.erase.approve')}
      okButtonProps={{ danger: true, disabled: !confirmed }}
      cancelText={t('common.cancel')}
      confirmLoading={step.loading}
      onOk={() => step.submit({ id: request.id })}
      onCancel={close}
      destroyOnHidden
    >
      <Flex vertical gap="middle">
        <Typography.Paragraph>
          {t('customers.erase.confirmText', { name: customer.fullName })}
        </Typography.Paragraph>
        <Form layout="vertical" component="div">
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
        {step.error && <ErrorState error={step.error} />}
        <ErasureFailure failure={step.failure} onReload={onReload} />
      </Flex>
    </Modal>
  );
}

/** Turns the request down with a reason; the requester's own is withdrawn. */
function RejectDialog({ request, open, onClose, onStale }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const own = request.requestedByYou;
  const step = useStep(
    REJECT_ERASURE_MUTATION,
    'rejectErasureRequest',
    () => {
      close();
      message.success(
        t(own ? 'customers.erase.withdrawn' : 'customers.erase.rejected'),
      );
    },
    (stale) => {
      close();
      onStale(stale);
    },
  );
  function close() {
    setReason('');
    step.clear();
    onClose();
  }
  const label = t(own ? 'customers.erase.withdraw' : 'customers.erase.reject');
  return (
    <Modal
      open={open}
      title={t(own ? 'customers.erase.withdrawTitle' : 'customers.erase.rejectTitle')}
      okText={label}
      okButtonProps={{ disabled: !reason.trim() }}
      cancelText={t('common.cancel')}
      confirmLoading={step.loading}
      onOk={() => step.submit({ id: request.id, reason: reason.trim() })}
      onCancel={close}
      destroyOnHidden
    >
      <Flex vertical gap="middle">
        <Form layout="vertical" component="div">
          <Form.Item label={t('customers.erase.reason')} htmlFor="erase-reason">
            <Input.TextArea
              id="erase-reason"
              rows={3}
              maxLength={2000}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </Form.Item>
        </Form>
        {step.error && <ErrorState error={step.error} />}
        <ErasureFailure failure={step.failure} />
      </Flex>
    </Modal>
  );
}

/** Says the request was decided elsewhere, until the user closes it. */
function StaleNotice({ reason, onClose }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      showIcon
      role="alert"
      closable={{ onClose }}
      title={t(`customers.erase.stale.${reason}`)}
    />
  );
}

/**
 * A pending erasure request on the customer page, for those who may erase:
 * a different person approves (and the data is erased) or rejects it; the
 * requester may only withdraw it. When a step finds the request decided
 * meanwhile (in another tab, by a colleague), a notice says so and everything
 * the page shows is fetched again, so no erased data stays on screen.
 */
export function ErasureRequestBanner({ customer, onReload }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const client = useApolloClient();
  const [dialog, setDialog] = useState(null);
  const [stale, setStale] = useState(null);
  const { data } = useQuery(ERASURE_REQUEST_QUERY, {
    variables: { id: customer.id },
    errorPolicy: 'all',
  });
  const onStale = (reason) => {
    setStale(reason);
    onReload();
    client.refetchQueries({ include: 'active' }).catch(() => {});
  };
  if (stale) return <StaleNotice reason={stale} onClose={() => setStale(null)} />;
  const request = data?.customer?.pendingErasureRequest;
  if (!request || request.status !== 'PENDING' || customer.erasedAt) return null;

  const own = request.requestedByYou;
  return (
    <>
      <Alert
        type="warning"
        showIcon
        title={t('customers.erase.pendingBanner', {
          who: request.requestedByName ?? request.requestedBy,
          when: formatDateTime(request.requestedAt, language),
        })}
        description={
          <Flex vertical gap="small">
            <span>
              {t('customers.erase.pendingDetail', {
                ground: t(`customers.erase.grounds.${request.ground}`),
                reference: request.reference,
              })}
            </span>
            {own && <span>{t('customers.erase.ownRequest')}</span>}
            <Flex gap="small" wrap>
              {!own && (
                <Button danger type="primary" onClick={() => setDialog('approve')}>
                  {t('customers.erase.approve')}
                </Button>
              )}
              <Button onClick={() => setDialog('reject')}>
                {t(own ? 'customers.erase.withdraw' : 'customers.erase.reject')}
              </Button>
            </Flex>
          </Flex>
        }
      />
      {!own && (
        <ApproveDialog
          customer={customer}
          request={request}
          open={dialog === 'approve'}
          onClose={() => setDialog(null)}
          onReload={onReload}
          onStale={onStale}
        />
      )}
      <RejectDialog
        request={request}
        open={dialog === 'reject'}
        onClose={() => setDialog(null)}
        onStale={onStale}
      />
    </>
  );
}
