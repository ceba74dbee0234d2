import { useMutation } from '@apollo/client/react';
import { Alert, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { describeError } from '@/components/errors';
import { CREATE_INVITATION_MUTATION } from '@/features/surveys/api/createInvitationMutation';

/** What went wrong, in the UI's language; the server's own text only as a last resort. */
function failureText(payload, t) {
  const code = payload.fields?.[0]?.code ?? payload.code;
  if (code === 'ALREADY_INVITED') return t('surveys.invitation.alreadyInvited');
  if (code === 'ALREADY_ERASED') return t('surveys.invitation.erased');
  switch (payload.__typename) {
    case 'PermissionDeniedError':
      return t('errors.forbidden');
    case 'NotFoundError':
      return t('surveys.invitation.notFound');
    case 'ValidationError':
      return payload.fields?.[0]?.message ?? payload.message;
    default:
      return t('errors.server');
  }
}

/**
 * Creates a survey link about a complaint or an interaction and shows it this
 * once: the server keeps only a hash of its token. `label` names the button
 * for screen readers where several stand on one page.
 */
export function SurveyInvitationButton({
  complaintId,
  interactionId,
  kind = 'CSAT',
  label,
  size,
}) {
  const { t } = useTranslation();
  const [created, setCreated] = useState(null);
  const [failure, setFailure] = useState(null);
  const [invite, { loading }] = useMutation(CREATE_INVITATION_MUTATION);

  const submit = async () => {
    setFailure(null);
    const input = { kind, complaintId, interactionId };
    let payload;
    try {
      const result = await invite({ variables: { input } });
      payload = result?.data?.createSurveyInvitation;
    } catch (error) {
      // No answer at all: the network or the server failed, not the request.
      const kind = describeError(error).kind;
      setFailure(t(kind === 'network' ? 'errors.network' : 'errors.server'));
      return;
    }
    if (payload?.__typename === 'SurveyInvitationCreated') setCreated(payload);
    else setFailure(failureText(payload, t));
  };

  if (created) {
    // Absolute on the server's public URL (CIMS_PUBLIC_URL), as sent to customers.
    const link = created.url;
    return (
      <Flex vertical gap={4}>
        <Typography.Text>{t('surveys.invitation.created')}</Typography.Text>
        <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
          {link}
        </Typography.Text>
      </Flex>
    );
  }
  return (
    <Flex vertical gap="small" align="flex-start">
      {failure && <Alert type="error" showIcon role="alert" title={failure} />}
      <Button onClick={submit} loading={loading} size={size} aria-label={label}>
        {t('surveys.invitation.send', { kind })}
      </Button>
    </Flex>
  );
}
