import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Card,
  Col,
  Descriptions,
  Flex,
  Row,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { numberFormat } from '@/components/chartFormat';
import { EChart } from '@/components/EChart';
import { EmptyState } from '@/components/EmptyState';
import { blockingError } from '@/components/errors';
import { ErrorState } from '@/components/ErrorState';
import { formatFigure } from '@/components/format';
import { LoadingState } from '@/components/LoadingState';
import { useIsPhone } from '@/components/useIsPhone';
import { useLanguage } from '@/components/useLanguage';
import { MODEL_CARD_QUERY } from '@/features/risk/api/modelCardQuery';
import { calibrationOption, importanceOption } from '@/features/risk/model/charts';

const DATASETS = ['credit_scoring', 'german_credit', 'credit_card_clients'];

// A new algorithm the build has no words for yet shows under its own key.
function algorithmName(t, i18n, algorithm) {
  const key = `risk.model.algorithms.${algorithm}`;
  return i18n.exists(key) ? t(key) : algorithm;
}

/** Why the algorithm was chosen: a code and its figures, worded here. */
function Choice({ choice }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const error = numberFormat(language, { fractionDigits: 3 });
  const key = `risk.model.choice.${choice.code}`;
  if (!i18n.exists(key)) return null; // a reason this build cannot word yet
  return (
    <Typography.Text type="secondary">
      {t(key, {
        passedOver: choice.passedOver && algorithmName(t, i18n, choice.passedOver),
        passedOverError: error(choice.passedOverCalibrationError),
        bestError: error(choice.bestCalibrationError),
      })}
    </Typography.Text>
  );
}

function Figures({ card, isPhone }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const f = (value) => formatFigure(value, language, { digits: 3 });
  const count = (value) => formatFigure(value, language);
  return (
    <Descriptions size="small" column={isPhone ? 1 : 4} bordered={!isPhone}>
      <Descriptions.Item label={t('risk.model.version')}>
        {card.kind} / {card.version}
      </Descriptions.Item>
      <Descriptions.Item label={t('risk.model.algorithm')}>
        {algorithmName(t, i18n, card.algorithm)}
      </Descriptions.Item>
      <Descriptions.Item label="AUC">{f(card.auc)}</Descriptions.Item>
      <Descriptions.Item label="KS">{f(card.ks)}</Descriptions.Item>
      <Descriptions.Item label="Brier">{f(card.brier)}</Descriptions.Item>
      <Descriptions.Item label={t('risk.model.calibrationError')}>
        {f(card.calibrationError)}
      </Descriptions.Item>
      <Descriptions.Item label={t('risk.model.rows')}>
        {count(card.trainRows)} / {count(card.testRows)}
      </Descriptions.Item>
      <Descriptions.Item label={t('risk.model.badRate')}>
        {formatFigure(card.badRate, language, { digits: 1, percent: true })}
      </Descriptions.Item>
    </Descriptions>
  );
}

function Stability({ card }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const drifted = card.stability.filter((s) => s.warning);
  const columns = [
    {
      title: t('risk.model.input'),
      key: 'input',
      render: (_, s) => (language === 'zh' ? s.zh : s.en),
    },
    {
      title: 'PSI',
      key: 'psi',
      align: 'right',
      render: (_, s) => formatFigure(s.psi, language, { digits: 3 }),
    },
    {
      title: '',
      key: 'warning',
      render: (_, s) =>
        s.warning ? <Tag color="red">{t('risk.model.drifted')}</Tag> : null,
    },
  ];
  return (
    <Card size="small" title={t('risk.model.stability', { count: card.customers })}>
      {drifted.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={t('risk.model.driftWarning', {
            count: drifted.length,
            at: card.warnAt,
          })}
        />
      )}
      <Table
        rowKey="input"
        size="small"
        columns={columns}
        dataSource={card.stability}
        pagination={false}
      />
    </Card>
  );
}

function Charts({ card, isPhone }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const calibration = useMemo(
    () =>
      calibrationOption(
        card.calibration,
        {
          observed: t('risk.model.observed'),
          perfect: t('risk.model.perfect'),
          predicted: t('risk.model.predicted'),
          observedAxis: t('risk.model.badRate'),
        },
        language,
      ),
    [card, t, language],
  );
  const importance = useMemo(
    () => importanceOption(card.importance, language),
    [card, language],
  );
  return (
    <Row gutter={[16, 16]}>
      <Col span={isPhone ? 24 : 12}>
        <Card size="small" title={t('risk.model.calibration')}>
          <EChart
            option={calibration}
            label={t('risk.model.calibration')}
            height={320}
          />
        </Card>
      </Col>
      <Col span={isPhone ? 24 : 12}>
        <Card size="small" title={t('risk.model.importance')}>
          <EChart option={importance} label={t('risk.model.importance')} height={320} />
        </Card>
      </Col>
    </Row>
  );
}

/** The active credit model: figures, calibration, importance and drift. */
export function ModelCardPage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const [kind, setKind] = useState(DATASETS[0]);
  const { data, error, refetch } = useQuery(MODEL_CARD_QUERY, {
    variables: { kind },
    errorPolicy: 'all',
  });
  const failure = blockingError(error);
  const card = data?.modelCard;

  let body;
  if (failure) body = <ErrorState error={failure} onRetry={() => refetch()} />;
  else if (!data) body = <LoadingState />;
  else if (!card) body = <EmptyState description={t('risk.model.none')} />;
  else {
    body = (
      <Flex vertical gap="middle">
        <Figures card={card} isPhone={isPhone} />
        <Choice choice={card.choice} />
        <Charts card={card} isPhone={isPhone} />
        <Stability card={card} />
      </Flex>
    );
  }
  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" gap="small" wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('risk.model.title')}
        </Typography.Title>
        <Select
          aria-label={t('risk.model.dataset')}
          value={kind}
          onChange={setKind}
          options={DATASETS.map((d) => ({
            value: d,
            label: t(`risk.model.datasets.${d}`),
          }))}
          style={{ minWidth: 200 }}
        />
      </Flex>
      {body}
    </Flex>
  );
}
