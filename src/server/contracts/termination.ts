export const TERMINATION_ESCALATE_TASK = 'termination.escalate';
