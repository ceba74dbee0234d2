import { InboxOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Descriptions,
  Flex,
  Progress,
  Radio,
  Result,
  Select,
  Steps,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '@/components/EmptyState';
import { PayloadErrorAlert } from '@/components/PayloadErrorAlert';
import { useIsPhone } from '@/components/useIsPhone';
import { saveBlob } from '@/lib/download';
import { CommitChoice } from '@/features/imports/CommitChoice';
import { MappingEditor } from '@/features/imports/MappingEditor';
import { OutcomeList } from '@/features/imports/OutcomeList';
import { ProblemList } from '@/features/imports/ProblemList';
import { useProblemReason } from '@/features/imports/problemReason';
import { NEEDS_REVIEW, reportCsv, reportLines } from '@/features/imports/reportCsv';
import { TemplatePicker } from '@/features/imports/TemplatePicker';
import { useImport } from '@/features/imports/useImport';
import {
  columnLabel,
  mappingProblemText,
  rowsOf,
  targetsFor,
  unmappedColumns,
  withIgnored,
  withTarget,
  withTemplate,
} from '@/features/imports/mapping';

const ACCEPT = '.csv,.txt,.xlsx';
// What the server reads a CSV file in when told (importing.ENCODINGS); '' detects.
const ENCODINGS = ['utf-8', 'utf-16', 'gb18030', 'gbk', 'big5', 'cp1252', 'latin-1'];

function samplesByColumn(preview) {
  const samples = {};
  preview.headers.forEach((header, i) => {
    samples[header] = preview.sampleRows.map((row) => row[i]).filter(Boolean);
  });
  return samples;
}

function Counts({ report }) {
  const { t } = useTranslation();
  return (
    <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }} bordered>
      <Descriptions.Item label={t('imports.report.total')}>
        {report.totalRows}
      </Descriptions.Item>
      <Descriptions.Item label={t('imports.report.valid')}>
        {report.validRows}
      </Descriptions.Item>
      <Descriptions.Item label={t('imports.report.existing')}>
        {report.existingRows}
      </Descriptions.Item>
      <Descriptions.Item label={t('imports.report.created')}>
        {report.createdRows}
      </Descriptions.Item>
      <Descriptions.Item label={t('imports.report.updated')}>
        {report.updatedRows}
      </Descriptions.Item>
      <Descriptions.Item label={t('imports.report.unchanged')}>
        {report.unchangedRows}
      </Descriptions.Item>
      <Descriptions.Item label={t('imports.report.problems')}>
        {report.problems.length}
      </Descriptions.Item>
      <Descriptions.Item label={t('imports.report.duplicates')}>
        {report.duplicates.length}
      </Descriptions.Item>
      <Descriptions.Item label={t('imports.report.skipped')}>
        {report.skippedRows}
      </Descriptions.Item>
    </Descriptions>
  );
}

function Failure({ payload, failure }) {
  const { t } = useTranslation();
  const reason = useProblemReason();
  if (failure)
    return <Alert type="error" showIcon role="alert" title={t('errors.network')} />;
  if (!payload) return null;
  if (payload.__typename === 'ValidationError') {
    // A file's own problems are worded by code; a mapping's by code when it
    // names its column or field; anything else as the server said it.
    const said = (f) => {
      if (f.field === 'file') return reason(f);
      const named = f.field === 'mapping' && (f.column || f.target);
      return named ? mappingProblemText(t, f) : f.message;
    };
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={t('imports.fileRefused')}
        description={payload.fields.map(said).join(' ')}
      />
    );
  }
  if (payload.__typename === 'RequestFailed') {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={t('errors.server')}
        description={
          payload.requestId && `${t('errors.requestId')} ${payload.requestId}`
        }
      />
    );
  }
  return <PayloadErrorAlert payload={payload} />;
}

function ReportView({ report, isPhone }) {
  const { t } = useTranslation();
  const reason = useProblemReason();
  const lines = reportLines(report, reason);
  const review = report.skipped
    .filter((skipped) => skipped.reasons.includes(NEEDS_REVIEW))
    .map((skipped) => skipped.row);
  const download = () =>
    saveBlob(
      new Blob([reportCsv(lines)], { type: 'text/csv;charset=utf-8' }),
      `import-report-${report.jobId}.csv`,
    );
  return (
    <Flex vertical gap="middle">
      <Counts report={report} />
      {lines.length > 0 && (
        <Flex justify="space-between" align="center" wrap gap="small">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('imports.report.badCells')}
          </Typography.Title>
          <Button onClick={download}>{t('imports.report.download')}</Button>
        </Flex>
      )}
      {report.problems.length ? (
        <ProblemList problems={report.problems} isPhone={isPhone} />
      ) : (
        <Alert type="success" showIcon title={t('imports.report.clean')} />
      )}
      {review.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={t('imports.report.review', { rows: review.join(', ') })}
        />
      )}
      {report.outcomes.length > 0 && (
        <>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('imports.outcome.title')}
          </Typography.Title>
          <OutcomeList outcomes={report.outcomes} isPhone={isPhone} />
        </>
      )}
    </Flex>
  );
}

