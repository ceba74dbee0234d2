import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

// A long list of moved rows shows its first IDs and how many more there are.
const SHOWN_IDS = 10;

function ids(list) {
  const shown = list.slice(0, SHOWN_IDS).map((id) => `#${id}`);
  return list.length > SHOWN_IDS ? [...shown, '…'].join(', ') : shown.join(', ');
}

function Line({ label, children }) {
  return (
    <Typography.Text style={{ fontSize: 12 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}:{' '}
      </Typography.Text>
      {children}
    </Typography.Text>
  );
}

function Tables({ label, tables }) {
  const { t } = useTranslation();
  const entries = Object.entries(tables ?? {});
  if (!entries.length) return null;
  return (
    <Line label={label}>
      {entries
        .map(([table, { count, ids: rows }]) =>
          t('audit.details.rows', { table, count, ids: ids(rows) }),
        )
        .join(' · ')}
    </Line>
  );
}

function Names({ label, names }) {
  if (!names?.length) return null;
  return <Line label={label}>{names.join(', ')}</Line>;
}

function filterText(filter) {
  return Object.entries(filter ?? {})
    .map(([name, value]) => `${name}=${Array.isArray(value) ? value.join('/') : value}`)
    .join(', ');
}

/** A customer export's scope: purpose, rows, format, clear or masked, filter. */
function ExportScope({ details }) {
  const { t } = useTranslation();
  const purpose = String(details.purpose).toUpperCase();
  return (
    <>
      <Line label={t('audit.details.purpose')}>
        {t(`exports.purposes.${purpose}`, { defaultValue: details.purpose })}
        {details.purpose_text ? ` — ${details.purpose_text}` : ''}
      </Line>
      <Line label={t('audit.details.exported')}>
        {t('audit.details.exportScope', {
          count: details.rows ?? 0,
          format: String(details.format ?? '').toUpperCase(),
          personal: t(
            details.personal === 'clear'
              ? 'audit.details.inClear'
              : 'audit.details.masked',
          ),
          limit: details.clear_row_limit,
        })}
      </Line>
      <Line label={t('audit.details.filter')}>
        {filterText(details.filter) || t('audit.details.noFilter')}
      </Line>
    </>
  );
}

/**
 * What an event's `details` say beyond its field names, line by line: for a
 * customer export, its purpose and scope; for a merge, the rows that moved per table (count and IDs), what was deleted to be
 * rebuilt, and which fields came from the merged-away customer. Identifiers
 * and field names only: the trail holds no personal values.
 */
export function AuditEventDetails({ details }) {
  const { t } = useTranslation();
  if (!details) return null;
  return (
    <Flex vertical gap={2} aria-label={t('audit.details.label')}>
      {details.purpose != null && <ExportScope details={details} />}
      {details.merged_from != null && (
        <Line label={t('audit.details.mergedFrom')}>#{details.merged_from}</Line>
      )}
      {details.merged_into != null && (
        <Line label={t('audit.details.mergedInto')}>#{details.merged_into}</Line>
      )}
      <Tables label={t('audit.details.moved')} tables={details.moved} />
      <Tables label={t('audit.details.deleted')} tables={details.deleted_to_rebuild} />
      <Names label={t('audit.details.taken')} names={details.taken_from_merged} />
      <Names label={t('audit.details.replaced')} names={details.replaced} />
      {details.relations_ended?.length > 0 && (
        <Line label={t('audit.details.relationsEnded')}>
          {ids(details.relations_ended)}
        </Line>
      )}
      {details.segment_stays_closed?.length > 0 && (
        <Line label={t('audit.details.staysClosed')}>
          {ids(details.segment_stays_closed)}
        </Line>
      )}
    </Flex>
  );
}
