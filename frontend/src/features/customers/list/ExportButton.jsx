import { useMutation } from '@apollo/client/react';
import { DownloadOutlined } from '@ant-design/icons';
import { App, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';

import { EXPORT_CUSTOMERS_MUTATION } from '@/features/customers/api/exportCustomersMutation';
import { base64Blob, saveBlob } from '@/lib/download';

/**
 * Exports the customers the list's filter finds, as CSV or XLSX. The server
 * masks personal data the user may not see and records the export.
 */
export function ExportButton({ filter }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [run, { loading }] = useMutation(EXPORT_CUSTOMERS_MUTATION);

  const exportAs = async (format) => {
    const { data } = await run({ variables: { input: { filter, format } } }).catch(
      () => ({}),
    );
    const payload = data?.exportCustomers;
    if (payload?.__typename === 'ExportFile') {
      saveBlob(
        base64Blob(payload.contentBase64, payload.contentType),
        payload.fileName,
      );
      message.success(t('exports.done', { count: payload.rowCount }));
    } else if (payload?.__typename === 'PermissionDeniedError') {
      message.error(t('errors.forbidden'));
    } else {
      message.error(payload?.message ?? t('errors.server'));
    }
  };

  return (
    <Dropdown.Button
      loading={loading}
      icon={<DownloadOutlined />}
      menu={{
        items: [{ key: 'XLSX', label: t('exports.xlsx') }],
        onClick: ({ key }) => exportAs(key),
      }}
      onClick={() => exportAs('CSV')}
    >
      {t('exports.csv')}
    </Dropdown.Button>
  );
}
