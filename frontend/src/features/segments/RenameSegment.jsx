import { useMutation } from '@apollo/client/react';
import { Alert, Button, Flex, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorState } from '@/components/ErrorState';
import { PayloadErrorAlert } from '@/components/PayloadErrorAlert';
import { RENAME_SEGMENT_MUTATION } from '@/features/segments/api/renameSegmentMutation';
import { placeErrors } from '@/features/segments/ruleBuilder';
import { SegmentNameFields } from '@/features/segments/SegmentNameFields';

/** Someone renamed the segment since it was read: offer the current names. */
function ConflictAlert({ onReload }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={t('segments.rename.conflict')}
      description={t('segments.rename.conflictHint')}
      action={
        <Button size="small" onClick={onReload}>
          {t('common.reload')}
        </Button>
      }
    />
  );
}

/**
 * New names for a segment; learned segments keep them across refreshes. The
 * rename carries the version read, so a rename by someone else in between is
 * reported, not overwritten.
 */
export function RenameSegment({ segment, onDone, onReload }) {
  const { t } = useTranslation();
  const [rename, { loading }] = useMutation(RENAME_SEGMENT_MUTATION);
  const [names, setNames] = useState({ name: segment.name, nameEn: segment.nameEn });
  const [fields, setFields] = useState([]);
  const [refusal, setRefusal] = useState(null);
  const [failure, setFailure] = useState(null);
  const [conflict, setConflict] = useState(false);

  const submit = async () => {
    setFailure(null);
    try {
      const { data } = await rename({
        variables: { input: { id: segment.id, version: segment.version, ...names } },
      });
      const payload = data.renameSegment;
      if (payload.__typename === 'Segment') return onDone();
      const stale = payload.__typename === 'ConflictError';
      setConflict(stale);
      setFields(payload.fields ?? []);
      setRefusal(payload.fields || stale ? null : payload);
    } catch (error) {
      setFailure(error);
    }
    return undefined;
  };

  return (
    <Form layout="vertical" onFinish={submit}>
      {failure && <ErrorState error={failure} />}
      {conflict && (
        <ConflictAlert
          onReload={async () => {
            await onReload();
            setConflict(false);
          }}
        />
      )}
      <PayloadErrorAlert payload={refusal} />
      <SegmentNameFields
        names={names}
        onChange={setNames}
        errors={placeErrors(fields)}
        idPrefix="rename"
      />
      <Flex gap="small">
        <Button type="primary" htmlType="submit" loading={loading}>
          {t('segments.rename.save')}
        </Button>
        <Button onClick={onDone}>{t('segments.rename.cancel')}</Button>
      </Flex>
    </Form>
  );
}
