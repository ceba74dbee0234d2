import { useQuery } from '@apollo/client/react';
import { App, Flex, Form, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import { EmptyState } from '@/components/EmptyState';
import { blockingError } from '@/components/errors';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { CUSTOMER_FOR_EDIT_QUERY } from '@/features/customers/api/customerForEditQuery';
import { UPDATE_CUSTOMER_MUTATION } from '@/features/customers/api/updateCustomerMutation';
import { CustomerForm, useHiddenFields } from '@/features/customers/form/CustomerForm';
import { FormNotice } from '@/features/customers/form/FormNotice';
import { toFormValues, toUpdateInput } from '@/features/customers/form/formValues';
import { useSaveCustomer } from '@/features/customers/form/useSaveCustomer';
import { customerPath, customersPath } from '@/features/customers/paths';

function EditForm({ customer, onReload }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const hidden = useHiddenFields();
  const initialValues = useMemo(() => toFormValues(customer), [customer]);
  const { save, loading, error, outcome } = useSaveCustomer({
    mutation: UPDATE_CUSTOMER_MUTATION,
    field: 'updateCustomer',
    form,
    onSaved: () => {
      message.success(t('customers.form.saved'));
      navigate(customerPath(customer.id));
    },
  });
  // The version is the one this form was filled from: if someone saved in
  // between, the server answers ConflictError instead of overwriting.
  const submit = (extra = {}) => {
    const changes = toUpdateInput(form.getFieldsValue(true), initialValues, { hidden });
    if (!Object.keys(changes).length) return navigate(customerPath(customer.id));
    return save({ id: customer.id, version: customer.version, ...changes, ...extra });
  };

  return (
    <CustomerForm
      form={form}
      initialValues={initialValues}
      onFinish={() => submit()}
      submitting={loading}
      submitLabel={t('customers.actions.save')}
      kindLocked
      onCancel={() => navigate(customerPath(customer.id))}
      notice={
        <FormNotice
          error={error}
          outcome={outcome}
          onConfirmDuplicate={() => submit({ confirmDuplicate: true })}
          confirmLabel={t('customers.duplicate.saveAnyway')}
          onReload={onReload}
        />
      }
    />
  );
}

export function EditCustomerPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  // Always the server's copy: an edit must start from the current version.
  const { data, error, refetch } = useQuery(CUSTOMER_FOR_EDIT_QUERY, {
    variables: { id },
    fetchPolicy: 'network-only',
    errorPolicy: 'all', // financial fields may be withheld; the rest is editable
  });
  const failure = blockingError(error);
  const reload = () => refetch().catch(() => {}); // the error shows via `error`

  if (failure) return <ErrorState error={failure} onRetry={reload} />;
  if (!data) return <LoadingState />;
  if (!data.customer) {
    return (
      <EmptyState description={t('customers.detail.notFound')}>
        <Link to={customersPath()}>{t('customers.actions.backToList')}</Link>
      </EmptyState>
    );
  }
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('customers.form.editTitle', { name: data.customer.fullName })}
      </Typography.Title>
      {/* A reload brings a new version: a fresh form drops the stale edits. */}
      <EditForm
        key={data.customer.version}
        customer={data.customer}
        onReload={reload}
      />
    </Flex>
  );
}
