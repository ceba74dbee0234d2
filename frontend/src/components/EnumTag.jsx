import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS = {
  ACTIVE: 'green',
  PROSPECT: 'blue',
  DORMANT: 'gold',
  CLOSED: 'default',
  VERIFIED: 'green',
  PENDING: 'blue',
  EXPIRED: 'orange',
  REJECTED: 'red',
  FROZEN: 'red',
};

/** An enum value shown as a coloured, translated tag. */
export function EnumTag({ type, value }) {
  const { t } = useTranslation();
  if (!value) return null;
  return (
    <Tag color={COLORS[value]}>
      {t(`enums.${type}.${value}`, { defaultValue: value })}
    </Tag>
  );
}
