import 'server-only';
import { NextResponse } from 'next/server';
import { recordAdviserDownload } from '@/lib/advisers/record-adviser-visit';
import { getActor } from '@/lib/auth/session';
import { statusOf } from './status';
import type { Actor } from '@/lib/tenancy/actor';

// Route handlers that return files: no session goes to sign-in, anything outside the visitor's
// reach answers 404 exactly as pages do, and the file is never cached by shared proxies.
export async function fileResponse(
  request: Request,
  build: (actor: Actor) => Promise<{ body: BodyInit; contentType: string; filename: string } | { pending: string; back: string }>,
): Promise<Response> {
  const actor = await getActor();
  if (!actor) return NextResponse.redirect(new URL('/sign-in', request.url));
  try {
    const file = await build(actor);
    if ('pending' in file) return pendingResponse(file.pending, file.back);
    await recordAdviserDownload(actor, new URL(request.url).pathname);
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

// A file still being made in the background: a plain page that says so and looks again shortly.
function pendingResponse(what: string, back: string): Response {
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Being prepared – Waypoint</title></head><body><main><h1>${escape(what)} is being prepared</h1><p>It will be ready in a moment. This page checks again every few seconds, or you can refresh it.</p><p><a href="${escape(back)}">Go back</a></p></main></body></html>`;
  return new Response(html, { status: 202, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '5' } });
}
