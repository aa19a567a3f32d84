// The frame of one section of a member's page: a card with its own heading. Every section
// (status, identity, open items, money, sessions, history — and whatever later features
// add, such as restrictions or reports) is one of these, given the member it shows.
import type { ReactNode } from 'react';
import type { StaffUserDetail } from '../../../../shared/api/staff-users';
import styles from '../StaffConsole.module.css';

export interface MemberSectionProps {
  member: StaffUserDetail;
}

export function MemberSection({
  id,
  title,
  wide = false,
  children,
}: {
  /** The heading's id (the section is named by it). */
  id: string;
  title: string;
  /** Across the whole width (a table), not one of the columns. */
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={`card section ${wide ? styles.wide : ''}`}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
