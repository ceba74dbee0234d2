import { useMutation } from '@apollo/client/react';
import { App, Button, Flex, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { blockingError } from '@/components/errors';
import { ErrorState } from '@/components/ErrorState';
import { PayloadErrorAlert } from '@/components/PayloadErrorAlert';
import { ARCHIVE_CUSTOMER_MUTATION } from '@/features/customers/api/archiveCustomerMutation';
import { RESTORE_CUSTOMER_MUTATION } from '@/features/customers/api/restoreCustomerMutation';

const ACTIONS = {
  archive: { mutation: ARCHIVE_CUSTOMER_MUTATION, field: 'archiveCustomer' },
  restore: { mutation: RESTORE_CUSTOMER_MUTATION, field: 'restoreCustomer' },
};

function useArchiveAction(action, customer, onDone) {
  const { mutation, field } = ACTIONS[action];
  const [run, { loading, error, reset }] = useMutation(mutation, {
    errorPolicy: 'all',
  });
  const [failure, setFailure] = useState(null);

  const submit = async () => {
    setFailure(null);
    const input = { id: customer.id, version: customer.version };
    const { data } = await run({ variables: { input } }).catch(() => ({}));
    const payload = data?.[field];
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
 * Archive (or restore) a customer after a confirmation dialog. Archiving
 * deletes nothing: it hides the customer from the default list.
 */
export function ArchiveToggle({ customer, onReload }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const action = customer.archivedAt ? 'restore' : 'archive';
  const done = () => {
    setOpen(false);
    message.success(t(`customers.${action}.done`));
  };
  const state = useArchiveAction(action, customer, done);
  const close = () => {
    setOpen(false);
    state.clear();
  };
  const reload = () => {
    close();
    onReload();
  };

  return (
    <>
      <Button
        danger={action === 'archive'}
        onClick={() => setOpen(true)}
        disabled={Boolean(customer.erasedAt)}
      >
        {t(`customers.actions.${action}`)}
      </Button>
      <Modal
        open={open}
        title={t(`customers.${action}.confirmTitle`)}
        okText={t(`customers.actions.${action}`)}
        okButtonProps={{ danger: action === 'archive' }}
        cancelText={t('common.cancel')}
        confirmLoading={state.loading}
        onOk={state.submit}
        onCancel={close}
      >
        <Flex vertical gap="middle">
          <Typography.Paragraph>
            {t(`customers.${action}.confirmText`, { name: customer.fullName })}
          </Typography.Paragraph>
          {state.error && <ErrorState error={state.error} />}
          <PayloadErrorAlert payload={state.failure} onReload={reload} />
        </Flex>
      </Modal>
    </>
  );
}
