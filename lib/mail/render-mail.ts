import 'server-only';
import { render, toPlainText } from '@react-email/render';
import type { ReactElement } from 'react';

// One template gives both parts: the HTML, and a plain-text part for clients that prefer it. The
// text is converted from the HTML rendered once (what render's plainText option does after a second
// render), which halves the cost of a reminder run's tens of thousands of messages.
export async function renderMail(element: ReactElement): Promise<{ html: string; text: string }> {
  const html = await render(element);
  return { html, text: toPlainText(html) };
}
