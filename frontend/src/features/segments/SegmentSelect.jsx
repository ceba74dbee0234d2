import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';

import { localName, useLanguage } from '@/components/useLanguage';
import { SEGMENT_OPTIONS_QUERY } from '@/features/segments/api/segmentOptionsQuery';
import { useCan } from '@/lib/permissions';

/**
 * A segment to narrow a list or a dashboard to its members, searchable by
 * name; cleared, it means everyone. Absent, and not asked for, for staff
 * who may not read segments.
 */
export function SegmentSelect({ value, onChange, placeholder, label, style }) {
  const language = useLanguage();
  const allowed = useCan('segment.read');
  const { data, loading } = useQuery(SEGMENT_OPTIONS_QUERY, {
    skip: !allowed,
    errorPolicy: 'all',
  });
  const segments = data?.segments?.edges.map((edge) => edge.node);
  if (!allowed || (!segments && !loading)) return null;
  const options = (segments ?? []).map((s) => ({
    value: s.id,
    label: localName(s, language),
  }));

  return (
    <Select
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={loading}
      value={value}
      onChange={(id) => onChange(id ?? null)}
      options={options}
      placeholder={placeholder}
      aria-label={label}
      style={style}
    />
  );
}
