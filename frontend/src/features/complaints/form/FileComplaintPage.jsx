import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';

import { useIsPhone } from '@/components/useIsPhone';
import { useLanguage } from '@/components/useLanguage';
import { COMPLAINT_CATEGORIES_QUERY } from '@/features/complaints/api/complaintCategoriesQuery';
import { FILE_COMPLAINT_MUTATION } from '@/features/complaints/api/fileComplaintMutation';
import { categoryLabel } from '@/features/complaints/categoryLabel';
import { CustomerPicker } from '@/features/complaints/form/CustomerPicker';
import { TriageSuggestion } from '@/features/complaints/form/TriageSuggestion';
import { complaintPath } from '@/features/complaints/paths';
import { useMe } from '@/lib/permissions';

const SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
const CHANNELS = [
  'BRANCH',
  'PHONE',
  'ONLINE',
  'MOBILE',
  'SELF_SERVICE',
  'EMAIL',
  'WECHAT',
  'LETTER',
];

function useCategoryOptions() {
  const { data } = useQuery(COMPLAINT_CATEGORIES_QUERY);
  const language = useLanguage();
  return (data?.complaintCategories ?? [])
    .map((c) => ({ value: c.id, label: categoryLabel(c, language) }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
}

/** File a complaint; the category can come from the triage suggestion. */
export function FileComplaintPage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm();
  const [failure, setFailure] = useState(null);
  const [file, { loading }] = useMutation(FILE_COMPLAINT_MUTATION);
  const categories = useCategoryOptions();
  const description = Form.useWatch('description', form);
  // Branch staff take complaints at the counter; others mostly on the phone.
  const { me } = useMe();
  const channel = me?.branch ? 'BRANCH' : 'PHONE';

  const submit = async (values) => {
    const { data } = await file({ variables: { input: values } });
    const payload = data?.fileComplaint;
    if (payload?.__typename === 'Complaint') {
      navigate(complaintPath(payload.id));
      return;
    }
    setFailure(payload);
    for (const problem of payload?.fields ?? []) {
      form.setFields([{ name: problem.field, errors: [problem.message] }]);
    }
  };

  return (
    <Flex vertical gap="middle" style={{ maxWidth: 720 }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('complaints.actions.file')}
      </Typography.Title>
      {failure && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={failure.message ?? t('errors.server')}
        />
      )}
      <Card size="small">
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            customerId: params.get('customer') ?? undefined,
            severity: 'MEDIUM',
            channel,
          }}
          onFinish={(values) => submit(values).catch(() => setFailure({}))}
        >
          <Form.Item
            name="customerId"
            label={t('complaints.fields.customer')}
            rules={[{ required: true, message: t('complaints.form.chooseCustomer') }]}
          >
            <CustomerPicker
              initialLabel={
                params.get('customer') ? t('complaints.form.thisCustomer') : null
              }
            />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('complaints.fields.description')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('complaints.form.enterDescription'),
              },
            ]}
          >
            <Input.TextArea rows={isPhone ? 4 : 6} maxLength={10000} showCount />
          </Form.Item>
          <TriageSuggestion
            description={description}
            onUse={(id) => form.setFieldValue('categoryId', id)}
          />
          <Form.Item
            name="categoryId"
            label={t('complaints.fields.category')}
            rules={[{ required: true, message: t('complaints.form.chooseCategory') }]}
            style={{ marginTop: 16 }}
          >
            <Select showSearch={{ optionFilterProp: 'label' }} options={categories} />
          </Form.Item>
          <Flex gap="middle" vertical={isPhone}>
            <Form.Item
              name="severity"
              label={t('complaints.fields.severity')}
              style={{ flex: 1 }}
            >
              <Select
                options={SEVERITIES.map((s) => ({
                  value: s,
                  label: t(`complaints.severity.${s}`),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="channel"
              label={t('complaints.fields.channel')}
              style={{ flex: 1 }}
            >
              <Select
                options={CHANNELS.map((c) => ({
                  value: c,
                  label: t(`interactions.channel.${c}`),
                }))}
              />
            </Form.Item>
          </Flex>
          <Button type="primary" htmlType="submit" loading={loading} block={isPhone}>
            {t('complaints.actions.file')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
