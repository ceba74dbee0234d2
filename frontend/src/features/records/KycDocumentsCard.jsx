import {
  Button,
  Card,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Select,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { EnumTag } from '@/components/EnumTag';
import { formatDate, formatDateTime } from '@/components/format';
import { useLanguage } from '@/components/useLanguage';
import { ADD_KYC_DOCUMENT_MUTATION } from '@/features/records/api/addKycDocumentMutation';
import { RETIRE_KYC_DOCUMENT_MUTATION } from '@/features/records/api/retireKycDocumentMutation';
import { VERIFY_KYC_DOCUMENT_MUTATION } from '@/features/records/api/verifyKycDocumentMutation';
import { PayloadProblems } from '@/features/records/PayloadProblems';
import { RecordFormDialog } from '@/features/records/RecordFormDialog';
import { usePayloadMutation } from '@/features/records/usePayloadMutation';
import { useCan, useMe } from '@/lib/permissions';

export const DOCUMENT_TYPES = [
  'RESIDENT_ID',
  'PASSPORT',
  'HK_MACAO_PERMIT',
  'TAIWAN_PERMIT',
  'FOREIGN_RESIDENT_PERMIT',
  'BUSINESS_LICENCE',
  'OTHER',
];
const EXPIRY_COLORS = { EXPIRED: 'red', EXPIRING_SOON: 'orange' };

function ExpiryTag({ state }) {
  const { t } = useTranslation();
  if (!EXPIRY_COLORS[state]) return null;
  return <Tag color={EXPIRY_COLORS[state]}>{t(`records.kyc.expiry.${state}`)}</Tag>;
}

function AddDocument({ customerId, onDone }) {
  const { t } = useTranslation();
  const state = usePayloadMutation(
    ADD_KYC_DOCUMENT_MUTATION,
    'addKycDocument',
    'KycDocument',
  );
  return (
    <RecordFormDialog
      label={t('records.kyc.add')}
      saveLabel={t('records.kyc.save')}
      state={state}
      initialValues={{ docType: 'RESIDENT_ID', issuingCountry: 'CN' }}
      toInput={(values) => ({
        customerId,
        docType: values.docType,
        number: values.number,
        issuingCountry: values.issuingCountry,
        issuedOn: values.issuedOn || null,
        expiresOn: values.expiresOn || null,
      })}
      onDone={onDone}
    >
      <Form.Item name="docType" label={t('records.kyc.docType')}>
        <Select
          aria-label={t('records.kyc.docType')}
          options={DOCUMENT_TYPES.map((value) => ({
            value,
            label: t(`records.kyc.types.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="number"
        label={t('records.kyc.number')}
        rules={[{ required: true, message: t('records.required') }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="issuingCountry" label={t('records.kyc.issuingCountry')}>
        <Input maxLength={2} />
      </Form.Item>
      <Form.Item name="issuedOn" label={t('records.kyc.issuedOn')}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="expiresOn" label={t('records.kyc.expiresOn')}>
        <Input type="date" />
      </Form.Item>
    </RecordFormDialog>
  );
}

function RetireDocument({ document, onDone }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const state = usePayloadMutation(
    RETIRE_KYC_DOCUMENT_MUTATION,
    'retireKycDocument',
    'KycDocument',
  );
  const close = () => {
    setOpen(false);
    state.clear();
  };
  const submit = async () => {
    const input = { id: document.id, version: document.version, reason };
    if (await state.submit(input)) {
      close();
      onDone();
    }
  };
  return (
    <>
      <Button size="small" danger onClick={() => setOpen(true)}>
        {t('records.kyc.retire')}
      </Button>
      <Modal
        open={open}
        title={t('records.kyc.retireTitle')}
        okText={t('records.kyc.retire')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        confirmLoading={state.loading}
        onOk={submit}
        onCancel={close}
      >
        <Flex vertical gap="small">
          <Input
            aria-label={t('records.kyc.reason')}
            placeholder={t('records.kyc.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <PayloadProblems
            state={state}
            onReload={() => (close(), onDone())}
            labels={{ reason: t('records.kyc.reason') }}
          />
        </Flex>
      </Modal>
    </>
  );
}

function VerifyButton({ document, onDone }) {
  const { t } = useTranslation();
  const state = usePayloadMutation(
    VERIFY_KYC_DOCUMENT_MUTATION,
    'verifyKycDocument',
    'KycDocument',
  );
  const submit = async () => {
    if (await state.submit({ id: document.id, version: document.version })) onDone();
  };
  return (
    <Flex vertical gap={4}>
      <Button size="small" type="primary" loading={state.loading} onClick={submit}>
        {t('records.kyc.verify')}
      </Button>
      <PayloadProblems state={state} onReload={onDone} />
    </Flex>
  );
}

function DocumentItem({ document, onChange }) {
  const canManage = useCan('kyc.manage');
  const canVerify = useCan('kyc.verify');
  const { me } = useMe();
  const { t } = useTranslation();
  const language = useLanguage();
  const inForce = document.status !== 'RETIRED';
  const pending = canVerify && document.status === 'PENDING';
  // Four eyes: whoever added a document does not verify it (the server refuses).
  const addedByMe = Boolean(me?.subject) && me.subject === document.createdBy;
  return (
    <List.Item>
      <Flex vertical gap={4} style={{ width: '100%' }}>
        <Flex wrap gap="small" align="center">
          <Typography.Text strong>
            {t(`records.kyc.types.${document.docType}`)}
          </Typography.Text>
          {document.number === null ? (
            <Typography.Text type="secondary">
              {t('records.kyc.numberErased')}
            </Typography.Text>
          ) : (
            <Typography.Text code>{document.number}</Typography.Text>
          )}
          <EnumTag type="DocumentStatus" value={document.status} />
          {inForce && <ExpiryTag state={document.expiryState} />}
        </Flex>
        <Typography.Text type="secondary">
          {document.issuingCountry} · {formatDate(document.issuedOn, language)} →{' '}
          {formatDate(document.expiresOn, language)}
        </Typography.Text>
        {document.verifiedBy && (
          <Typography.Text type="secondary">
            {t('records.kyc.verifiedBy', {
              who: document.verifiedByName ?? document.verifiedBy,
              when: formatDateTime(document.verifiedAt, language),
            })}
          </Typography.Text>
        )}
        {document.retiredReason && (
          <Typography.Text type="secondary">{document.retiredReason}</Typography.Text>
        )}
        {inForce && (canVerify || canManage) && (
          <Flex gap="small" wrap>
            {pending && !addedByMe && (
              <VerifyButton document={document} onDone={onChange} />
            )}
            {pending && addedByMe && (
              <Typography.Text type="secondary">
                {t('records.kyc.verifyOther')}
              </Typography.Text>
            )}
            {canManage && <RetireDocument document={document} onDone={onChange} />}
          </Flex>
        )}
      </Flex>
    </List.Item>
  );
}

/** The customer's identity documents, with expiry warnings and actions. */
export function KycDocumentsCard({ customerId, documents, onChange }) {
  const canManage = useCan('kyc.manage');
  const { t } = useTranslation();
  return (
    <Card
      title={t('records.kyc.title')}
      size="small"
      extra={canManage && <AddDocument customerId={customerId} onDone={onChange} />}
    >
      <section aria-label={t('records.kyc.title')}>
        <List
          dataSource={documents}
          locale={{ emptyText: t('records.kyc.empty') }}
          renderItem={(document) => (
            <DocumentItem key={document.id} document={document} onChange={onChange} />
          )}
        />
      </section>
    </Card>
  );
}
