import { useMutation } from '@apollo/client/react';
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';

import { EXPORT_CUSTOMER_DATA_MUTATION } from '@/features/customers/api/exportCustomerDataMutation';
import { base64Blob, saveBlob } from '@/lib/download';

/**
 * Downloads everything the bank holds on this customer as one JSON file, for
 * a data-subject access request. The server checks the rights and records it.
 */
export function ExportDataButton({ customer }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [run, { loading }] = useMutation(EXPORT_CUSTOMER_DATA_MUTATION);

  const download = async () => {
    const input = { id: customer.id };
    const { data } = await run({ variables: { input } }).catch(() => ({}));
    const payload = data?.exportCustomerData;
    if (payload?.__typename === 'ExportFile') {
      saveBlob(
        base64Blob(payload.contentBase64, payload.contentType),
        payload.fileName,
      );
      message.success(t('customers.subjectExport.done', { count: payload.rowCount }));
    } else if (payload?.__typename === 'PermissionDeniedError') {
      message.error(t('errors.forbidden'));
    } else if (payload?.__typename === 'NotFoundError') {
      message.error(t('errors.notFound'));
    } else {
      message.error(t('errors.server'));
    }
  };

  return (
    <Button
      icon={<DownloadOutlined aria-hidden />}
      loading={loading}
      onClick={download}
    >
      {t('customers.actions.exportData')}
    </Button>
  );
}
