// Every page's main column, aligned with the header. Wide tables scroll inside their own box
// (components/ui/table-scroll.ts) rather than widening the page.
export function PageContainer({ children }: { children: React.ReactNode }) {
  return <main className="mx-auto w-full max-w-6xl min-w-0 px-4 py-10">{children}</main>;
}