function Choices({ entity, mode, encoding, onEntity, onMode, onEncoding, disabled }) {
  const { t } = useTranslation();
  return (
    <Flex gap="middle" wrap>
      <Select
        value={encoding}
        onChange={onEncoding}
        disabled={disabled}
        aria-label={t('imports.encoding.label')}
        style={{ minWidth: 180 }}
        options={[
          { value: '', label: t('imports.encoding.auto') },
          ...ENCODINGS.map((value) => ({ value, label: value })),
        ]}
      />
      <Radio.Group
        value={entity}
        onChange={(event) => onEntity(event.target.value)}
        disabled={disabled}
        aria-label={t('imports.entity.label')}
        optionType="button"
        options={['CUSTOMER', 'ACCOUNT'].map((value) => ({
          value,
          label: t(`imports.entity.${value}`),
        }))}
      />
      {entity === 'CUSTOMER' && (
        <Radio.Group
          value={mode}
          onChange={(event) => onMode(event.target.value)}
          disabled={disabled}
          aria-label={t('imports.mode.label')}
          options={['CREATE', 'UPDATE'].map((value) => ({
            value,
            label: t(`imports.mode.${value}`),
          }))}
        />
      )}
    </Flex>
  );
}

function resultStatus(result) {
  if (result.status !== 'COMMITTED') return 'error';
  return result.skippedRows ? 'warning' : 'success';
}

function resultTitle(result) {
  const partial = result.status === 'COMMITTED' && result.skippedRows > 0;
  return partial ? 'imports.result.validRowsOnly' : `imports.result.${result.status}`;
}

function ServerProgress({ work }) {
  const { t } = useTranslation();
  const label = work.rows
    ? t('imports.busy.rows', { done: work.rows.done, total: work.rows.total ?? '?' })
    : t(`imports.busy.${work.busy}`);
  return (
    <Flex vertical gap={4} role="status">
      <Typography.Text>{label}</Typography.Text>
      <Progress
        percent={Math.round(work.progress * 100)}
        status="active"
        aria-label={t(`imports.busy.${work.busy}`)}
      />
    </Flex>
  );
}

