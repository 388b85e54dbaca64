import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Waypoint', template: '%s · Waypoint' },
  description: 'Plan, assess and improve your school’s digital strategy against the DfE digital and technology standards.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en-GB">
      <body className="min-h-screen font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:bg-white focus:px-4 focus:py-2">
          Skip to main content
        </a>
        {children}
      </body>
    </html>
  );
}
