import './globals.css';

// The <html> element is rendered by the public layout (app/[locale]) and the portal layout
// (app/(app)), each with its own language and direction.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
