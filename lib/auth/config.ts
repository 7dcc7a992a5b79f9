import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { headers } from 'next/headers';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { logError } from '@/lib/log';
import { clientIp, hashIp } from '@/lib/security/ip';
import { verifyLogin } from './login';

class InvalidLogin extends CredentialsSignin {
  code = 'invalid';
}
class ThrottledLogin extends CredentialsSignin {
  code = 'throttled';
}

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(512),
});

/**
 * Auth.js: e-mail + password, sessions as signed JWT cookies holding only the user id.
 * Who the user is and what they may do is decided per request by ./gate.ts from the database.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
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
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidLogin();
        const ipHash = hashIp(clientIp(await headers()));
        const result = await verifyLogin(getDb(), { ...parsed.data, ipHash });
        if (!result.ok) throw result.reason === 'throttled' ? new ThrottledLogin() : new InvalidLogin();
        return { id: result.user.id, name: result.user.name, sessionVersion: result.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 1;
      }
      // Keep the cookie lean: no e-mail or picture in it.
      delete token.email;
      delete token.picture;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.user.sessionVersion = typeof token.sv === 'number' ? token.sv : 0;
      return session;
    },
  },
});
