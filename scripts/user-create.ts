// npm run user:create -- --email a@b.nl --role coordinator --name "Naam" [--ambassador CODE] [--association "Name"]
// The password is read from standard input (piped) or asked for at a prompt (not echoed).
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { createDb } from '../db/client';
import { ambassadors, associations } from '../db/schema';
import { ActionError } from '../lib/actions/errors';
import { MIN_PASSWORD_LENGTH, passwordProblem } from '../lib/auth/password';
import { ROLES } from '../lib/auth/permissions';
import { logError } from '../lib/log';
import { createUser } from '../lib/users/mutations';

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    role: { type: 'string' },
    name: { type: 'string' },
    ambassador: { type: 'string' },
    association: { type: 'string' },
  },
});

const args = z
  .object({
    email: z.email(),
    role: z.enum(ROLES),
    name: z.string().trim().min(1).max(100),
    ambassador: z.string().optional(),
    association: z.string().optional(),
  })
  .safeParse(values);
if (!args.success) {
  console.error('Usage: npm run user:create -- --email <e-mail> --role <' + ROLES.join('|') + '> --name <name>');
  console.error('       [--ambassador <referral code>] [--association <association name>]');
  for (const issue of args.error.issues) console.error(`  --${issue.path.join('.')}: ${issue.message}`);
  process.exit(2);
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let data = '';
    for await (const chunk of process.stdin) data += chunk;
    return data.replace(/\r?\n$/, '');
  }
  process.stdout.write('Password: ');
  process.stdin.setRawMode(true);
  process.stdin.resume();
  process.stdin.setEncoding('utf8');
  return new Promise((resolve) => {
    let pw = '';
    process.stdin.on('data', (ch: string) => {
      if (ch === '\r' || ch === '\n' || ch === '\u0004') {
        process.stdin.setRawMode(false);
        process.stdin.pause();
        process.stdout.write('\n');
        resolve(pw);
      } else if (ch === '\u0003') {
        process.exit(130);
      } else if (ch === '\u007f') {
        pw = pw.slice(0, -1);
      } else {
        pw += ch;
      }
    });
  });
}

const password = await readPassword();
if (password.length < MIN_PASSWORD_LENGTH) {
  console.error(`The password must be at least ${MIN_PASSWORD_LENGTH} characters.`);
  process.exit(2);
}
if (passwordProblem(password)) {
  console.error('This password is common or has leaked before; choose another one.');
  process.exit(2);
}

const handle = createDb({ url: process.env.DATABASE_URL || undefined });
try {
  await handle.migrate();
  const { db } = handle;
  let ambassadorId: string | undefined;
  let associationId: string | undefined;
  if (args.data.ambassador) {
    const [a] = await db.select({ id: ambassadors.id }).from(ambassadors).where(eq(ambassadors.referralCode, args.data.ambassador.toUpperCase()));
    if (!a) throw new Error(`No ambassador with referral code ${args.data.ambassador}`);
    ambassadorId = a.id;
  }
  if (args.data.association) {
    const [a] = await db.select({ id: associations.id }).from(associations).where(eq(associations.name, args.data.association));
    if (!a) throw new Error(`No association named ${args.data.association}`);
    associationId = a.id;
  }
  const id = await createUser(db, { ...args.data, password, ambassadorId, associationId });
  console.log(`Created ${args.data.role} ${args.data.email.toLowerCase()} (${id})`);
} catch (e) {
  const messages: Record<string, string> = {
    emailTaken: 'An account with this e-mail address already exists.',
    ambassadorProfileRequired: 'An ambassador account needs --ambassador <referral code>.',
    associationRequired: 'An association account needs --association <name>.',
  };
  if (e instanceof ActionError) console.error(messages[e.key] ?? e.key);
  else logError('user:create', e);
  process.exitCode = 1;
} finally {
  await handle.close();
}
