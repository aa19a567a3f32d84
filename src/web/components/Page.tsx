// The frame every page shares: the document title, the breadcrumbs (the page itself last),
// the heading and an optional lead paragraph.
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { Breadcrumbs, type Crumb } from './Breadcrumbs';

export function Page({
  title,
  crumbs,
  lead,
  className,
  headingExtra,
  children,
}: {
  title: string;
  /** The pages above this one (マイページ, …); the page itself is added last. */
  crumbs?: Crumb[];
  lead?: ReactNode;
  className?: string;
  /** Shown beside the heading (a status badge, an action). */
  headingExtra?: ReactNode;
  children?: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <div className={className}>
      {crumbs && <Breadcrumbs items={[...crumbs, { label: title }]} />}
      {headingExtra ? (
        <div className="page-head">
          <h1>{title}</h1>
          {headingExtra}
        </div>
      ) : (
        <h1>{title}</h1>
      )}
      {lead && <p className="lead">{lead}</p>}
      {children}
    </div>
  );
}
