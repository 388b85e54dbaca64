// What a signed-out form shows once it has done its work (a new account, a new password): the
// message, and the one next step.
export function DoneGoToSignIn({ message }: { message?: string }) {
  return (
    <div role="status" className="space-y-4 rounded-md border-2 border-green-700 bg-green-50 p-4">
      <p className="font-semibold text-green-900">{message}</p>
      <a href="/sign-in" className="font-semibold">
        Go to sign in
      </a>
    </div>
  );
}
