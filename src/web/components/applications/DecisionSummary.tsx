// The summary card of an application or an offer: the job it is about, its state (with the
// time left while it waits for an answer), the other party, then its own facts.
import type { ComponentProps, ReactNode } from 'react';
import { Link } from 'react-router';
import { MemberLink } from '../MemberLink';

export function DecisionSummary({
  jobLabel,
  job,
  status,
  countdown,
  otherLabel,
  other,
  children,
}: {
  jobLabel: string;
  job: { id: string; title: string };
  /** The state badge. */
  status: ReactNode;
  /** The time left to answer, while pending. */
  countdown: ReactNode;
  otherLabel: string;
  other: ComponentProps<typeof MemberLink>['member'];
  /** The facts after the other party. */
  children: ReactNode;
}) {
  return (
    <div className="card application-summary">
      <p className="application-job">
        <span className="muted small">{jobLabel}</span>
        <Link to={`/jobs/${encodeURIComponent(job.id)}`}>{job.title}</Link>
      </p>
      <p className="application-status">{status}</p>
      {countdown}
      <dl className="facts facts-compact">
        <div>
          <dt>{otherLabel}</dt>
          <dd>
            <MemberLink member={other} />
          </dd>
        </div>
        {children}
      </dl>
    </div>
  );
}
