import { useMutation } from '@apollo/client/react';
import { Alert, Button, Flex, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ADD_COMMENT_MUTATION } from '@/features/complaints/api/addCommentMutation';
import {
  ComplaintConflictNotice,
  reloadAfterConflict,
} from '@/features/complaints/detail/ComplaintConflict';
import { refusalText } from '@/features/complaints/workflow';

/**
 * A note for colleagues in the complaint's history; queues hear of it live. A
 * conflict reloads the complaint and keeps the text, to be sent again.
 */
export function CommentForm({ complaint, onDone, onReload = onDone }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [failure, setFailure] = useState(null);
  const [conflict, setConflict] = useState(null);
  const [comment, { loading }] = useMutation(ADD_COMMENT_MUTATION);

  const submit = async () => {
    const input = { id: complaint.id, version: complaint.version, text: text.trim() };
    const result = await comment({ variables: { input } }).catch(() => null);
    const payload = result?.data?.commentOnComplaint;
    setConflict(null);
    if (payload?.__typename === 'Complaint') {
      setText('');
      setFailure(null);
      onDone();
      return;
    }
    if (payload?.__typename === 'ConflictError') {
      const reloaded = await reloadAfterConflict(complaint, onReload);
      setConflict(reloaded);
      setFailure(reloaded ? null : t('complaints.errors.conflict'));
    } else
      setFailure(
        refusalText(t, payload) ??
          payload?.fields?.[0]?.message ??
          payload?.message ??
          t('errors.server'),
      );
  };

  return (
    <Flex vertical gap="small">
      {failure && <Alert type="error" showIcon role="alert" title={failure} />}
      <ComplaintConflictNotice conflict={conflict} />
      <Input.TextArea
        aria-label={t('complaints.fields.comment')}
        placeholder={t('complaints.fields.comment')}
        value={text}
        rows={2}
        maxLength={2000}
        onChange={(e) => setText(e.target.value)}
      />
      <Button onClick={submit} loading={loading} disabled={!text.trim()}>
        {t('complaints.actions.comment')}
      </Button>
    </Flex>
  );
}
