'use client';

import { useEffect, useState } from 'react';

/** A "Print" button; shown only once JavaScript runs (without it the page explains the browser's print menu). */
export function PrintButton({ label }: { label: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="w-full rounded-md bg-brand-700 px-5 py-3 text-lg font-semibold text-white hover:bg-brand-800 sm:w-auto"
    >
      {label}
    </button>
  );
}
