import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

const FIELDS = [
  { key: 'name', suffix: 'name' },
  { key: 'nameEn', suffix: 'name-en' },
];

/**
 * A segment's two names (Chinese and English) as form fields, each with the
 * server's objections to it: `errors.name` and `errors.nameEn`, lists of
 * `{ code, message }`. The inputs' IDs start with `idPrefix`.
 */
export function SegmentNameFields({ names, onChange, errors, idPrefix }) {
  const { t } = useTranslation();
  return FIELDS.map(({ key, suffix }) => {
    const id = `${idPrefix}-${suffix}`;
    const mine = errors[key] ?? [];
    return (
      <Form.Item
        key={key}
        label={t(`segments.builder.${key}`)}
        htmlFor={id}
        validateStatus={mine.length ? 'error' : undefined}
        help={
          mine.length
            ? mine.map((e) =>
                t(`segments.errors.${e.code}`, { defaultValue: e.message }),
              )
            : undefined
        }
      >
        <Input
          id={id}
          value={names[key]}
          maxLength={100}
          onChange={(e) => onChange({ ...names, [key]: e.target.value })}
        />
      </Form.Item>
    );
  });
}
