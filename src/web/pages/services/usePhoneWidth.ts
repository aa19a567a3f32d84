import { useEffect, useState } from 'react';

const QUERY = '(max-width: 39.99rem)';

/** Whether the window is phone-sized (below 40rem, where the pages' CSS switches too). */
export function usePhoneWidth(): boolean {
  const [phone, setPhone] = useState(() => typeof window !== 'undefined' && window.matchMedia(QUERY).matches);
  useEffect(() => {
    const list = window.matchMedia(QUERY);
    const update = () => setPhone(list.matches);
    update();
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, []);
  return phone;
}
