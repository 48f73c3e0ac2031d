import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { env } from "@/lib/env";
import { audit } from "@/lib/audit/record";
import { paths } from "@/lib/paths";
import { signInWithOidc, signInWithPassword } from "./sign-in";
import { endSession } from "./user-sessions";
import { safeReturnPath } from "./return-path";
import { clientAddress } from "./client-address";

type OidcProfile = { sub: string; email?: string; preferred_username?: string; email_verified?: boolean; name?: string };

/** A generic OpenID Connect provider (Microsoft Entra ID and others), on when the three OIDC_ variables are set. */
function oidcProvider(): OAuthConfig<OidcProfile>[] {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return [];
  return [
    {
      id: "oidc",
      name: env.OIDC_NAME,
      type: "oauth",
      wellKnown: `${env.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state", "nonce"],
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      profile: (profile) => ({
        id: profile.sub,
        name: profile.name ?? null,
        // An address the provider says is unverified is not used to find the account.
        email: profile.email_verified === false ? null : (profile.email ?? profile.preferred_username ?? null),
      }),
    },
  ];
}

export const oidcEnabled = () => oidcProvider().length > 0;

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  // Credentials sign-in requires JWT sessions; the cookie carries only a server-side session id
  // (see lib/auth/user-sessions.ts), which every request checks.
  session: { strategy: "jwt", maxAge: env.SESSION_MAX_HOURS * 3600 },
  pages: { signIn: paths.signIn(), error: paths.signIn() },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "E-post och lösenord",
      credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
      async authorize(credentials, req) {
        const result = await signInWithPassword({
          email: credentials?.email ?? "",
          password: credentials?.password ?? "",
          code: credentials?.code,
          address: clientAddress(req.headers, env.TRUSTED_PROXIES),
        }).catch((error: unknown) => {
          // NOTE: next-auth sends a thrown message to the browser as is ("Can't reach database server at …"): log it, answer a code.
          console.error("[auth] sign-in failed:", error);
          return "unavailable" as const;
        });
        // The refusal reaches the sign-in form as the error code and is shown in Swedish there.
        if (typeof result === "string") throw new Error(result);
        return { ...result, id: String(result.id) };
      },
    }),
    ...oidcProvider(),
  ],
  callbacks: {
    // OpenID Connect's callbackUrl and every redirect next-auth makes go through the same rule as the sign-in page.
    redirect: ({ url, baseUrl }) => new URL(safeReturnPath(url, baseUrl), baseUrl).href,
    async signIn({ user, account }) {
      if (account?.provider !== "oidc") return true;
      const result = await signInWithOidc({ subject: `${env.OIDC_ISSUER}|${account.providerAccountId}`, email: user.email ?? null, address: null });
      if (typeof result === "string") return `${paths.signIn()}?error=oidc`;
      Object.assign(user, { ...result, id: String(result.id) });
      return true;
    },
    async jwt({ token, user }) {
      if (user) {
        token.sid = user.sid;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    async session({ session, token }) {
      session.sid = token.sid;
      session.sv = token.sv;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (!token?.sid) return;
      await endSession(token.sid);
      await audit({ actor: token.email ?? "okänd", action: "sign-out" });
    },
  },
};
