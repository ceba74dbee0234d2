import { useQuery } from '@apollo/client/react';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';

import { useDebouncedValue } from '@/components/useDebouncedValue';
import { useLanguage } from '@/components/useLanguage';
import { SUGGEST_CATEGORY_QUERY } from '@/features/complaints/api/suggestCategoryQuery';
import { categoryNames } from '@/features/complaints/categoryLabel';

const MIN_TEXT = 15;

const percent = (share) => `${Math.round(share * 100)}%`;

/** The triage model's guess at the category as the description is typed. */
export function TriageSuggestion({ description, onUse }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useDebouncedValue((description ?? '').trim(), 600);
  const { data } = useQuery(SUGGEST_CATEGORY_QUERY, {
    variables: { text },
    skip: text.length < MIN_TEXT,
  });
  const guess = data?.suggestComplaintCategory;
  if (!guess || text.length < MIN_TEXT) return null;
  return (
    <Alert
      type="info"
      showIcon
      title={t('complaints.form.suggestion', {
        ...categoryNames(guess, language),
        confidence: percent(guess.issueConfidence),
      })}
      action={
        guess.category && (
          <Button size="small" onClick={() => onUse(guess.category.id)}>
            {t('complaints.form.useSuggestion')}
          </Button>
        )
      }
    />
  );
}
