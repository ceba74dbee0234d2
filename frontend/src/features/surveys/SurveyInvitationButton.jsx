import { useMutation } from '@apollo/client/react';
import { Alert, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { CREATE_INVITATION_MUTATION } from '@/features/surveys/api/createInvitationMutation';

/**
 * Creates a survey link about a complaint or an interaction and shows it this
 * once: the server keeps only a hash of its token.
 */
export function SurveyInvitationButton({ complaintId, interactionId, kind = 'CSAT' }) {
  const { t } = useTranslation();
  const [created, setCreated] = useState(null);
  const [failure, setFailure] = useState(null);
  const [invite, { loading }] = useMutation(CREATE_INVITATION_MUTATION);

  const submit = async () => {
    const input = { kind, complaintId, interactionId };
    const result = await invite({ variables: { input } }).catch(() => null);
    const payload = result?.data?.createSurveyInvitation;
    if (payload?.__typename === 'SurveyInvitationCreated') setCreated(payload);
    else
      setFailure(
        payload?.fields?.[0]?.message ?? payload?.message ?? t('errors.server'),
      );
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
    <Flex vertical gap="small">
      {failure && <Alert type="error" showIcon role="alert" title={failure} />}
      <Button onClick={submit} loading={loading}>
        {t('surveys.invitation.send', { kind })}
      </Button>
    </Flex>
  );
}
