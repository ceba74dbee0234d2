import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ASSIGN_COMPLAINT_MUTATION } from '@/features/complaints/api/assignComplaintMutation';
import { ASSIGNABLE_STAFF_QUERY } from '@/features/complaints/api/assignableStaffQuery';
import { COMPLAINT_CATEGORIES_QUERY } from '@/features/complaints/api/complaintCategoriesQuery';
import {
  ComplaintConflictNotice,
  reloadAfterConflict,
} from '@/features/complaints/detail/ComplaintConflict';

/** Options for the handlers a complaint may go to, searched by name or username. */
export function staffOptions(staff) {
  return staff.map((one) => ({
    value: one.username,
    label:
      one.displayName === one.username
        ? one.username
        : `${one.displayName} (${one.username})`,
  }));
}

const matches = (input, option) =>
  option.label.toLowerCase().includes(input.trim().toLowerCase());

/** Give the complaint to a person, a team's queue, or both. */
export function AssignForm({ complaint, onDone, onReload = onDone }) {
  const { t } = useTranslation();
  const { data } = useQuery(COMPLAINT_CATEGORIES_QUERY);
  const staff = useQuery(ASSIGNABLE_STAFF_QUERY, {
    variables: { complaintId: complaint.id },
  });
  // What the user picked, once they picked; until then the complaint's own
  // assignment, so a reload after a conflict keeps the picks, not theirs.
  const [picked, setPicked] = useState({});
  const assignee =
    'assignee' in picked
      ? picked.assignee
      : (complaint.assigneeName ?? complaint.assignee ?? undefined);
  const teamId = 'teamId' in picked ? picked.teamId : complaint.team?.id;
  const setAssignee = (value) => setPicked((p) => ({ ...p, assignee: value }));
  const setTeamId = (value) => setPicked((p) => ({ ...p, teamId: value }));
  const [failure, setFailure] = useState(null);
  const [conflict, setConflict] = useState(null);
  const [assign, { loading }] = useMutation(ASSIGN_COMPLAINT_MUTATION);

  const submit = async () => {
    const input = {
      id: complaint.id,
      version: complaint.version,
      assignee: assignee ?? null,
      teamId: teamId ?? null,
    };
    const result = await assign({ variables: { input } }).catch(() => null);
    const payload = result?.data?.assignComplaint;
    setConflict(null);
    setFailure(null);
    if (payload?.__typename === 'Complaint') {
      setPicked({});
      onDone();
    } else if (payload?.__typename === 'ConflictError') {
      const reloaded = await reloadAfterConflict(complaint, onReload);
      setConflict(reloaded);
      if (!reloaded) setFailure(t('complaints.errors.conflict'));
    } else setFailure(payload?.message ?? t('errors.server'));
  };

  const teams = (data?.complaintTeams ?? []).map((team) => ({
    value: team.id,
    label: team.name,
  }));
  return (
    <Flex vertical gap="small">
      {failure && <Alert type="error" showIcon role="alert" title={failure} />}
      <ComplaintConflictNotice conflict={conflict} />
      <Select
        aria-label={t('complaints.fields.assignee')}
        placeholder={t('complaints.form.pickAssignee')}
        showSearch={{ filterOption: matches }}
        allowClear
        loading={staff.loading}
        notFoundContent={t('complaints.form.noAssignable')}
        value={assignee}
        options={staffOptions(staff.data?.assignableStaff ?? [])}
        onChange={setAssignee}
        style={{ width: '100%' }}
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