export function ImportWizardPage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const work = useImport();
  const [file, setFile] = useState(null);
  const [preview, setPreview] = useState(null);
  const [rows, setRows] = useState([]);
  const [payload, setPayload] = useState(null);
  const [result, setResult] = useState(null);
  const [entity, setEntity] = useState('CUSTOMER');
  const [mode, setMode] = useState('CREATE');
  const [encoding, setEncoding] = useState('');
  const options = (kind = entity, named = encoding) => ({
    entity: kind,
    ...(kind === 'ACCOUNT' ? {} : { mode }),
    ...(named ? { encoding: named } : {}),
  });

  const check = async (chosen, mapping, given = options()) => {
    setPayload(null);
    const answer = await work.preview(chosen, mapping, given);
    if (answer?.__typename === 'ImportPreview') {
      setPreview(answer);
      setRows(rowsOf(answer));
    } else setPayload(answer);
  };
  const choose = (chosen) => {
    setFile(chosen);
    setResult(null);
    check(chosen, null);
    return false; // the wizard sends the file itself
  };
  const commit = async (choice) => {
    setPayload(null);
    const given = { ...options(), ...choice };
    const answer = await work.commit(file, rows, given);
    if (answer?.__typename === 'ImportReport') setResult(answer);
    else setPayload(answer);
  };
  const restart = () => {
    setFile(null);
    setPreview(null);
    setResult(null);
    setPayload(null);
  };

  const changeEntity = (value) => {
    setEntity(value);
    // Another kind of row: its own suggested mapping, checked again.
    if (file) check(file, null, options(value));
  };
  const changeEncoding = (value) => {
    setEncoding(value);
    // The file read in another encoding: its headers and rows again.
    if (file) check(file, null, options(entity, value));
  };
  const changeMode = (value) => {
    setMode(value);
    setPreview((p) => p && { ...p, report: null });
  };
  const applyTemplate = (template) => {
    setRows((r) => withTemplate(r, template));
    if (template.options?.mode) setMode(template.options.mode.toUpperCase());
    setPreview((p) => p && { ...p, report: null });
  };

  const report = preview?.report;
  const step = result ? 3 : report ? 2 : preview ? 1 : 0;
  // A column neither mapped nor ignored would be dropped: the server refuses.
  const unmapped = unmappedColumns(rows);
  const canCommit =
    report && report.problems.length === 0 && unmapped.length === 0 && !work.busy;
  const ignore = (columns, ignored = true) =>
    setRows((r) => withIgnored(r, columns, ignored));

  return (
    <Flex vertical gap="middle">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('imports.title')}
      </Typography.Title>
      <Steps
        current={step}
        size="small"
        direction={isPhone ? 'vertical' : 'horizontal'}
        items={['upload', 'mapping', 'check', 'commit'].map((key) => ({
          title: t(`imports.steps.${key}`),
        }))}
      />
      <Failure payload={payload} failure={work.failure} />
      {result ? (
        <Result
          status={resultStatus(result)}
          title={t(resultTitle(result), {
            count: result.createdRows,
            updated: result.updatedRows,
            skipped: result.skippedRows,
          })}
          extra={<Button onClick={restart}>{t('imports.another')}</Button>}
        >
          <ReportView report={result} isPhone={isPhone} />
        </Result>
      ) : (
        <>
          <Upload.Dragger
            accept={ACCEPT}
            multiple={false}
            showUploadList={false}
            beforeUpload={choose}
            disabled={Boolean(work.busy)}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p>{file ? file.name : t('imports.upload.hint')}</p>
            <Typography.Text type="secondary">
              {t('imports.upload.formats')}
            </Typography.Text>
          </Upload.Dragger>
          <Choices
            entity={entity}
            mode={mode}
            encoding={encoding}
            onEntity={changeEntity}
            onMode={changeMode}
            onEncoding={changeEncoding}
            disabled={Boolean(work.busy)}
          />
          {work.busy && <ServerProgress work={work} />}
          {preview ? (
            <>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {t('imports.mapping.title', { file: preview.fileName })}
              </Typography.Title>
              {preview.mappingProblems.map((p) => (
                <Alert
                  key={`${p.code}:${p.column}:${p.target}`}
                  type="warning"
                  showIcon
                  title={mappingProblemText(t, p)}
                />
              ))}
              {unmapped.length > 0 && (
                <Alert
                  type="warning"
                  showIcon
                  title={t('imports.unmapped.title', {
                    columns: unmapped.map((c) => columnLabel(t, c)).join(', '),
                  })}
                  description={t('imports.unmapped.hint')}
                  action={
                    <Button size="small" onClick={() => ignore(unmapped)}>
                      {t('imports.unmapped.ignoreAll')}
                    </Button>
                  }
                />
              )}
              <TemplatePicker
                entity={entity}
                rows={rows}
                mode={mode}
                onApply={applyTemplate}
              />
              <MappingEditor
                rows={rows}
                targets={targetsFor(entity)}
                samples={samplesByColumn(preview)}
                isPhone={isPhone}
                onChange={(column, target) => {
                  setRows((r) => withTarget(r, column, target));
                  // The report belongs to the old mapping: check again to commit.
                  setPreview((p) => ({ ...p, report: null }));
                }}
                onIgnore={(column, ignored) => ignore([column], ignored)}
              />
              <Flex gap="small" wrap>
                <Button onClick={() => check(file, rows)} disabled={Boolean(work.busy)}>
                  {t('imports.actions.check')}
                </Button>
                <Button type="primary" onClick={() => commit()} disabled={!canCommit}>
                  {t('imports.actions.commit')}
                </Button>
              </Flex>
              {report && unmapped.length === 0 && (
                <CommitChoice
                  key={report.jobId}
                  report={report}
                  onValidRowsOnly={({ confirmDuplicates }) =>
                    commit({ commitMode: 'VALID_ROWS_ONLY', confirmDuplicates })
                  }
                  disabled={Boolean(work.busy)}
                  isPhone={isPhone}
                />
              )}
              {report && <ReportView report={report} isPhone={isPhone} />}
            </>
          ) : (
            !work.busy && <EmptyState description={t('imports.upload.empty')} />
          )}
        </>
      )}
    </Flex>
  );
}
