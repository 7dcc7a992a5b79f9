import { connection } from 'next/server';
import './globals.css';

// The <html> element is rendered by the public layout (app/[locale]) and the portal layout
// (app/(app)), each with its own language and direction. Every page is rendered per request: its
// scripts carry that request's CSP nonce (proxy.ts), so no page may be prerendered or cached.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return children;
}
