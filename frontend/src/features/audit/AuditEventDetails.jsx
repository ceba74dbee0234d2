import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import {
  codeValueLabel,
  detailKeyLabel,
  fieldLabel,
  tableLabel,
} from '@/features/audit/auditLabels';

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
          t('audit.details.rows', {
            table: tableLabel(t, table),
            count,
            ids: ids(rows ?? []),
          }),
        )
        .join(' · ')}
    </Line>
  );
}

function Names({ label, names }) {
  const { t } = useTranslation();
  if (!names?.length) return null;
  return (
    <Line label={label}>{names.map((name) => fieldLabel(t, name)).join(', ')}</Line>
  );
}

/** A detail's value in words: coded values by label, lists joined. */
function valueText(t, key, value) {
  if (value == null) return '—';
  if (typeof value === 'boolean')
    return t(value ? 'audit.details.yes' : 'audit.details.no');
  if (Array.isArray(value)) return value.map((v) => valueText(t, key, v)).join(' / ');
  if (typeof value === 'object') return JSON.stringify(value);
  return codeValueLabel(t, key, value);
}

function filterText(t, filter) {
  return Object.entries(filter ?? {})
    .map(([name, value]) => `${detailKeyLabel(t, name)}: ${valueText(t, name, value)}`)
    .join(', ');
}

// The keys that the lines below word together: an export's scope (when it has
// its purpose) and a merge's moves; every other key gets a line of its own.
const EXPORT_KEYS = new Set([
  'purpose',
  'purpose_text',
  'format',
  'personal',
  'clear_row_limit',
  'rows',
  'filter',
]);
const MERGE_KEYS = new Set([
  'merged_from',
  'merged_into',
  'moved',
  'deleted_to_rebuild',
  'taken_from_merged',
  'replaced',
  'relations_ended',
  'segment_stays_closed',
]);

function shownTogether(details, key) {
  return EXPORT_KEYS.has(key) ? details.purpose != null : MERGE_KEYS.has(key);
}

/** Every other key of the details, by its label, with its value in words. */
function OtherDetails({ details }) {
  const { t } = useTranslation();
  return Object.entries(details)
    .filter(([key]) => !shownTogether(details, key))
    .map(([key, value]) => (
      <Line key={key} label={detailKeyLabel(t, key)}>
        {valueText(t, key, value)}
      </Line>
    ));
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
        {filterText(t, details.filter) || t('audit.details.noFilter')}
      </Line>
    </>
  );
}

/**
 * What an event's `details` say beyond its field names, line by line: for a
 * customer export, its purpose and scope; for a merge, the rows that moved
 * per table (count and IDs), what was deleted to be rebuilt, and which fields
 * came from the merged-away customer; any other key (an import's counts, a
 * complaint's statuses from and to, a survey's kind) on a line of its own,
 * by its label and its value in words. Identifiers, field names and codes
 * only: the trail holds no personal values.
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
      <OtherDetails details={details} />
    </Flex>
  );
}
