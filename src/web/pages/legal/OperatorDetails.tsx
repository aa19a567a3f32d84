import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorInfo } from '../../../shared/api/operator';
import { operatorQueries } from '../../api/operator';
import { QueryView } from '../../lib/query';

/** Renders its children with the operator's settings, and says so when they are demo values. */
export function WithOperator({ children }: { children: (operator: OperatorInfo) => ReactNode }) {
  const { t } = useTranslation();
  const query = useQuery(operatorQueries.operator());
  return (
    <QueryView query={query}>
      {(operator) => (
        <>
          {operator.demo && (
            <p className="alert alert-info" role="note">
              {t('legal.demoNotice')}
            </p>
          )}
          {children(operator)}
        </>
      )}
    </QueryView>
  );
}

/** 〒, address, phone, mail and hours: how to reach the operator. */
export function OperatorContact({ operator }: { operator: OperatorInfo }) {
  return (
    <address>
      {operator.legalName}
      <br />〒{operator.postalCode} {operator.address}
      <br />
      {operator.phone}
      <br />
      <a href={`mailto:${operator.email}`}>{operator.email}</a>
      <br />
      {operator.hours}
    </address>
  );
}
