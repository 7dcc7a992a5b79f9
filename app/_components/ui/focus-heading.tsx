'use client';

import { useEffect, useRef } from 'react';

/** An h2 that takes the focus when it appears (a confirmation after a form was sent). */
export function FocusHeading({ className, children }: { className?: string; children: React.ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h2 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h2>
  );
}
