import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Flex, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ASSIGN_COMPLAINT_MUTATION } from '@/features/complaints/api/assignComplaintMutation';
import { COMPLAINT_CATEGORIES_QUERY } from '@/features/complaints/api/complaintCategoriesQuery';

/** Give the complaint to a person, a team's queue, or both. */
export function AssignForm({ complaint, onDone }) {
  const { t } = useTranslation();
  const { data } = useQuery(COMPLAINT_CATEGORIES_QUERY);
  const [assignee, setAssignee] = useState(complaint.assignee ?? '');
  const [teamId, setTeamId] = useState(complaint.team?.id);
  const [failure, setFailure] = useState(null);
  const [assign, { loading }] = useMutation(ASSIGN_COMPLAINT_MUTATION);

  const submit = async () => {
    const input = {
      id: complaint.id,
      version: complaint.version,
      assignee: assignee.trim() || null,
      teamId: teamId ?? null,
    };
    const result = await assign({ variables: { input } }).catch(() => null);
    const payload = result?.data?.assignComplaint;
    if (payload?.__typename === 'Complaint') onDone();
    else setFailure(payload?.message ?? t('errors.server'));
  };

  const teams = (data?.complaintTeams ?? []).map((team) => ({
    value: team.id,
    label: team.name,
  }));
  return (
    <Flex vertical gap="small">
      {failure && <Alert type="error" showIcon role="alert" title={failure} />}
      <Input
        aria-label={t('complaints.fields.assignee')}
        placeholder={t('complaints.fields.assignee')}
        value={assignee}
        onChange={(e) => setAssignee(e.target.value)}
      />
      <Select
        aria-label={t('complaints.fields.team')}
        placeholder={t('complaints.fields.team')}
        allowClear
        value={teamId}
        options={teams}
        onChange={setTeamId}
      />
      <Button onClick={submit} loading={loading}>
        {t('complaints.actions.assign')}
      </Button>
    </Flex>
  );
}
