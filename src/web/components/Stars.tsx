import type { CSSProperties } from 'react';

/** Five stars filled to the score; decorative, the number beside it carries the meaning. */
export function Stars({ score, className }: { score: number; className?: string }) {
  const style = { '--score': Math.max(0, Math.min(5, score)) } as CSSProperties;
  return (
    <span className={['stars', className].filter(Boolean).join(' ')} style={style} aria-hidden="true">
      ★★★★★
    </span>
  );
}
