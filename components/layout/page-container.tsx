// `wide` is for pages whose tables need the whole screen, such as the trust comparison.
export function PageContainer({ children, wide = false }: { children: React.ReactNode; wide?: boolean }) {
  return <main className={`mx-auto w-full min-w-0 px-4 py-10 ${wide ? 'max-w-screen-2xl' : 'max-w-6xl'}`}>{children}</main>;
}
