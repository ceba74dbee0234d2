import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatDate } from '@/components/format';
import { PayloadErrorAlert } from '@/components/PayloadErrorAlert';
import { useLanguage } from '@/components/useLanguage';

export const GROUNDS = [
  'WITHDRAWN_CONSENT',
  'NO_LONGER_NEEDED',
  'OBJECTION',
  'UNLAWFUL_PROCESSING',
  'LEGAL_OBLIGATION',
];

/** Why the personal data must be kept for now, one line per hold. */
function HoldsAlert({ failure }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={t('customers.erase.held')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {failure.holds.map((hold) => (
            <li key={hold.code}>
              {t(`customers.erase.holds.${hold.code}`, {
                count: hold.count ?? 0,
                until: hold.until ? formatDate(hold.until, language) : '',
                defaultValue: hold.message,
              })}
            </li>
          ))}
        </ul>
      }
    />
  );
}

/**
 * A refused erasure step: the holds that keep the data, a control that said
 * no (four eyes, decided already, ...), or one of the common typed errors.
 */
export function ErasureFailure({ failure, onReload }) {
  const { t } = useTranslation();
  if (!failure) return null;
  if (failure.__typename === 'ErasureHeldError')
    return <HoldsAlert failure={failure} />;
  if (
    failure.__typename === 'RefusedError' ||
    failure.__typename === 'ValidationError'
  ) {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={t(`customers.erase.refused.${failure.code}`, {
          defaultValue: failure.message,
        })}
      />
    );
  }
  return <PayloadErrorAlert payload={failure} onReload={onReload} />;
}
