import { App, Flex, Form, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { CUSTOMER_FOR_EDIT_QUERY } from '@/features/customers/api/customerForEditQuery';
import { UPDATE_CUSTOMER_MUTATION } from '@/features/customers/api/updateCustomerMutation';
import { CustomerForm, useHiddenFields } from '@/features/customers/form/CustomerForm';
import { FormNotice } from '@/features/customers/form/FormNotice';
import { toFormValues, toUpdateInput } from '@/features/customers/form/formValues';
import { useSaveCustomer } from '@/features/customers/form/useSaveCustomer';
import { customerPath } from '@/features/customers/paths';
import { useRouteCustomer } from '@/features/customers/useRouteCustomer';

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
  // Always the server's copy: an edit must start from the current version.
  const { customer, reload, fallback } = useRouteCustomer(CUSTOMER_FOR_EDIT_QUERY, {
    fetchPolicy: 'network-only',
    errorPolicy: 'all', // financial fields may be withheld; the rest is editable
  });
  if (fallback) return fallback;
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('customers.form.editTitle', { name: customer.fullName })}
      </Typography.Title>
      {/* A reload brings a new version: a fresh form drops the stale edits. */}
      <EditForm key={customer.version} customer={customer} onReload={reload} />
    </Flex>
  );
}
