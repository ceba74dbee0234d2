import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

import { useLanguage } from '@/components/useLanguage';
import { categoryLabel } from '@/features/complaints/categoryLabel';

const FIELDS = ['status', 'severity', 'assignee', 'team', 'category'];

function shown(field, complaint, t, language) {
  const value = {
    status: () => complaint.status && t(`complaints.status.${complaint.status}`),
    severity: () =>
      complaint.severity && t(`complaints.severity.${complaint.severity}`),
    assignee: () => complaint.assigneeName ?? complaint.assignee,
    team: () => complaint.team?.name,
    category: () => complaint.category && categoryLabel(complaint.category, language),
  }[field]();
  return value || t('complaints.conflict.empty');
}

/**
 * What someone else changed on a complaint between the version a form was
 * filled from (`before`) and the current one (`after`), as shown text.
 */
export function complaintChanges(before, after, t, language) {
  return FIELDS.map((field) => ({
    field,
    was: shown(field, before, t, language),
    now: shown(field, after, t, language),
  })).filter((c) => c.was !== c.now);
}

/**
 * Someone saved the complaint while the user was entering a step, a comment or
 * an assignment: the screen now shows their version, what the user entered is
 * kept, and this says what they changed, to check before sending again.
 */
export function ComplaintConflictNotice({ conflict }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!conflict) return null;
  const changes = complaintChanges(conflict.before, conflict.after, t, language);
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={t('complaints.conflict.title')}
      description={
        <>
          <div>{t('complaints.conflict.kept')}</div>
          {changes.length ? (
            <ul
              aria-label={t('complaints.conflict.theyChanged')}
              style={{ margin: 0, paddingInlineStart: 20, overflowWrap: 'anywhere' }}
            >
              {changes.map((c) => (
                <li key={c.field}>
                  {t('complaints.conflict.change', {
                    field: t(`complaints.fields.${c.field}`),
                    now: c.now,
                    was: c.was,
                  })}
                </li>
              ))}
            </ul>
          ) : (
            <div>{t('complaints.conflict.none')}</div>
          )}
        </>
      }
    />
  );
}

/**
 * Reloads the complaint after a ConflictError and returns what the notice
 * needs (null when the reload failed): the version the form was filled from
 * and the current one.
 */
export async function reloadAfterConflict(before, onReload) {
  const after = (await onReload())?.data?.complaint;
  return after ? { before, after } : null;
}
