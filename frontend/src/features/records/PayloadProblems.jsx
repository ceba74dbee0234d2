import { Alert, Flex } from 'antd';
import { useTranslation } from 'react-i18next';

import { ErrorState } from '@/components/ErrorState';
import { useFieldLabel, useFieldProblem } from '@/components/fieldProblem';
import { PayloadErrorAlert } from '@/components/PayloadErrorAlert';

/**
 * What went wrong with a records mutation: a transport error, a validation
 * error with its fields, or any other typed error. Field problems a form
 * already shows beside their fields (`shownAtFields`) are not repeated; the
 * rest go by the form's labels (`labels`, by field name), never by the
 * input's camelCase name.
 */
export function PayloadProblems({ state, onReload, shownAtFields = [], labels }) {
  const { failure, error } = state;
  const { t } = useTranslation();
  const describe = useFieldProblem();
  const labelOf = useFieldLabel(labels);
  const elsewhere =
    failure?.__typename === 'ValidationError'
      ? failure.fields.filter((f) => !shownAtFields.includes(f))
      : [];
  return (
    <Flex vertical gap="small">
      {error && <ErrorState error={error} fieldLabel={labelOf} />}
      {failure?.__typename === 'ValidationError' ? (
        elsewhere.length > 0 && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('errors.badInput')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {elsewhere.map((f) => {
                  const label = labelOf(f.field);
                  return (
                    <li key={`${f.field}-${f.code}`}>
                      {label ? `${label}: ` : ''}
                      {describe(f)}
                    </li>
                  );
                })}
              </ul>
            }
          />
        )
      ) : failure?.__typename === 'InvalidTransitionError' ? (
        <Alert type="error" showIcon role="alert" title={failure.message} />
      ) : (
        <PayloadErrorAlert payload={failure} onReload={onReload} />
      )}
    </Flex>
  );
}
