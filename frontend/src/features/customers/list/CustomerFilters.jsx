import { useQuery } from '@apollo/client/react';
import { FilterOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { localName, useLanguage } from '@/components/useLanguage';
import { BRANCHES_QUERY } from '@/features/customers/api/branchesQuery';
import {
  ARCHIVED_CHOICES,
  COLUMNS,
  COMPLETE_CHOICES,
  KINDS,
  KYC_STATUSES,
  SORT_FIELDS,
  STATUSES,
  shownColumns,
} from '@/features/customers/list/listParams';
import { SavedViews } from '@/features/customers/list/SavedViews';
import { SearchBox } from '@/features/customers/list/SearchBox';
import { SegmentSelect } from '@/features/segments/SegmentSelect';
import { useMe } from '@/lib/permissions';

function useEnumOptions(type, values) {
  const { t } = useTranslation();
  return values.map((value) => ({ value, label: t(`enums.${type}.${value}`) }));
}

function BranchSelect({ value, onChange, style }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, loading } = useQuery(BRANCHES_QUERY);
  const options = (data?.branches ?? []).map((b) => ({
    value: b.id,
    label: localName(b, language),
  }));

  return (
    <Select
      allowClear
      loading={loading}
      value={value}
      onChange={(id) => onChange(id ?? null)}
      options={options}
      placeholder={t('customers.fields.branch')}
      aria-label={t('customers.fields.branch')}
      style={style}
    />
  );
}

/** Sorting for the card view, where there are no column headers to click. */
function SortSelect({ params, onChange, style }) {
  const { t } = useTranslation();
  const options = SORT_FIELDS.flatMap((field) =>
    ['ASC', 'DESC'].map((direction) => ({
      value: `${field}:${direction}`,
      label: t(`customers.list.sort.${field}.${direction}`),
    })),
  );

  return (
    <Select
      value={`${params.sort}:${params.direction}`}
      onChange={(v) => {
        const [sort, direction] = v.split(':');
        onChange({ sort, direction });
      }}
      options={options}
      aria-label={t('customers.list.sortBy')}
      style={style}
    />
  );
}

/** Which columns the desktop table shows; the name always stays. */
function ColumnSelect({ params, onChange }) {
  const { t } = useTranslation();
  const options = COLUMNS.filter((c) => c !== 'NAME').map((value) => ({
    value,
    label: t(`customers.list.column.${value}`),
  }));

  return (
    <Select
      mode="multiple"
      value={params.columns.filter((c) => c !== 'NAME')}
      onChange={(chosen) =>
        onChange(
          {
            columns: shownColumns([
              'NAME',
              ...COLUMNS.filter((c) => chosen.includes(c)),
            ]),
          },
          { keepPage: true },
        )
      }
      options={options}
      aria-label={t('customers.list.columns')}
      placeholder={t('customers.list.columns')}
      maxTagCount="responsive"
      style={{ width: 220 }}
    />
  );
}

function FilterSelects({ params, onChange, isPhone }) {
  const { t } = useTranslation();
  const width = isPhone ? '100%' : 170;
  const { me } = useMe();
  const statusOptions = useEnumOptions('CustomerStatus', STATUSES);
  const kycOptions = useEnumOptions('KycStatus', KYC_STATUSES);
  const kindOptions = useEnumOptions('CustomerKind', KINDS);
  const archivedOptions = ARCHIVED_CHOICES.map((value) => ({
    value,
    label: t(`customers.list.archived.${value}`),
  }));
  const completeOptions = COMPLETE_CHOICES.map((value) => ({
    value,
    label: t(`customers.list.complete.${value}`),
  }));

  return (
    <>
      <Select
        mode="multiple"
        allowClear
        value={params.status}
        onChange={(status) => onChange({ status })}
        options={statusOptions}
        placeholder={t('customers.fields.status')}
        aria-label={t('customers.fields.status')}
        maxTagCount="responsive"
        style={{ width: isPhone ? '100%' : 220 }}
      />
      <Select
        mode="multiple"
        allowClear
        value={params.kycStatus}
        onChange={(kycStatus) => onChange({ kycStatus })}
        options={kycOptions}
        placeholder={t('customers.list.kycStatus')}
        aria-label={t('customers.list.kycStatus')}
        maxTagCount="responsive"
        style={{ width: isPhone ? '100%' : 200 }}
      />
      <Select
        allowClear
        value={params.kind}
        onChange={(kind) => onChange({ kind: kind ?? null })}
        options={kindOptions}
        placeholder={t('customers.fields.kind')}
        aria-label={t('customers.fields.kind')}
        style={{ width }}
      />
      {/* Branch staff see their own branch only: a branch filter would offer nothing. */}
      {!me?.branch && (
        <BranchSelect
          value={params.branchId}
          onChange={(branchId) => onChange({ branchId })}
          style={{ width }}
        />
      )}
      <SegmentSelect
        value={params.segmentId}
        onChange={(segmentId) => onChange({ segmentId })}
        placeholder={t('customers.list.segment')}
        label={t('customers.list.segment')}
        style={{ width: isPhone ? '100%' : 200 }}
      />
      <Select
        value={params.archived}
        onChange={(archived) => onChange({ archived })}
        options={archivedOptions}
        aria-label={t('customers.list.archived.label')}
        style={{ width }}
      />
      <Select
        allowClear
        value={params.complete}
        onChange={(complete) => onChange({ complete: complete ?? null })}
        options={completeOptions}
        placeholder={t('customers.list.complete.label')}
        aria-label={t('customers.list.complete.label')}
        style={{ width }}
      />
      {isPhone && <SortSelect params={params} onChange={onChange} style={{ width }} />}
    </>
  );
}

function activeFilterCount(params) {
  const set = [
    params.status.length,
    params.kycStatus.length,
    params.kind,
    params.branchId,
    params.segmentId,
    params.complete,
  ];
  return set.filter(Boolean).length + (params.archived !== 'current' ? 1 : 0);
}

/** On a phone the filters fold away behind a button, so results show at once. */
function PhoneFilters({ params, onChange, search, views }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const count = activeFilterCount(params);

  return (
    <Flex vertical gap="small">
      <Flex gap="small">
        <div style={{ flex: 1, minWidth: 0 }}>{search}</div>
        <Badge count={count} size="small">
          <Button
            icon={<FilterOutlined aria-hidden />}
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            {t('customers.list.filters')}
          </Button>
        </Badge>
        {views}
      </Flex>
      {open && <FilterSelects params={params} onChange={onChange} isPhone />}
    </Flex>
  );
}

export function CustomerFilters({ params, onChange, isPhone }) {
  const search = (
    <SearchBox
      value={params.text}
      onSearch={(text) => onChange({ text }, { replace: true })}
    />
  );
  const views = <SavedViews params={params} onOpen={onChange} iconOnly={isPhone} />;
  if (isPhone) {
    return (
      <PhoneFilters params={params} onChange={onChange} search={search} views={views} />
    );
  }
  return (
    <Flex wrap gap="small">
      <div style={{ width: 320 }}>{search}</div>
      <FilterSelects params={params} onChange={onChange} isPhone={false} />
      <ColumnSelect params={params} onChange={onChange} />
      {views}
    </Flex>
  );
}
