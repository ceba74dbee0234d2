import { CloseOutlined } from '@ant-design/icons';
import { AutoComplete, Button, DatePicker, Flex, Form, Input, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

// The actions the trail records most; any other can be typed.
const ACTIONS = [
  'customer.create',
  'customer.update',
  'customer.archive',
  'customer.restore',
  'customer.merge',
  'customer.export',
  'customer.export.refused',
  'pii.read',
  'risk.assess',
  'risk.decide',
  'alert.open',
  'alert.review',
  'segment.create',
];

function toForm(params) {
  return {
    actor: params.actor ?? '',
    action: params.action ?? '',
    since: params.since ? dayjs(params.since) : null,
    until: params.until ? dayjs(params.until) : null,
  };
}

/**
 * Actor, action and time range, applied together on Search; the customer
 * filter comes from a row or the customer's page and shows as a tag.
 */
export function AuditFilters({ params, onChange, isPhone }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();

  const submit = (values) =>
    onChange({
      actor: values.actor?.trim(),
      action: values.action?.trim(),
      since: values.since?.toISOString(),
      until: values.until?.toISOString(),
    });

  const picker = { showTime: true, style: { width: isPhone ? '100%' : 200 } };
  return (
    <Flex vertical gap="small">
      <Form
        form={form}
        layout={isPhone ? 'vertical' : 'inline'}
        initialValues={toForm(params)}
        onFinish={submit}
        role="search"
        aria-label={t('audit.filters.label')}
      >
        <Form.Item name="actor" label={t('audit.filters.actor')}>
          <Input allowClear placeholder={t('audit.filters.actorHint')} />
        </Form.Item>
        <Form.Item name="action" label={t('audit.filters.action')}>
          <AutoComplete
            allowClear
            options={ACTIONS.map((value) => ({ value }))}
            style={{ width: isPhone ? '100%' : 200 }}
          />
        </Form.Item>
        <Form.Item name="since" label={t('audit.filters.since')}>
          <DatePicker {...picker} />
        </Form.Item>
        <Form.Item name="until" label={t('audit.filters.until')}>
          <DatePicker {...picker} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" block={isPhone}>
            {t('audit.filters.search')}
          </Button>
        </Form.Item>
      </Form>
      {params.customer && (
        <Flex>
          <Tag
            closable
            closeIcon={<CloseOutlined aria-label={t('audit.filters.clearCustomer')} />}
            onClose={() => onChange({ customer: undefined })}
          >
            {t('audit.filters.customerOnly')}
          </Tag>
        </Flex>
      )}
    </Flex>
  );
}
