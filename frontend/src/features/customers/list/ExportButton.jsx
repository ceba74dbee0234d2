import { useMutation, useQuery } from '@apollo/client/react';
import { DownloadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Flex,
  Form,
  Input,
  Modal,
  Radio,
  Select,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorState } from '@/components/ErrorState';
import { useIsPhone } from '@/components/useIsPhone';
import { EXPORT_CUSTOMERS_MUTATION } from '@/features/customers/api/exportCustomersMutation';
import { EXPORT_CUSTOMERS_PLAN_QUERY } from '@/features/customers/api/exportCustomersPlanQuery';
import { base64Blob, saveBlob } from '@/lib/download';
import { useCan } from '@/lib/permissions';

// The graph's ExportPurpose, in the order offered.
export const PURPOSES = [
  'CUSTOMER_SERVICE',
  'DATA_QUALITY_REVIEW',
  'REGULATORY_REPORT',
  'MARKETING_CAMPAIGN',
  'OTHER',
];
export const PURPOSE_TEXT_MAX = 200;

/**
 * Exports the customers the list's filter finds, as CSV or XLSX, for a stated
 * purpose. The dialog shows how many rows the export takes before it is made,
 * and whether personal data would be in clear; the server masks what the user
 * may not see, refuses a list in clear above its row limit and records the
 * export with its purpose.
 */
export function ExportButton({ filter }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<DownloadOutlined aria-hidden />} onClick={() => setOpen(true)}>
        {t('exports.open')}
      </Button>
      {open && <ExportDialog filter={filter} onClose={() => setOpen(false)} />}
    </>
  );
}

function ExportDialog({ filter, onClose }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isPhone = useIsPhone();
  const mayReadClear = useCan('customer.pii.read');
  const [purpose, setPurpose] = useState(null);
  const [purposeText, setPurposeText] = useState('');
  const [format, setFormat] = useState('CSV');
  const [masked, setMasked] = useState(false);
  const [failure, setFailure] = useState(null);
  const plan = useQuery(EXPORT_CUSTOMERS_PLAN_QUERY, {
    variables: { input: { filter, purpose, masked } },
    fetchPolicy: 'network-only', // a count of now, not of an earlier visit
  });
  const [run, { loading, error: sendError, reset }] = useMutation(
    EXPORT_CUSTOMERS_MUTATION,
  );
  const figures = plan.data?.exportCustomersPlan;

  const change = (set) => (value) => {
    set(value);
    setFailure(null);
    reset();
  };
  const submit = async () => {
    setFailure(null);
    const input = { filter, format, purpose, masked };
    if (purposeText.trim()) input.purposeText = purposeText.trim();
    const { data } = await run({ variables: { input } }).catch(() => ({}));
    const payload = data?.exportCustomers;
    if (payload?.__typename === 'ExportFile') {
      saveBlob(
        base64Blob(payload.contentBase64, payload.contentType),
        payload.fileName,
      );
      message.success(t('exports.done', { count: payload.rowCount }));
      onClose();
    } else if (payload) setFailure(payload);
  };

  const needsText = purpose === 'OTHER';
  const ready =
    purpose && (!needsText || purposeText.trim()) && figures?.allowed && !plan.loading;

  return (
    <Modal
      open
      title={t('exports.title')}
      okText={t('exports.download')}
      okButtonProps={{ disabled: !ready, icon: <DownloadOutlined aria-hidden /> }}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={submit}
      onCancel={onClose}
      width={isPhone ? 'calc(100vw - 16px)' : 560}
      centered={isPhone}
      destroyOnHidden
    >
      <Flex vertical gap="middle">
        <Form layout="vertical" component="div">
          <Form.Item
            label={t('exports.purpose')}
            htmlFor="export-purpose"
            extra={t('exports.purposeHint')}
          >
            <Select
              id="export-purpose"
              placeholder={t('exports.purposePlaceholder')}
              options={PURPOSES.map((value) => ({
                value,
                label: t(`exports.purposes.${value}`),
              }))}
              value={purpose}
              onChange={change(setPurpose)}
            />
          </Form.Item>
          {needsText && (
            <Form.Item
              label={t('exports.purposeText')}
              htmlFor="export-purpose-text"
              extra={t('exports.purposeTextHint')}
              required
            >
              <Input
                id="export-purpose-text"
                autoComplete="off"
                maxLength={PURPOSE_TEXT_MAX}
                showCount
                value={purposeText}
                onChange={(event) => change(setPurposeText)(event.target.value)}
              />
            </Form.Item>
          )}
          <Form.Item label={t('exports.format')}>
            <Radio.Group
              value={format}
              onChange={(event) => change(setFormat)(event.target.value)}
              options={[
                { value: 'CSV', label: 'CSV' },
                { value: 'XLSX', label: t('exports.xlsxLabel') },
              ]}
            />
          </Form.Item>
          {mayReadClear ? (
            <Form.Item extra={t('exports.maskHint')} style={{ marginBottom: 0 }}>
              <Checkbox
                checked={masked}
                onChange={(event) => change(setMasked)(event.target.checked)}
              >
                {t('exports.mask')}
              </Checkbox>
            </Form.Item>
          ) : (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              {t('exports.maskedByRole')}
            </Typography.Paragraph>
          )}
        </Form>
        {purpose === 'MARKETING_CAMPAIGN' && (
          <Alert type="info" showIcon title={t('exports.marketingConsent')} />
        )}
        <PlanSummary plan={plan} figures={figures} />
        <Failure failure={failure} error={sendError} />
      </Flex>
    </Modal>
  );
}

/** The rows the export would take and the limit that applies, or why not. */
function PlanSummary({ plan, figures }) {
  const { t } = useTranslation();
  if (plan.error) {
    return <ErrorState error={plan.error} onRetry={() => plan.refetch()} />;
  }
  if (!figures) {
    return <Typography.Text type="secondary">{t('exports.counting')}</Typography.Text>;
  }
  const count = figures.rowCount;
  const limit = figures.clearRowLimit;
  return (
    <Flex vertical gap="small" aria-live="polite">
      <Typography.Text strong data-testid="export-row-count">
        {t('exports.rows', { count })}
      </Typography.Text>
      <Typography.Text type="secondary">
        {figures.personalDataInClear
          ? t('exports.inClear', { limit })
          : t('exports.masked', { limit })}
      </Typography.Text>
      {count > figures.maxRows ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('exports.tooMany', { max: figures.maxRows })}
        />
      ) : (
        figures.personalDataInClear &&
        count > limit && (
          <Alert
            type="warning"
            showIcon
            role="alert"
            title={t('exports.overLimit', { count, limit })}
            description={t('exports.overLimitHint')}
          />
        )
      )}
    </Flex>
  );
}

/** Why the server did not make the file: a refusal, bad input or no answer. */
function Failure({ failure, error }) {
  const { t } = useTranslation();
  if (error) return <ErrorState error={error} />;
  if (!failure) return null;
  let title;
  let description;
  if (failure.__typename === 'ExportTooLargeError') {
    title = t('exports.overLimit', {
      count: failure.rowCount,
      limit: failure.clearRowLimit,
    });
    description = t('exports.overLimitHint');
  } else if (failure.__typename === 'PermissionDeniedError') {
    title = t('errors.forbidden');
  } else if (failure.__typename === 'ValidationError') {
    title = t('errors.badInput');
    description = failure.fields
      .map((f) => t(`exports.errors.${f.field}.${f.code}`, { defaultValue: f.message }))
      .join(' ');
  } else {
    title = failure.message ?? t('errors.server');
  }
  return (
    <Alert type="error" showIcon role="alert" title={title} description={description} />
  );
}
