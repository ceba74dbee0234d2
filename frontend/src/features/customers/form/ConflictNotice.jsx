import { Alert, Button, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { useIsPhone } from '@/components/useIsPhone';
import { localName, useLanguage } from '@/components/useLanguage';
import { ENUMS } from '@/features/customers/form/CustomerForm';

function attributeText(rows, names) {
  const byName = new Map((rows ?? []).map((r) => [r.name, r.value]));
  return names.map((n) => `${n}: ${byName.get(n) ?? '—'}`).join('; ');
}

/** A form value as the form shows it: enum labels, branch names, tags. */
function useShowValue(branches) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (field, value) => {
    const blank = value === null || value === undefined || value === '';
    if (blank || (Array.isArray(value) && !value.length)) {
      return t('customers.conflict.empty');
    }
    if (field === 'branchId') return localName(branches[value], language) || value;
    if (field in ENUMS) return t(`enums.${ENUMS[field][0]}.${value}`);
    if (Array.isArray(value)) return value.join(', ');
    return String(value);
  };
}

function attributeNames(before, after) {
  const text = (rows) => new Map((rows ?? []).map((r) => [r.name, r.value]));
  const a = text(before);
  const b = text(after);
  return [...new Set([...a.keys(), ...b.keys()])].filter((n) => a.get(n) !== b.get(n));
}

function Change({ field, conflict, onUseTheirs }) {
  const { t } = useTranslation();
  const show = useShowValue(conflict.branches);
  const { before, after } = conflict;
  const names =
    field === 'customAttributes'
      ? attributeNames(before.customAttributes, after.customAttributes)
      : null;
  const now = names
    ? attributeText(after.customAttributes, names)
    : show(field, after[field]);
  const was = names
    ? attributeText(before.customAttributes, names)
    : show(field, before[field]);
  const label =
    field === 'customAttributes'
      ? t('customers.form.attributesTitle')
      : t(`customers.fields.${field}`);
  const yoursToo = conflict.mine.includes(field);
  return (
    <li data-field={field} style={{ marginBottom: 8, overflowWrap: 'anywhere' }}>
      <Typography.Text strong>{label}</Typography.Text>
      <div>{t('customers.conflict.now', { value: now })}</div>
      <div>
        <Typography.Text type="secondary">
          {t('customers.conflict.was', { value: was })}
        </Typography.Text>
      </div>
      {yoursToo && (
        <Flex gap="small" wrap align="center">
          <Tag color="orange" style={{ whiteSpace: 'normal' }}>
            {t('customers.conflict.alsoYours')}
          </Tag>
          {field !== 'customAttributes' && (
            <Button size="small" onClick={() => onUseTheirs(field)}>
              {t('customers.conflict.useTheirs')}
            </Button>
          )}
        </Flex>
      )}
    </li>
  );
}

/**
 * After a ConflictError: someone saved the customer meanwhile. The form keeps
 * what the user typed on top of the current version; this names the fields the
 * other person changed (their value beside the one the form was filled with)
 * and offers to drop the user's changes instead of saving them again.
 */
export function ConflictNotice({ conflict, onUseTheirs, onDiscard }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={t('customers.conflict.title', { version: conflict.version })}
      description={
        <Flex vertical gap="small">
          <Typography.Text>{t('customers.conflict.kept')}</Typography.Text>
          <Typography.Text strong>
            {t('customers.conflict.theyChanged')}
          </Typography.Text>
          {conflict.theirs.length ? (
            <ul
              aria-label={t('customers.conflict.theyChanged')}
              style={{ margin: 0, paddingInlineStart: 20 }}
            >
              {conflict.theirs.map((field) => (
                <Change
                  key={field}
                  field={field}
                  conflict={conflict}
                  onUseTheirs={onUseTheirs}
                />
              ))}
            </ul>
          ) : (
            <Typography.Text type="secondary">
              {t('customers.conflict.none')}
            </Typography.Text>
          )}
          <div>
            <Button onClick={onDiscard} block={isPhone}>
              {t('customers.conflict.discard')}
            </Button>
          </div>
        </Flex>
      }
    />
  );
}
