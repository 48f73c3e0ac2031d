import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    /** Server-side session id (UserSession.id). */
    sid?: string;
    /** The user's session version when they signed in. */
    sv?: number;
  }
  interface User {
    sid?: string;
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
    sv?: number;
  }
}
