import { Logo } from './logo';

// The header of pages read without signing in: sign-in, invitations, help and the statements.
export function PublicHeader() {
  return (
    <header className="bg-brand-900">
      <div className="mx-auto max-w-6xl px-4 py-4">
        <Logo />
      </div>
    </header>
  );
}
