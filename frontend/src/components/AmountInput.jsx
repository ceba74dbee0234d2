import { Input } from 'antd';
import { useTranslation } from 'react-i18next';

import { amountRule } from '@/components/money';

/**
 * The one input for money: plain text, so what was typed is what is checked
 * and sent (no float, no "1e6" read as a million). Pair it with
 * useAmountRules and send the value through normaliseAmount.
 */
export function AmountInput(props) {
  return <Input inputMode="decimal" autoComplete="off" {...props} />;
}

/**
 * Form rules for an amount field, worded in the user's language: optional
 * unless `required` (then `requiredMessage`), above 0 when `positive`, in the
 * currency `currency()` names.
 */
export function useAmountRules({
  currency = () => 'CNY',
  required = false,
  requiredMessage,
  positive = false,
} = {}) {
  const { t } = useTranslation();
  const rules = [
    amountRule((problem) => t(`errors.money.${problem.code}`, problem), currency, {
      positive,
    }),
  ];
  if (required) {
    rules.unshift({
      required: true,
      whitespace: true,
      message: requiredMessage ?? t('errors.money.required'),
    });
  }
  return rules;
}
