import { Alert, Button, Flex, Switch, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { NEEDS_REVIEW } from '@/features/imports/reportCsv';

/** Rows skipped only because they look like duplicates: confirming writes them. */
export function heldForReview(skipped) {
  return skipped.filter(
    ({ reasons }) => reasons.length > 0 && reasons.every((r) => r === NEEDS_REVIEW),
  ).length;
}

/**
 * After a dry run that leaves rows out (a bad cell, or a likely duplicate held
 * for review): import the valid rows only, or fix the file and check again.
 * Rows held as likely duplicates can be confirmed and imported with the others.
 * Not shown when every row can be imported.
 */
export function CommitChoice({ report, onValidRowsOnly, disabled, isPhone }) {
  const { t } = useTranslation();
  const [confirmDuplicates, setConfirmDuplicates] = useState(false);
  const switchId = useId();
  const explanationId = useId();
  if (!report.skippedRows) return null;
  const held = heldForReview(report.skipped);
  const skipped = report.skippedRows - (confirmDuplicates ? held : 0);
  const valid = report.totalRows - skipped;
  return (
    <Alert
      type="warning"
      showIcon
      title={t('imports.choice.title', { count: report.skippedRows })}
      description={
        <Flex vertical gap="small" align={isPhone ? 'stretch' : 'flex-start'}>
          <Typography.Text>{t('imports.choice.fix')}</Typography.Text>
          {held > 0 && (
            <Flex vertical gap={4}>
              <Flex gap="small" align="center">
                <Switch
                  id={switchId}
                  checked={confirmDuplicates}
                  onChange={setConfirmDuplicates}
                  disabled={disabled}
                  aria-describedby={explanationId}
                />
                <label htmlFor={switchId}>
                  {t('imports.choice.confirmDuplicates', { count: held })}
                </label>
              </Flex>
              <Typography.Text type="secondary" id={explanationId}>
                {t('imports.choice.duplicatesExplained', { count: held })}
              </Typography.Text>
            </Flex>
          )}
          <Button
            type="primary"
            block={isPhone}
            disabled={disabled || valid === 0}
            onClick={() => onValidRowsOnly({ confirmDuplicates })}
          >
            {t('imports.choice.validOnly', { count: valid, skipped })}
          </Button>
        </Flex>
      }
    />
  );
}
