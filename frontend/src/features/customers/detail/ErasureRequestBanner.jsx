import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { blockingError } from '@/components/errors';
import { ErrorState } from '@/components/ErrorState';
import { formatDateTime } from '@/components/format';
import { useLanguage } from '@/components/useLanguage';
import { APPROVE_ERASURE_MUTATION } from '@/features/customers/api/approveErasureMutation';
import { ERASURE_REQUEST_OUTCOME_QUERY } from '@/features/customers/api/erasureRequestOutcomeQuery';
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

/** The query a step refetches by default: the customer page's banner. */
const BANNER_QUERY = 'CustomerErasureRequest';

/**
 * Runs one erasure step; a typed refusal stays in the dialog. A request this
 * page showed but that was decided meanwhile goes to `onStale` instead: the
 * dialog (and the banner, refetched) would vanish with the refusal.
 */
function useStep(mutation, field, { onDone, onStale, onStart, refetch }) {
  const [run, { loading, error, reset }] = useMutation(mutation, {
    errorPolicy: 'all',
    refetchQueries: [refetch],
  });
  const [failure, setFailure] = useState(null);
  const submit = async (input) => {
    setFailure(null);
    onStart?.(input.id);
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

/**
 * The irreversible step: the approver types the customer number to confirm.
 * `customer` needs `customerNo`; its `fullName`, when given, is named too (the
 * queue gives none: it shows no personal data).
 */
export function ApproveDialog({
  customer,
  request,
  open,
  onClose,
  onReload,
  onStale,
  onStart,
  refetch = BANNER_QUERY,
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [typed, setTyped] = useState('');
  const step = useStep(APPROVE_ERASURE_MUTATION, 'approveErasureRequest', {
    onDone: () => {
      close();
      message.success(t('customers.erase.done'));
      onReload();
    },
    onStale: (reason) => {
      close();
      onStale(reason);
    },
    onStart,
    refetch,
  });
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
          {customer.fullName
            ? t('customers.erase.confirmText', { name: customer.fullName })
            : t('customers.erase.confirmTextNumber', { number: customer.customerNo })}
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
export function RejectDialog({
  request,
  open,
  onClose,
  onStale,
  onStart,
  refetch = BANNER_QUERY,
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const own = request.requestedByYou;
  const step = useStep(REJECT_ERASURE_MUTATION, 'rejectErasureRequest', {
    onDone: () => {
      close();
      message.success(
        t(own ? 'customers.erase.withdrawn' : 'customers.erase.rejected'),
      );
    },
    onStale: (stale) => {
      close();
      onStale(stale);
    },
    onStart,
    refetch,
  });
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

/** How often the banner asks again whether its request is still pending. */
export const POLL_MS = 30_000;

/** Runs `refetch` when the window regains focus or the tab is shown again. */
function useRefetchOnFocus(refetch) {
  useEffect(() => {
    const again = () => {
      if (document.visibilityState === 'hidden') return;
      refetch()?.catch?.(() => {});
    };
    window.addEventListener('focus', again);
    document.addEventListener('visibilitychange', again);
    return () => {
      window.removeEventListener('focus', again);
      document.removeEventListener('visibilitychange', again);
    };
  }, [refetch]);
}

/**
 * Says who decided the request this page showed, and how, when that happened
 * elsewhere (another tab, a colleague, the shell), until the user closes it.
 */
function DecidedNotice({ decided, onClose }) {
  const { t } = useTranslation();
  const known = ['APPROVED', 'REJECTED', 'WITHDRAWN'].includes(decided.status);
  const who =
    decided.decidedByName ?? decided.decidedBy ?? t('customers.erase.someone');
  return (
    <Alert
      type="info"
      showIcon
      role="alert"
      closable={{ onClose }}
      title={
        known
          ? t(`customers.erase.decided.${decided.status}`, { who })
          : t('customers.erase.stale.NOT_FOUND')
      }
    />
  );
}

/**
 * A pending erasure request on the customer page, for those who may erase:
 * a different person approves (and the data is erased) or rejects it; the
 * requester may only withdraw it. When a step finds the request decided
 * meanwhile (in another tab, by a colleague), a notice says so and everything
 * the page shows is fetched again, so no erased data stays on screen.
 *
 * The banner also asks again by itself (every POLL_MS while the tab is shown,
 * and whenever the window regains focus): a request decided elsewhere goes,
 * with a notice saying who approved, rejected or withdrew it; approved, the
 * page is fetched again, so the erased data leaves the screen.
 */
export function ErasureRequestBanner({ customer, onReload }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const client = useApolloClient();
  const [dialog, setDialog] = useState(null);
  const [stale, setStale] = useState(null);
  const [decided, setDecided] = useState(null);
  const { data, refetch } = useQuery(ERASURE_REQUEST_QUERY, {
    variables: { id: customer.id },
    errorPolicy: 'all',
    pollInterval: POLL_MS,
    skipPollAttempt: () => document.visibilityState === 'hidden',
  });
  useRefetchOnFocus(refetch);
  const request = data?.customer?.pendingErasureRequest;
  const pendingId = request?.status === 'PENDING' ? request.id : null;
  // The pending request last shown, and those this page decided itself.
  const shown = useRef(null);
  const ours = useRef(new Set());
  const reloadAll = () => {
    onReload();
    client.refetchQueries({ include: 'active' }).catch(() => {});
  };
  const reloadRef = useRef(reloadAll);
  useEffect(() => {
    reloadRef.current = reloadAll;
  });
  useEffect(() => {
    const before = shown.current;
    shown.current = pendingId;
    if (!before || before === pendingId || ours.current.has(before)) return;
    let live = true;
    client
      .query({
        query: ERASURE_REQUEST_OUTCOME_QUERY,
        variables: { id: before },
        fetchPolicy: 'network-only',
        errorPolicy: 'all',
      })
      .catch(() => ({}))
      .then(({ data: outcome }) => {
        if (!live) return;
        const node = outcome?.node ?? { id: before, status: null };
        setDecided(node);
        if (node.status !== 'REJECTED' && node.status !== 'WITHDRAWN') {
          reloadRef.current();
        }
      });
    return () => {
      live = false;
    };
  }, [pendingId, client]);
  const onStale = (reason) => {
    setStale(reason);
    reloadAll();
  };
  const onStart = (id) => ours.current.add(id);
  if (stale) return <StaleNotice reason={stale} onClose={() => setStale(null)} />;
  if (decided) {
    return <DecidedNotice decided={decided} onClose={() => setDecided(null)} />;
  }
  if (!pendingId || customer.erasedAt) return null;

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
          onStart={onStart}
        />
      )}
      <RejectDialog
        request={request}
        open={dialog === 'reject'}
        onClose={() => setDialog(null)}
        onStale={onStale}
        onStart={onStart}
      />
    </>
  );
}
