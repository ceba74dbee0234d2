import { LockOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Stands in for a part of a screen the user has no permission to see. */
export function NotPermitted() {
  const { t } = useTranslation();
  return (
    <Typography.Text type="secondary">
      <LockOutlined aria-hidden /> {t('errors.notPermitted')}
    </Typography.Text>
  );
}
