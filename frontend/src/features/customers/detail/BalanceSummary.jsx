import { Card, Flex, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '@/components/EmptyState';
import { formatMoney } from '@/components/format';
import { NotPermitted } from '@/components/NotPermitted';
import { useLanguage } from '@/components/useLanguage';

/** One figure per currency: the sum of the customer's account balances. */
export function BalanceSummary({ balances }) {
  const { t } = useTranslation();
  const language = useLanguage();

  return (
    <Card title={t('customers.detail.balances')} size="small">
      {!balances && <NotPermitted />}
      {balances?.length === 0 && (
        <EmptyState description={t('customers.detail.noBalances')} />
      )}
      {balances?.length > 0 && (
        <Flex vertical gap="middle">
          {balances.map((b) => (
            <Statistic
              key={b.currency}
              title={t('customers.detail.balanceIn', {
                currency: b.currency,
                count: b.accounts,
              })}
              value={formatMoney(b.balance, language)}
            />
          ))}
        </Flex>
      )}
    </Card>
  );
}
