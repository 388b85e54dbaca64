// Reads what the e2e server's SMTP peer received (tests/e2e/serve.ts), as a person reads their inbox.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import { simpleParser, type ParsedMail } from 'mailparser';
import { e2eMailDir } from './state';

async function mailTo(address: string): Promise<ParsedMail[]> {
  const dir = e2eMailDir();
  const found: ParsedMail[] = [];
  for (const file of readdirSync(dir).sort()) {
    const mail = await simpleParser(readFileSync(path.join(dir, file)));
    const to = [mail.to ?? []].flat().flatMap((group) => group.value.map((entry) => entry.address?.toLowerCase()));
    if (to.includes(address.toLowerCase())) found.push(mail);
  }
  return found;
}

// The newest message to this address, waiting for it to arrive.
export async function latestMailTo(address: string, subject?: RegExp): Promise<ParsedMail> {
  let latest: ParsedMail | undefined;
  await expect
    .poll(
      async () => {
        latest = (await mailTo(address)).filter((mail) => !subject || subject.test(mail.subject ?? '')).at(-1);
        return Boolean(latest);
      },
      { message: `a mail to ${address}`, timeout: 10_000 },
    )
    .toBe(true);
  return latest!;
}

export function linkIn(mail: ParsedMail, pathPattern: RegExp): string {
  const links = (mail.text ?? '').match(/https?:\/\/[^\s<>"\]]+/g) ?? [];
  const link = links.find((candidate) => pathPattern.test(new URL(candidate).pathname));
  if (!link) throw new Error(`No link matching ${pathPattern} in the mail "${mail.subject}"`);
  return link;
}
