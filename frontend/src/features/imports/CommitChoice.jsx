import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * After a dry run that leaves rows out (a bad cell, or a likely duplicate held
 * for review): import the valid rows only, or fix the file and check again.
 * Not shown when every row can be imported.
 */
export function CommitChoice({ report, onValidRowsOnly, disabled, isPhone }) {
  const { t } = useTranslation();
  if (!report.skippedRows) return null;
  const valid = report.totalRows - report.skippedRows;
  return (
    <Alert
      type="warning"
      showIcon
      title={t('imports.choice.title', { count: report.skippedRows })}
      description={
        <Flex vertical gap="small" align={isPhone ? 'stretch' : 'flex-start'}>
          <Typography.Text>{t('imports.choice.fix')}</Typography.Text>
          <Button
            type="primary"
            block={isPhone}
            disabled={disabled || valid === 0}
            onClick={onValidRowsOnly}
          >
            {t('imports.choice.validOnly', {
              count: valid,
              skipped: report.skippedRows,
            })}
          </Button>
        </Flex>
      }
    />
  );
}
