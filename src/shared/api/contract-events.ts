// What a contract's timeline row records beside its action (`events[].detail`). Each step
// writes only the fields of its kind, so every field is optional; the object stays open
// so that a field a later step adds is passed on rather than dropped.
import { z } from 'zod';

const Yen = z.number().int();

/** A line of a settlement as proposed or executed: the worker's part of one milestone's escrow. */
const SettledLine = z.looseObject({
  milestoneId: z.string(),
  workerAmount: Yen.describe('Yen before tax paid to the worker for this milestone'),
  workerNet: Yen.describe('What the worker receives net'),
  refund: Yen.describe('What goes back to the client'),
});

const ProposedMilestone = z.looseObject({ title: z.string(), amount: Yen, dueDate: z.string() });

export const ContractEventDetail = z
  .looseObject({
    amount: Yen.optional().describe('`contract.create`: the first milestone’s amount; `milestone.fund`: the escrow paid in'),
    dueDate: z.string().optional().describe('`contract.create`: the first milestone’s due date (YYYY-MM-DD)'),
    deliveryDate: z.string().optional().describe('`order.cancel_late`: the delivery date that passed (YYYY-MM-DD)'),
    milestones: z.array(ProposedMilestone).optional().describe('`terms.propose`: the proposed milestones'),
    withholding: z.boolean().optional().describe('`terms.propose`: whether the client withholds income tax'),
    proposedAt: z.string().optional().describe('`terms.propose`: when the terms were proposed'),
    depositId: z.string().nullable().optional().describe('`milestone.fund`, `deposit.cancel`: the deposit'),
    failure: z.string().optional().describe('`deposit.fail`: why the payment failed or lapsed (card_declined, expired …)'),
    count: z.number().int().optional().describe('`deposit.cancel` by the system: how many waiting transfers were called off'),
    deliveryCount: z.number().int().optional().describe('`milestone.deliver`: the how-manieth delivery'),
    autoAcceptAt: z.string().optional().describe('`milestone.deliver`: when the delivery is accepted unless answered'),
    workerNet: Yen.optional().describe('`milestone.pay`, `milestone.settle`, `milestone.refund`: what the worker receives net'),
    workerAmount: Yen.optional().describe('`milestone.settle`, `milestone.refund`: yen before tax paid to the worker'),
    refund: Yen.optional().describe('`milestone.settle`, `milestone.refund`, `order.cancel_late`: yen going back to the client'),
    settlement: z.array(SettledLine).optional().describe('`termination.propose`: the proposed settlement'),
    respondBy: z.string().optional().describe('`termination.propose`: the answer is due by then, else staff step in'),
    reason: z
      .string()
      .optional()
      .describe('`contract.dispute`, `terms.refuse`, `termination.accept`, `termination.refuse`: the reason given'),
  })
  .describe('What the step recorded; empty for steps that record nothing beside the action');
export type ContractEventDetail = z.infer<typeof ContractEventDetail>;
