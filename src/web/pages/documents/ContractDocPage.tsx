// The frame of a contract's printable document (取引条件明示書, 領収書, 支払通知書): the crumbs
// back to the contract, the title, the document once read, and the way back.
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Problem } from '../../../shared/errors';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { QueryView, queryProblem } from '../../lib/query';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { NotFoundPage } from '../errors/NotFoundPage';

export function ContractDocPage<T>({
  contractId,
  jobId,
  title,
  titleId,
  query,
  explain,
  children,
}: {
  contractId: string;
  /** A task's or competition's document: the way back goes to the posting instead. */
  jobId?: string;
  title: string;
  /** For a document that names itself by the page's heading. */
  titleId?: string;
  query: UseQueryResult<T>;
  /** A refusal in the document's own words; it is not worth trying again. */
  explain?: (problem: Problem) => Problem | null;
  children: (doc: T) => ReactNode;
}) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  const contractLink = jobId ? `/jobs/${encodeURIComponent(jobId)}` : `/contracts/${encodeURIComponent(contractId)}`;
  if (queryProblem(query)?.code === 'not-found') {
    return <NotFoundPage title={t('money.doc.notFoundTitle')} body={t('money.doc.notFoundBody')} />;
  }
  return (
    <div className="doc-page">
      <Breadcrumbs
        items={[
          { to: '/mypage', label: t('myPage.title') },
          { to: contractLink, label: jobId ? t('money.doc.jobCrumb') : t('money.doc.contractCrumb') },
          { label: title },
        ]}
      />
      <h1 id={titleId} className="doc-title">
        {title}
      </h1>
      <QueryView query={query} explain={(problem) => explain?.(problem) ?? problem} canRetry={(problem) => !explain?.(problem)}>
        {children}
      </QueryView>
      <p className="no-print">
        <Link to={contractLink}>{jobId ? t('money.doc.toJob') : t('money.doc.toContract')}</Link>
      </p>
    </div>
  );
}
