import { App, Flex, Form, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { ErrorState } from '@/components/ErrorState';
import { CUSTOMER_FOR_EDIT_QUERY } from '@/features/customers/api/customerForEditQuery';
import { UPDATE_CUSTOMER_MUTATION } from '@/features/customers/api/updateCustomerMutation';
import { ConflictNotice } from '@/features/customers/form/ConflictNotice';
import { CustomerForm, useHiddenFields } from '@/features/customers/form/CustomerForm';
import { FormNotice } from '@/features/customers/form/FormNotice';
import {
  changedFields,
  rebaseValues,
  toFormValues,
  toUpdateInput,
} from '@/features/customers/form/formValues';
import { useSaveCustomer } from '@/features/customers/form/useSaveCustomer';
import { customerPath } from '@/features/customers/paths';
import { useRouteCustomer } from '@/features/customers/useRouteCustomer';

function branchesOf(...customers) {
  const map = {};
  for (const c of customers) if (c?.branch) map[c.branch.id] = c.branch;
  return map;
}

function EditForm({ customer, onReload, reloadError }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const hidden = useHiddenFields();
  // The version the form's values stand on: the one it was filled from, then,
  // after a conflict, the one saved meanwhile with the user's changes on top.
  const [base, setBase] = useState(customer);
  const [conflict, setConflict] = useState(null);
  const baseValues = useMemo(() => toFormValues(base), [base]);
  const [initialValues] = useState(baseValues);
  const { save, loading, error, outcome, clear } = useSaveCustomer({
    mutation: UPDATE_CUSTOMER_MUTATION,
    field: 'updateCustomer',
    form,
    onSaved: () => {
      message.success(t('customers.form.saved'));
      navigate(customerPath(customer.id));
    },
  });

  // Someone saved in between: fetch their version, keep what the user typed on
  // top of it and say what they changed. The next save carries their version.
  const loadTheirs = async () => {
    const current = (await onReload())?.data?.customer;
    // The request failed: the form, what was typed and the conflict notice
    // stay, and the failure shows above them with a retry.
    if (!current) return;
    const currentValues = toFormValues(current);
    const values = form.getFieldsValue(true);
    const mine = Object.keys(toUpdateInput(values, baseValues, { hidden }));
    form.setFieldsValue(rebaseValues(values, baseValues, currentValues, { hidden }));
    setConflict({
      version: current.version,
      before: baseValues,
      after: currentValues,
      branches: branchesOf(base, current),
      theirs: changedFields(baseValues, currentValues, { hidden }),
      mine,
    });
    setBase(current);
    clear();
  };

  // The version is the one the form's values stand on: if someone saved in
  // between, the server answers ConflictError instead of overwriting.
  const submit = async (extra = {}) => {
    const changes = toUpdateInput(form.getFieldsValue(true), baseValues, { hidden });
    if (!Object.keys(changes).length) return navigate(customerPath(customer.id));
    const payload = await save({
      id: customer.id,
      version: base.version,
      ...changes,
      ...extra,
    });
    if (payload?.__typename === 'ConflictError') await loadTheirs();
  };

  const discard = () => {
    form.setFieldsValue(baseValues);
    form.setFields(Object.keys(baseValues).map((name) => ({ name, errors: [] })));
    setConflict(null);
    clear();
    message.info(t('customers.conflict.discarded'));
  };

  const notice = (
    <>
      {reloadError && <ErrorState error={reloadError} onRetry={loadTheirs} />}
      {conflict && (
        <ConflictNotice
          conflict={conflict}
          onUseTheirs={(field) => form.setFieldValue(field, conflict.after[field])}
          onDiscard={discard}
        />
      )}
      <FormNotice
        error={error}
        outcome={outcome}
        onConfirmDuplicate={() => submit({ confirmDuplicate: true })}
        confirmLabel={t('customers.duplicate.saveAnyway')}
        onReload={loadTheirs}
      />
    </>
  );

  return (
    <CustomerForm
      form={form}
      initialValues={initialValues}
      onFinish={() => submit()}
      submitting={loading}
      submitLabel={t('customers.actions.save')}
      kindLocked
      onCancel={() => navigate(customerPath(customer.id))}
      notice={notice}
    />
  );
}

export function EditCustomerPage() {
  const { t } = useTranslation();
  // Always the server's copy: an edit must start from the current version.
  const { customer, reload, fallback, reloadError } = useRouteCustomer(
    CUSTOMER_FOR_EDIT_QUERY,
    {
      fetchPolicy: 'network-only',
      errorPolicy: 'all', // financial fields may be withheld; the rest is editable
    },
    // A failed reload (after a conflict) must not take the form and its typing.
    { keepOnFailure: true },
  );
  if (fallback) return fallback;
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('customers.form.editTitle', { name: customer.fullName })}
      </Typography.Title>
      {/* Not keyed by version: a newer version must not wipe what was typed. */}
      <EditForm customer={customer} onReload={reload} reloadError={reloadError} />
    </Flex>
  );
}
