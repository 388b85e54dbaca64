'use client';

import { useFormStatus } from 'react-dom';
import { Button, type ButtonVariant } from './button';

// Disabled while the form is being saved, and says so to screen readers.
export function SubmitButton({
  children,
  pendingLabel = 'Saving…',
  variant = 'primary',
  name,
  value,
}: {
  children: React.ReactNode;
  pendingLabel?: string;
  variant?: ButtonVariant;
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-disabled={pending} name={name} value={value}>
      {pending ? pendingLabel : children}
    </Button>
  );
}
