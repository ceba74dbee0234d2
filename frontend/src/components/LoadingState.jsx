import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

export function LoadingState() {
  const { t } = useTranslation();
  return (
    <Flex justify="center" style={{ padding: 48 }} role="status">
      <Spin description={t('common.loading')} />
    </Flex>
  );
}
