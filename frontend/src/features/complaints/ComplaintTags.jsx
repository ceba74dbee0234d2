import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import { deadlineState } from '@/features/complaints/workflow';

const STATUS_COLORS = {
  RECEIVED: 'blue',
  ACKNOWLEDGED: 'cyan',
  INVESTIGATING: 'geekblue',
  ESCALATED: 'volcano',
  RESOLVED: 'green',
  CLOSED: 'default',
  REOPENED: 'magenta',
};
const SEVERITY_COLORS = {
  LOW: 'default',
  MEDIUM: 'blue',
  HIGH: 'orange',
  CRITICAL: 'red',
};
const DEADLINE_COLORS = { breached: 'red', atRisk: 'gold', onTime: 'green' };

export function StatusTag({ status }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`complaints.status.${status}`)}</Tag>;
}

export function SeverityTag({ severity }) {
  const { t } = useTranslation();
  return (
    <Tag color={SEVERITY_COLORS[severity]}>{t(`complaints.severity.${severity}`)}</Tag>
  );
}

/** Breached, at risk or on time, from the server's deadline flags. */
export function DeadlineTag({ complaint }) {
  const { t } = useTranslation();
  const state = deadlineState(complaint);
  if (state === 'none') return null;
  return <Tag color={DEADLINE_COLORS[state]}>{t(`complaints.deadline.${state}`)}</Tag>;
}
