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
  // The names the form was filled from, to tell the user what changed meanwhile.
  const [seen, setSeen] = useState(segment);
  const [theirs, setTheirs] = useState(null);

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
            const fresh = (await onReload())?.data?.segment;
            setConflict(false);
            if (fresh) {
              setTheirs({ before: seen, after: fresh });
              setSeen(fresh);
            }
          }}
        />
      )}
      {theirs && (
        <Alert
          type="info"
          showIcon
          role="status"
          title={t('segments.rename.theirNames', {
            name: theirs.after.name,
            nameEn: theirs.after.nameEn,
            oldName: theirs.before.name,
            oldNameEn: theirs.before.nameEn,
          })}
          description={t('segments.rename.yoursKept')}
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
