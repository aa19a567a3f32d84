// A member's display name, linked to their public profile unless they have left (a
// withdrawn member has no profile any more).
import { Link } from 'react-router';

export function MemberLink({ member }: { member: { username: string; displayName: string; withdrawn: boolean } }) {
  if (member.withdrawn) return <>{member.displayName}</>;
  return <Link to={`/u/${encodeURIComponent(member.username)}`}>{member.displayName}</Link>;
}
