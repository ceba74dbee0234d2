import { Alert, Button, Flex, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorState } from '@/components/ErrorState';
import { useFieldProblem } from '@/components/fieldProblem';
import { StackList } from '@/components/StackList';
import { PayloadErrorAlert } from '@/components/PayloadErrorAlert';
import { customerPath } from '@/features/customers/paths';

function Candidate({ candidate }) {
  const { t } = useTranslation();
  const { customer } = candidate;
  return (
    <Flex vertical>
      <Link to={customerPath(customer.id)} target="_blank">
        {customer.fullName} ({customer.customerNo})
      </Link>
      <Typography.Text type="secondary">
        {t('customers.duplicate.score', { score: Math.round(candidate.score * 100) })}
        {candidate.reasons.length > 0 && ` · ${candidate.reasons.join(', ')}`}
      </Typography.Text>
    </Flex>
  );
}

function DuplicateAlert({ payload, onConfirm, confirmLabel }) {
  const { t } = useTranslation();
  // A candidate outside the user's branch comes without its customer.
  const visible = payload.candidates.filter((c) => c.customer);
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={t('customers.duplicate.title')}
      description={
        <Flex vertical gap="small">
          <StackList
            items={visible}
            itemKey={(c) => c.customer.id}
            renderItem={(c) => <Candidate candidate={c} />}
          />
          <div>
            <Button onClick={onConfirm}>{confirmLabel}</Button>
          </div>
        </Flex>
      }
    />
  );
}

function ValidationAlert({ elsewhere }) {
  const { t } = useTranslation();
  const describe = useFieldProblem();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('customers.form.fixFields')}
      description={
        elsewhere.length > 0 && (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {elsewhere.map((e) => (
              <li key={`${e.field}:${e.code}`}>
                {t(`customers.fields.${e.field}`, { defaultValue: e.field })}:{' '}
                {describe(e)}
              </li>
            ))}
          </ul>
        )
      }
    />
  );
}

function Notice({ error, outcome, onConfirmDuplicate, confirmLabel, onReload }) {
  if (error) return <ErrorState error={error} />;
  if (outcome.__typename === 'ValidationError') {
    return <ValidationAlert elsewhere={outcome.elsewhere ?? []} />;
  }
  if (outcome.__typename === 'DuplicateCustomerError') {
    return (
      <DuplicateAlert
        payload={outcome}
        onConfirm={onConfirmDuplicate}
        confirmLabel={confirmLabel}
      />
    );
  }
  return <PayloadErrorAlert payload={outcome} onReload={onReload} />;
}

// Invalid fields scroll themselves into view; any other notice sits below a
// long form, where the user would not see it without scrolling.
function needsScroll(error, outcome) {
  if (error) return true;
  return outcome?.__typename !== 'ValidationError' || outcome.elsewhere?.length > 0;
}

/**
 * What the last submission came back with, when it was not a saved customer:
 * a request that failed, invalid fields, likely duplicates or a typed error.
 */
export function FormNotice(props) {
  const { error, outcome } = props;
  const ref = useRef(null);

  useEffect(() => {
    if ((error || outcome) && needsScroll(error, outcome)) {
      ref.current?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    }
  }, [error, outcome]);

  if (!error && !outcome) return null;
  return (
    <div ref={ref}>
      <Notice {...props} />
    </div>
  );
}
