export function Logo() {
  return (
    <span className="inline-flex items-center gap-2 text-lg font-bold tracking-tight text-white">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-7 w-7" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M12 2 4 22l8-5 8 5L12 2Z" strokeLinejoin="round" />
      </svg>
      Waypoint
    </span>
  );
}
