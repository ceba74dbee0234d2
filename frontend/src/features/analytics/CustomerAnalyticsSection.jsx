import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Popconfirm,
  Row,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { formatDate, formatMoney } from '@/components/format';
import { LoadingState } from '@/components/LoadingState';
import { NotPermitted } from '@/components/NotPermitted';
import { PayloadErrorAlert } from '@/components/PayloadErrorAlert';
import { StackList } from '@/components/StackList';
import { localName, useLanguage } from '@/components/useLanguage';
import { CUSTOMER_ANALYTICS_QUERY } from '@/features/analytics/api/customerAnalyticsQuery';
import { RECORD_OFFER_OUTCOME_MUTATION } from '@/features/analytics/api/recordOfferOutcomeMutation';
import { formatShare, localLines, localText } from '@/features/analytics/format';
import { useCan } from '@/lib/permissions';

export const TIER_COLORS = {
  PLATINUM: 'purple',
  GOLD: 'gold',
  SILVER: 'default',
  BRONZE: 'orange',
};

function ValueCard({ value, segments }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const title = t('analytics.customer.value');
  if (value === null) {
    return (
      <Card title={title} size="small">
        <EmptyState description={t('analytics.customer.noValue')} />
      </Card>
    );
  }
  return (
    <Card title={title} size="small">
      <Flex vertical gap="small">
        <Flex gap="small" wrap align="center">
          <Tag color={TIER_COLORS[value.tier]}>
            {t(`analytics.tiers.${value.tier}`)}
          </Tag>
          {segments.map((s) => (
            <Tag key={s.id} color="blue">
              {localName(s, language)}
            </Tag>
          ))}
        </Flex>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('analytics.customer.lifetimeValue')}>
            {formatMoney(value.lifetimeValue, language)}
          </Descriptions.Item>
          <Descriptions.Item label={t('analytics.customer.annualMargin')}>
            {formatMoney(value.annualMargin, language)}
          </Descriptions.Item>
          <Descriptions.Item label={t('analytics.customer.rfm')}>
            {t('analytics.customer.rfmScores', {
              r: value.recencyScore,
              f: value.frequencyScore,
              m: value.monetaryScore,
            })}
          </Descriptions.Item>
        </Descriptions>
        <Typography.Text strong>{t('analytics.customer.drivers')}</Typography.Text>
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {localLines(value.drivers, language).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </Flex>
    </Card>
  );
}

/**
 * One outcome button: a tap asks first, since a recorded outcome is final (a
 * mis-tap could otherwise only be put right by its recorder through the API).
 * On a phone the button and the confirmation's buttons are 40 px high.
 */
function OutcomeButton({ offer, name, accepted, onDecide, busy, isPhone }) {
  const { t } = useTranslation();
  const which = accepted ? 'accept' : 'decline';
  const size = isPhone ? 'large' : 'small';
  return (
    <Popconfirm
      title={t(`analytics.customer.confirm.${which}`, { product: name })}
      description={t('analytics.customer.confirm.final')}
      okText={t(`analytics.customer.${which}`)}
      cancelText={t('analytics.customer.confirm.cancel')}
      okButtonProps={{ size, danger: !accepted }}
      cancelButtonProps={{ size }}
      onConfirm={() => onDecide(offer, accepted)}
      disabled={busy}
    >
      <Button
        size={size}
        type={accepted ? 'primary' : 'default'}
        disabled={busy}
        aria-label={t(`analytics.customer.${which}Offer`, { product: name })}
      >
        {t(`analytics.customer.${which}`)}
      </Button>
    </Popconfirm>
  );
}

function Offer({ offer, onDecide, busy, isPhone }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = localName(offer.product, language);
  const canDecide = useCan('customer.write');
  return (
    <Flex vertical gap={4}>
      <Flex justify="space-between" gap="small" wrap>
        <Typography.Text strong>
          {offer.rank}. {name}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('analytics.customer.score', { score: formatShare(offer.score, language) })}
        </Typography.Text>
      </Flex>
      <Typography.Text>{localText(offer.reason, language)}</Typography.Text>
      {canDecide && (
        <Flex gap="small" wrap>
          {[true, false].map((accepted) => (
            <OutcomeButton
              key={String(accepted)}
              offer={offer}
              name={name}
              accepted={accepted}
              onDecide={onDecide}
              busy={busy}
              isPhone={isPhone}
            />
          ))}
        </Flex>
      )}
    </Flex>
  );
}

