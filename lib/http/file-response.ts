import 'server-only';
import { NextResponse } from 'next/server';
import { getActor } from '@/lib/auth/session';
import { statusOf } from './status';
import type { Actor } from '@/lib/tenancy/actor';

// Route handlers that return files: no session goes to sign-in, anything outside the visitor's
// reach answers 404 exactly as pages do, and the file is never cached by shared proxies.
export async function fileResponse(
  request: Request,
  build: (actor: Actor) => Promise<{ body: BodyInit; contentType: string; filename: string }>,
): Promise<Response> {
  const actor = await getActor();
  if (!actor) return NextResponse.redirect(new URL('/sign-in', request.url));
  try {
    const file = await build(actor);
    return new Response(file.body, {
      headers: {
        'Content-Type': file.contentType,
        'Content-Disposition': `attachment; filename="${file.filename.replace(/[^A-Za-z0-9._-]+/g, '-')}"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    const status = statusOf(error);
    if (status === 500) throw error;
    return new Response(status === 404 ? 'Not found' : 'Request refused', { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
}

// Plain ASCII letters, digits and dashes, accents dropped: safe in any download folder.
export function fileSafeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function slugForFile(text: string): string {
  return fileSafeName(text).toLowerCase().slice(0, 60);
}
