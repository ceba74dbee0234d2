import { App, Flex, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { CREATE_CUSTOMER_MUTATION } from '@/features/customers/api/createCustomerMutation';
import { CustomerForm, useHiddenFields } from '@/features/customers/form/CustomerForm';
import { FormNotice } from '@/features/customers/form/FormNotice';
import {
  NEW_CUSTOMER_VALUES,
  toCreateInput,
} from '@/features/customers/form/formValues';
import { useSaveCustomer } from '@/features/customers/form/useSaveCustomer';
import { customerPath, customersPath } from '@/features/customers/paths';
import { useMe } from '@/lib/permissions';

export function CreateCustomerPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const { me } = useMe();
  const hidden = useHiddenFields();
  // Branch staff create customers in their own branch: it is chosen for them.
  const initialValues = me?.branch
    ? { ...NEW_CUSTOMER_VALUES, branchId: me.branch.id }
    : NEW_CUSTOMER_VALUES;
  const { save, loading, error, outcome } = useSaveCustomer({
    mutation: CREATE_CUSTOMER_MUTATION,
    field: 'createCustomer',
    form,
    onSaved: (customer) => {
      message.success(t('customers.form.created'));
      navigate(customerPath(customer.id));
    },
  });
  // "Create anyway" saves what the form holds now, marked as checked by a person.
  const confirmDuplicate = () =>
    save({
      ...toCreateInput(form.getFieldsValue(true), { hidden }),
      confirmDuplicate: true,
    });

  return (
    <Flex vertical gap="middle">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('customers.form.createTitle')}
      </Typography.Title>
      <CustomerForm
        form={form}
        initialValues={initialValues}
        onFinish={(values) => save(toCreateInput(values, { hidden }))}
        submitting={loading}
        submitLabel={t('customers.actions.createSubmit')}
        onCancel={() => navigate(customersPath())}
        notice={
          <FormNotice
            error={error}
            outcome={outcome}
            onConfirmDuplicate={confirmDuplicate}
            confirmLabel={t('customers.duplicate.createAnyway')}
          />
        }
      />
    </Flex>
  );
}
