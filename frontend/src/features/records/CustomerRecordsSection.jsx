import { useQuery } from '@apollo/client/react';
import { Col, Flex, Row } from 'antd';

import { blockingError } from '@/components/errors';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { CUSTOMER_RECORDS_QUERY } from '@/features/records/api/customerRecordsQuery';
import { CompletenessCard } from '@/features/records/CompletenessCard';
import { ConsentsCard } from '@/features/records/ConsentsCard';
import { KycDocumentsCard } from '@/features/records/KycDocumentsCard';
import { RelationshipsCard } from '@/features/records/RelationshipsCard';

/** Completeness, KYC documents, consents and relationships on the customer view. */
export function CustomerRecordsSection({ customerId, isPhone }) {
  const { data, error, refetch } = useQuery(CUSTOMER_RECORDS_QUERY, {
    variables: { id: customerId },
    errorPolicy: 'all',
  });
  const failure = blockingError(error);
  const reload = () => refetch().catch(() => {});

  if (failure) return <ErrorState error={failure} onRetry={reload} />;
  if (!data?.customer) return <LoadingState />;
  const customer = data.customer;
  const cards = {
    completeness: <CompletenessCard completeness={customer.completeness} />,
    kyc: (
      <KycDocumentsCard
        customerId={customerId}
        documents={customer.kycDocuments}
        onChange={reload}
      />
    ),
    consent: (
      <ConsentsCard
        customerId={customerId}
        consents={customer.consents}
        onChange={reload}
      />
    ),
    relations: (
      <RelationshipsCard
        customerId={customerId}
        relationships={customer.relationships}
        onChange={reload}
      />
    ),
  };
  if (isPhone) {
    return (
      <Flex vertical gap="middle">
        {cards.completeness}
        {cards.kyc}
        {cards.consent}
        {cards.relations}
      </Flex>
    );
  }
  return (
    <Row gutter={[16, 16]}>
      <Col span={8}>{cards.completeness}</Col>
      <Col span={16}>{cards.kyc}</Col>
      <Col span={12}>{cards.consent}</Col>
      <Col span={12}>{cards.relations}</Col>
    </Row>
  );
}
