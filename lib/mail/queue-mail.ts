import 'server-only';
import { enqueue } from '@/lib/jobs/boss';
import { QUEUES } from '@/lib/jobs/queues';
import type { OutgoingMail } from './send-mail';

// Mail nobody is waiting on the screen for (password resets, notices, reminders) goes through a
// background job: a mail server that is down for a while delays it, with retries, instead of losing it.
export async function queueMail(mail: OutgoingMail): Promise<void> {
  await enqueue(QUEUES.mailSend.name, mail);
}
