import 'server-only';
import { render } from '@react-email/render';
import type { ReactElement } from 'react';

// One template gives both parts: the HTML, and a plain-text part for clients that prefer it.
export async function renderMail(element: ReactElement): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { html, text };
}
