import { useLazyQuery } from '@apollo/client/react';
import { Button, Card, Flex, Form, Input, List, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { customerPath } from '@/features/customers/paths';
import { ADD_RELATIONSHIP_MUTATION } from '@/features/records/api/addRelationshipMutation';
import { CUSTOMER_PICKER_QUERY } from '@/features/records/api/customerPickerQuery';
import { END_RELATIONSHIP_MUTATION } from '@/features/records/api/endRelationshipMutation';
import { PayloadProblems } from '@/features/records/PayloadProblems';
import { RecordFormDialog } from '@/features/records/RecordFormDialog';
import { usePayloadMutation } from '@/features/records/usePayloadMutation';
import { useCan } from '@/lib/permissions';
import { useTapSize } from '@/components/useTapSize';

// What this customer is to the other one, as the graph's RelationKind names it.
export const RELATION_KINDS = [
  'SPOUSE',
  'PARENT',
  'HOUSEHOLD_MEMBER',
  'GUARANTOR',
  'EMPLOYER',
  'DIRECTOR',
  'SHAREHOLDER',
  'BENEFICIAL_OWNER',
];

function CustomerPicker({ value, onChange }) {
  const { t } = useTranslation();
  const [search, { data, loading }] = useLazyQuery(CUSTOMER_PICKER_QUERY);
  const options = (data?.customers?.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${node.fullName} · ${node.customerNo}`,
  }));
  return (
    <Select
      showSearch={{
        filterOption: false,
        onSearch: (text) => text.trim() && search({ variables: { text } }),
      }}
      aria-label={t('records.relations.other')}
      placeholder={t('records.relations.searchOther')}
      value={value}
      onChange={onChange}
      loading={loading}
      options={options}
      notFoundContent={null}
    />
  );
}

function AddRelationship({ customerId, onDone }) {
  const { t } = useTranslation();
  const state = usePayloadMutation(
    ADD_RELATIONSHIP_MUTATION,
    'addRelationship',
    'CustomerRelationship',
  );
  return (
    <RecordFormDialog
      label={t('records.relations.add')}
      saveLabel={t('records.relations.save')}
      state={state}
      initialValues={{ kind: 'SPOUSE' }}
      toInput={(values) => ({
        customerId,
        kind: values.kind,
        otherId: values.otherId,
        startedOn: values.startedOn || null,
      })}
      onDone={onDone}
    >
      <Form.Item name="kind" label={t('records.relations.kind')}>
        <Select
          aria-label={t('records.relations.kind')}
          options={RELATION_KINDS.map((value) => ({
            value,
            label: t(`records.relations.kinds.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="otherId"
        label={t('records.relations.other')}
        rules={[{ required: true, message: t('records.required') }]}
      >
        <CustomerPicker />
      </Form.Item>
      <Form.Item name="startedOn" label={t('records.relations.startedOn')}>
        <Input type="date" />
      </Form.Item>
    </RecordFormDialog>
  );
}

function RelationItem({ relation, endState, onEnd }) {
  const tapSize = useTapSize('small');
  const canWrite = useCan('customer.write');
  const { t } = useTranslation();
  const other = relation.customer;
  return (
    <List.Item>
      <Flex
        justify="space-between"
        align="center"
        wrap
        gap="small"
        style={{ width: '100%' }}
      >
        <Flex gap="small" align="center" wrap>
          <Tag color="blue">{t(`records.relations.roles.${relation.role}`)}</Tag>
          {relation.restricted ? (
            <Typography.Text type="secondary">
              {t('records.relations.restricted')}
            </Typography.Text>
          ) : (
            <Link to={customerPath(other.id)}>
              {other.fullName} · {other.customerNo}
            </Link>
          )}
        </Flex>
        {/* Ending needs both customers in scope: the server refuses a restricted one. */}
        {canWrite && !relation.restricted && (
          <Button
            size={tapSize}
            loading={endState.loading}
            onClick={() => onEnd(relation.id)}
          >
            {t('records.relations.end')}
          </Button>
        )}
      </Flex>
    </List.Item>
  );
}

/** Related customers, each with the role it plays for this one. */
export function RelationshipsCard({ customerId, relationships, onChange }) {
  const canWrite = useCan('customer.write');
  const { t } = useTranslation();
  const endState = usePayloadMutation(
    END_RELATIONSHIP_MUTATION,
    'endRelationship',
    'CustomerRelationship',
  );
  const end = async (id) => {
    if (await endState.submit({ id })) onChange();
  };
  return (
    <Card
      title={t('records.relations.title')}
      size="small"
      extra={canWrite && <AddRelationship customerId={customerId} onDone={onChange} />}
    >
      <PayloadProblems state={endState} onReload={onChange} />
      <section aria-label={t('records.relations.title')}>
        <List
          dataSource={relationships}
          locale={{ emptyText: t('records.relations.empty') }}
          renderItem={(relation) => (
            <RelationItem
              key={relation.id}
              relation={relation}
              endState={endState}
              onEnd={end}
            />
          )}
        />
      </section>
    </Card>
  );
}
