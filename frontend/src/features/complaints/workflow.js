import { ACKNOWLEDGE_MUTATION } from '@/features/complaints/api/acknowledgeMutation';
import { CLOSE_MUTATION } from '@/features/complaints/api/closeMutation';
import { ESCALATE_MUTATION } from '@/features/complaints/api/escalateMutation';
import { REOPEN_MUTATION } from '@/features/complaints/api/reopenMutation';
import { RESOLVE_MUTATION } from '@/features/complaints/api/resolveMutation';
import { START_INVESTIGATION_MUTATION } from '@/features/complaints/api/startInvestigationMutation';

export const QUEUES = ['MINE', 'TEAM', 'UNASSIGNED', 'AT_RISK', 'BREACHED', 'FILED'];

/**
 * The action that takes a complaint to each state: the mutation, the payload
 * field it answers in, and what the dialog asks for. The server decides which
 * states come next (`nextSteps`); this table only says how to ask for one.
 */
export const STEPS = {
  ACKNOWLEDGED: {
    mutation: ACKNOWLEDGE_MUTATION,
    field: 'acknowledgeComplaint',
    needs: [],
  },
  INVESTIGATING: {
    mutation: START_INVESTIGATION_MUTATION,
    field: 'startInvestigation',
    needs: [],
  },
  ESCALATED: {
    mutation: ESCALATE_MUTATION,
    field: 'escalateComplaint',
    needs: ['reason'],
  },
  RESOLVED: {
    mutation: RESOLVE_MUTATION,
    field: 'resolveComplaint',
    needs: ['outcome', 'rootCause'],
  },
  CLOSED: {
    mutation: CLOSE_MUTATION,
    field: 'closeComplaint',
    needs: [],
  },
  REOPENED: {
    mutation: REOPEN_MUTATION,
    field: 'reopenComplaint',
    needs: ['reason'],
  },
};

export const OUTCOMES = [
  'EXPLANATION',
  'NON_MONETARY_RELIEF',
  'MONETARY_RELIEF',
  'NO_RELIEF',
];

/** The actions offered for a complaint, in the order the server gave. */
export function actionsFor(complaint) {
  const erased = Boolean(complaint?.customer?.erasedAt);
  return (complaint?.nextSteps ?? []).filter(
    (step) => STEPS[step] && !(erased && step === 'REOPENED'),
  );
}

/**
 * The text of a typed refusal of a complaint step: a customer whose personal
 * data is erased gets no reopened complaint and no new notes.
 */
export function refusalText(t, payload) {
  if (payload?.__typename !== 'RefusedError') return null;
  return t(`complaints.errors.refused.${payload.code}`, {
    defaultValue: payload.message,
  });
}

/** The mutation input for a step from what the dialog collected. */
export function stepInput(complaint, step, values = {}) {
  const input = { id: complaint.id, version: complaint.version };
  const reason = values.reason?.trim();
  if (reason) input.reason = reason;
  if (step === 'RESOLVED') {
    input.outcome = values.outcome;
    input.rootCause = values.rootCause?.trim() ?? '';
    if (values.outcome === 'MONETARY_RELIEF')
      input.redressAmount = values.redressAmount;
  }
  return input;
}

/** Deadline state of a complaint as one word, for a tag. */
export function deadlineState(complaint) {
  if (complaint.breached) return 'breached';
  if (complaint.atRisk) return 'atRisk';
  return complaint.dueAt ? 'onTime' : 'none';
}

/**
 * A queue's rows after a live change: replaced in place, added at the end when
 * it joined the queue, dropped when it left.
 */
export function applyChange(nodes, change) {
  const { complaint, inQueue } = change;
  const rest = nodes.filter((node) => node.id !== complaint.id);
  if (!inQueue) return rest;
  const at = nodes.findIndex((node) => node.id === complaint.id);
  if (at < 0) return [...nodes, complaint];
  return nodes.map((node) => (node.id === complaint.id ? complaint : node));
}
