// A page opened from a link in a mail (/verify-email, /confirm-email): it uses the link's
// token at once and says how that went, with the way on from there.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Problem } from '../../../shared/errors';
import { useAuth } from '../../app/auth';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { ProblemMessage, StatusMessage } from '../FormAlert';

/** The state of the link's request (useLinkTokenAction); `failed` without a problem: no token. */
export type LinkTokenState = { status: 'working' } | { status: 'done' } | { status: 'failed'; problem: Problem | null };

export function EmailLinkPage({
  state,
  text,
  memberLink,
  failedHelp,
}: {
  state: LinkTokenState;
  text: { title: string; working: string; success: string; missingToken: string; loginLink: string };
  /** Where a logged-in member goes next. */
  memberLink: { to: string; label: string };
  /** Under the problem: what to do instead. */
  failedHelp: ReactNode;
}) {
  const { user } = useAuth();
  useDocumentTitle(text.title);
  return (
    <div className="narrow">
      <h1>{text.title}</h1>
      {state.status === 'working' && (
        <p role="status" className="loading">
          {text.working}
        </p>
      )}
      {state.status === 'done' && (
        <>
          <StatusMessage>{text.success}</StatusMessage>
          <p>
            {user ? (
              <Link to={memberLink.to} className="btn btn-primary">
                {memberLink.label}
              </Link>
            ) : (
              <Link to="/login" className="btn btn-primary">
                {text.loginLink}
              </Link>
            )}
          </p>
        </>
      )}
      {state.status === 'failed' && (
        <>
          {state.problem ? (
            <ProblemMessage problem={state.problem} />
          ) : (
            <div role="alert" className="alert alert-error">
              <p>{text.missingToken}</p>
            </div>
          )}
          {failedHelp}
        </>
      )}
    </div>
  );
}
