import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { headers } from 'next/headers';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { logError } from '@/lib/log';
import { clientIp, hashIp } from '@/lib/security/ip';
import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import { audit } from '@/lib/audit';
import { hit, reset } from '@/lib/ratelimit';
import { verifySecondFactor } from './second-factor';
import { requiresTwoFactor } from './permissions';
import { readTicket } from './ticket';
import { staffIdleSeconds } from './idle-settings';
import { ACTIVITY_RESOLUTION_SECONDS, SESSION_MAX_SECONDS, sessionEnded } from './timeouts';

class InvalidLogin extends CredentialsSignin {
  code = 'invalid';
}
class ThrottledLogin extends CredentialsSignin {
  code = 'throttled';
}

const credentialsSchema = z.object({
  ticket: z.string().min(1).max(400),
  code: z.string().trim().max(40).optional(),
});

/** Wrong second-factor codes per account per 15 minutes before its sign-in is refused for a while. */
const CODE_WINDOW = { limit: Number(process.env.TOTP_MAX_FAILURES ?? 5), windowSeconds: 15 * 60 };

/**
 * Auth.js: sessions as signed JWT cookies holding only the user id, session version and times.
 * The password is checked by the login action (lib/session/actions.ts, ./login.ts, throttled and
 * audited), which hands a signed ticket (./ticket.ts) to the Credentials provider; an account with
 * a second factor must add a current code (or a recovery code). Who the user is and what they may
 * do is decided per request by ./gate.ts from the database. Sessions end after 8 hours, and staff
 * sessions after the idle limit without a request (the administrator's setting, ./timeouts.ts).
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: 'jwt', maxAge: SESSION_MAX_SECONDS },
  pages: { signIn: '/login', error: '/login' },
  logger: {
    // Failed logins are expected and audited; keep them (and anything personal) out of the server log.
    error(error) {
      if (error instanceof CredentialsSignin || error.name === 'CredentialsSignin') return;
      logError('auth', error);
    },
    warn() {},
    debug() {},
  },
  providers: [
    Credentials({
      credentials: { ticket: {}, code: {} },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidLogin();
        const ticket = readTicket(parsed.data.ticket);
        if (!ticket) throw new InvalidLogin();
        const db = getDb();
        const [user] = await db.select().from(users).where(eq(users.id, ticket.uid)).limit(1);
        if (!user || !user.active || user.sessionVersion !== ticket.sv) throw new InvalidLogin();
        if (user.totpEnabledAt) {
          const ipHash = hashIp(clientIp(await headers()));
          const key = `login:2fa:${user.id}`;
          const limit = await hit(db, key, CODE_WINDOW);
          if (!limit.allowed) {
            await audit(db, { action: 'login.throttled', actorUserId: user.id, ipHash, details: { scope: 'second_factor' } });
            throw new ThrottledLogin();
          }
          const how = parsed.data.code ? await verifySecondFactor(db, user.id, parsed.data.code) : null;
          if (!how) {
            await audit(db, { action: 'login.failed', actorUserId: user.id, ipHash, details: { reason: 'second_factor' } });
            throw new InvalidLogin();
          }
          await reset(db, key);
          await audit(db, { action: 'login.second_factor', actorUserId: user.id, ipHash, details: { how } });
        }
        await db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id));
        return { id: user.id, name: user.name, sessionVersion: user.sessionVersion, staff: requiresTwoFactor(user.role) };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      const now = Math.floor(Date.now() / 1000);
      if (user?.id) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 1;
        token.staff = (user as { staff?: boolean }).staff === true;
        token.at = now;
        token.la = now;
      } else {
        // Too long since signing in, or (staff) since the last request: the session ends here.
        const idle = token.staff === true ? await staffIdleSeconds() : 0;
        if (sessionEnded({ at: token.at, la: token.la, staff: token.staff }, now, idle)) return null;
        if (now - (token.la as number) >= ACTIVITY_RESOLUTION_SECONDS) token.la = now;
      }
      // Keep the cookie lean: no e-mail or picture in it.
      delete token.email;
      delete token.picture;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.user.sessionVersion = typeof token.sv === 'number' ? token.sv : 0;
      session.user.times = { at: token.at, la: token.la, staff: token.staff };
      return session;
    },
  },
});
