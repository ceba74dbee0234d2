import { Alert, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { describeError } from '@/components/errors';
import { fieldProblem } from '@/components/fieldProblem';

function RequestId({ id }) {
  const { t } = useTranslation();
  if (!id) return null;
  return (
    <Typography.Paragraph style={{ marginBottom: 0 }}>
      {t('errors.requestId')}{' '}
      <Typography.Text code copyable>
        {id}
      </Typography.Text>
    </Typography.Paragraph>
  );
}

// A value that did not fit the schema's type is worded as a field in the wrong form.
const INPUT_WORDING = { BAD_USER_INPUT: 'INVALID_FORMAT' };

/**
 * A failed request, told without internals; offers a retry when it can. A
 * screen that knows which of its inputs the server refused says what to fix
 * in `inputHint`, or names the field by its label (`fieldLabel`: the field
 * as the server names it to its label, or null).
 */
export function ErrorState({ error, onRetry, inputHint, fieldLabel }) {
  const { t, i18n } = useTranslation();
  const info = describeError(error);
  const label = info.kind === 'input' && info.field ? fieldLabel?.(info.field) : null;
  const atField =
    label &&
    `${label}: ${fieldProblem(i18n, {
      code: INPUT_WORDING[info.code] ?? info.code,
      message: t('errors.refusedInputHint'), // a code this build has no words for
    })}`;
  if (info.kind === 'forbidden') {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        title={t('errors.screenNotPermitted')}
        description={t('errors.askAdministrator')}
      />
    );
  }
  if (info.kind === 'input') {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        title={t('errors.badInput')}
        description={
          inputHint ??
          atField ??
          // Only a value that did not fit the schema's type is about amounts.
          t(
            info.code === 'BAD_USER_INPUT'
              ? 'errors.badInputHint'
              : 'errors.refusedInputHint',
          )
        }
      />
    );
  }

  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t(info.kind === 'network' ? 'errors.network' : 'errors.server')}
      description={
        <>
          <Typography.Paragraph style={{ marginBottom: 4 }}>
            {t(info.kind === 'network' ? 'errors.networkHint' : 'errors.serverHint')}
          </Typography.Paragraph>
          <RequestId id={info.requestId} />
        </>
      }
      action={
        onRetry && (
          <Button size="small" onClick={() => onRetry()}>
            {t('common.retry')}
          </Button>
        )
      }
    />
  );
}
