// A confirmation that something worked, announced politely to screen readers.
export function SuccessNotice({ children }: { children: React.ReactNode }) {
  return (
    <p role="status" className="mb-6 rounded-md border-2 border-green-700 bg-green-50 p-4 font-semibold text-green-900">
      {children}
    </p>
  );
}
