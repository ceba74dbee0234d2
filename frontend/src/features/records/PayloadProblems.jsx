import { Alert, Flex } from 'antd';
import { useTranslation } from 'react-i18next';

import { ErrorState } from '@/components/ErrorState';
import { useFieldProblem } from '@/components/fieldProblem';
import { PayloadErrorAlert } from '@/components/PayloadErrorAlert';

/**
 * What went wrong with a records mutation: a transport error, a validation
 * error with its fields, or any other typed error.
 */
export function PayloadProblems({ state, onReload }) {
  const { failure, error } = state;
  const { t } = useTranslation();
  const describe = useFieldProblem();
  return (
    <Flex vertical gap="small">
      {error && <ErrorState error={error} />}
      {failure?.__typename === 'ValidationError' ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('errors.badInput')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {failure.fields.map((f) => (
                <li key={`${f.field}-${f.code}`}>
                  {f.field}: {describe(f)}
                </li>
              ))}
            </ul>
          }
        />
      ) : failure?.__typename === 'InvalidTransitionError' ? (
        <Alert type="error" showIcon role="alert" title={failure.message} />
      ) : (
        <PayloadErrorAlert payload={failure} onReload={onReload} />
      )}
    </Flex>
  );
}
