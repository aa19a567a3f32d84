// Who runs the marketplace: the legal pages and the terms are written from it.
import { queryOptions } from '@tanstack/react-query';
import type { InvoiceRegistration } from '../../shared/api/accounts';
import type { OperatorInfo } from '../../shared/api/operator';
import { api } from './client';

export const operatorApi = {
  get: () => api.get<OperatorInfo>('/operator'),
  /** The member's own registration number, as typed; null removes it. */
  setInvoiceNumber: (number: string | null) => api.put<InvoiceRegistration>('/me/invoice-registration', { number }),
};

export const operatorQueries = {
  /** Settings of the server: one read serves the visit. */
  operator: () => queryOptions({ queryKey: ['operator'], queryFn: operatorApi.get, staleTime: Number.POSITIVE_INFINITY }),
};
