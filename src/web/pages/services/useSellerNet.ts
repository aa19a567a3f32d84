// The seller's net for the prices typed in the editor, from the fee preview: each valid
// price is asked once, after typing pauses, and kept for the page's life.
import { useQueries } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { type ServiceFees, serviceQueries } from '../../api/services';

function useDebounced<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setShown(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return shown;
}

export type NetLookup = (price: number | null) => ServiceFees | 'pending' | 'failed' | null;

export function useSellerNet(prices: number[]): NetLookup {
  const key = prices.join(',');
  const settled = useDebounced(key, 400);
  const asked = settled === '' ? [] : settled.split(',').map(Number);
  const results = useQueries({ queries: asked.map((price) => serviceQueries.feePreview(price)) });
  const byPrice = new Map(asked.map((price, i) => [price, results[i]]));
  return (price) => {
    if (price === null) return null;
    const result = byPrice.get(price);
    if (!result || result.isPending) return 'pending';
    if (result.isError) return 'failed';
    return result.data;
  };
}