/**
 * Why a customer gets no offers: marketing consent withdrawn (since the day
 * it was) or a grant past its expiry date; null while offers may be made
 * (granted, or never asked).
 */
export function marketingWithheld(consents) {
  const marketing = (consents ?? []).find((c) => c.purpose === 'MARKETING');
  const latest = marketing?.latest;
  if (!latest || marketing.granted) return null;
  return latest.granted
    ? { expired: true, since: latest.expiresOn }
    : { expired: false, since: latest.recordedAt.slice(0, 10) };
}

function withheldText(t, language, withheld) {
  const date = withheld.since ? formatDate(withheld.since, language) : '';
  return withheld.expired
    ? t('analytics.customer.consentExpired', { date })
    : t('analytics.customer.consentWithdrawn', { date });
}

function OffersCard({ offers, withheld, onReload, isPhone }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [record, { loading }] = useMutation(RECORD_OFFER_OUTCOME_MUTATION);
  const [refusal, setRefusal] = useState(null);
  const [failure, setFailure] = useState(null);

  const decide = async (offer, accepted) => {
    setRefusal(null);
    setFailure(null);
    try {
      const { data } = await record({
        variables: { input: { id: offer.id, accepted } },
      });
      const payload = data.recordRecommendationOutcome;
      if (payload.__typename !== 'Recommendation') setRefusal(payload);
      onReload();
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <Card title={t('analytics.customer.recommendations')} size="small">
      <Flex vertical gap="small">
        {failure && <ErrorState error={failure} />}
        {refusal?.__typename === 'ValidationError' ? (
          <Alert
            type="warning"
            showIcon
            role="alert"
            title={t('analytics.customer.decided')}
          />
        ) : refusal?.__typename === 'ConsentWithdrawnError' ? (
          <Alert
            type="warning"
            showIcon
            role="alert"
            title={withheldText(t, language, refusal)}
          />
        ) : (
          <PayloadErrorAlert payload={refusal} />
        )}
        {withheld ? (
          <EmptyState description={withheldText(t, language, withheld)} />
        ) : offers.length ? (
          <StackList
            items={offers}
            divided
            renderItem={(offer) => (
              <Offer offer={offer} onDecide={decide} busy={loading} isPhone={isPhone} />
            )}
          />
        ) : (
          <EmptyState description={t('analytics.customer.noOffers')} />
        )}
      </Flex>
    </Card>
  );
}

function withheld(error) {
  return Boolean(error?.errors?.some((e) => e.extensions?.code === 'FORBIDDEN'));
}

/**
 * The customer view's value and recommendations: tier, lifetime value and
 * what drives it, segments, and products to offer with a reason to give.
 */
export function CustomerAnalyticsSection({ customerId, isPhone }) {
  const { t } = useTranslation();
  // Without segment.read nothing here is asked for: the graph would only
  // answer FORBIDDEN errors.
  const permitted = useCan('segment.read');
  const { data, error, refetch } = useQuery(CUSTOMER_ANALYTICS_QUERY, {
    variables: { id: customerId },
    errorPolicy: 'all',
    skip: !permitted,
  });
  const reload = () => refetch().catch(() => {}); // the error shows via `error`
  const customer = data?.customer;

  if (!permitted || (customer?.value === null && withheld(error))) {
    return (
      <Card title={t('analytics.customer.value')} size="small">
        <NotPermitted />
      </Card>
    );
  }
  if (error && !customer) return <ErrorState error={error} onRetry={reload} />;
  if (!customer) return <LoadingState />;
  const value = <ValueCard value={customer.value} segments={customer.segments ?? []} />;
  const offers = (
    <OffersCard
      offers={(customer.recommendations ?? []).filter((o) => o.status === 'OFFERED')}
      withheld={marketingWithheld(customer.consents)}
      onReload={reload}
      isPhone={isPhone}
    />
  );
  if (isPhone) {
    return (
      <Flex vertical gap="middle">
        {value}
        {offers}
      </Flex>
    );
  }
  return (
    <Row gutter={16}>
      <Col span={12}>{value}</Col>
      <Col span={12}>{offers}</Col>
    </Row>
  );
}
