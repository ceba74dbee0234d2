import { Card, Flex, Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

function FieldTags({ label, fields, color }) {
  const { t } = useTranslation();
  if (!fields.length) return null;
  return (
    <Flex vertical gap={4}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <Flex wrap gap={4} role="list" aria-label={label}>
        {fields.map((field) => (
          <Tag key={field} color={color} role="listitem">
            {t(`customers.fields.${field}`, { defaultValue: field })}
          </Tag>
        ))}
      </Flex>
    </Flex>
  );
}

/** How complete the record is, and which fields would complete it. */
export function CompletenessCard({ completeness }) {
  const { t } = useTranslation();
  const { score, complete, missingRequired, missingRecommended } = completeness;
  return (
    <Card title={t('records.completeness.title')} size="small">
      <Flex vertical gap="small">
        <Flex align="center" gap="middle">
          <Progress
            type="circle"
            size={64}
            percent={score}
            status={complete ? 'success' : 'normal'}
            aria-label={t('records.completeness.score')}
          />
          <Typography.Text>
            {complete
              ? t('records.completeness.complete')
              : t('records.completeness.incomplete')}
          </Typography.Text>
        </Flex>
        <FieldTags
          label={t('records.completeness.missingRequired')}
          fields={missingRequired}
          color="red"
        />
        <FieldTags
          label={t('records.completeness.missingRecommended')}
          fields={missingRecommended}
          color="gold"
        />
      </Flex>
    </Card>
  );
}
