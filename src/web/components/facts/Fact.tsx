// One line of a description list (the facts of a contract, a dispute, an account): its
// name and its value, as <div><dt/><dd/></div> so the list can lay the lines out in a grid.
import type { ReactNode } from 'react';

export function Fact({ label, className, children }: { label: ReactNode; className?: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd className={className}>{children}</dd>
    </div>
  );
}
