import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { SessionUser } from "./types";
import { accepted } from "./accepted";
import { totpRequiredFor } from "./two-factor";

/** lastSeenAt is written at most this often, so browsing does not write on every request. */
const TOUCH_EVERY_MS = 60_000;

export async function startSession(userId: number, method: "password" | "oidc" = "password"): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await db.$transaction([
    db.userSession.create({ data: { id, userId, method } }),
    db.user.update({ where: { id: userId }, data: { lastSignInAt: new Date() } }),
  ]);
  return id;
}

export async function endSession(id: string) {
  await db.userSession.updateMany({ where: { id, endedAt: null }, data: { endedAt: new Date() } });
}

/**
 * The user behind a session cookie, checked on every request: the session exists and has not ended,
 * was used within the inactivity timeout and started within the absolute timeout, the user is not
 * disabled and their session version (bumped on a role change or when disabled) is the one signed in
 * with, and a demo account runs only on the embedded database. Anything else ends the session.
 */
export async function resolveSession(id: string, sessionVersion: number | undefined, now = new Date()): Promise<SessionUser | null> {
  const session = await db.userSession.findUnique({
    where: { id },
    select: {
      createdAt: true,
      lastSeenAt: true,
      endedAt: true,
      method: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          disabled: true,
          isDemo: true,
          sessionVersion: true,
          totpEnabledAt: true,
          isOperator: true,
          memberships: {
            where: accepted,
            orderBy: { municipality: { shortName: "asc" } },
            select: { role: true, municipalityId: true, municipality: { select: { slug: true, name: true } }, areas: { select: { areaId: true } } },
          },
        },
      },
    },
  });
  if (!session || session.endedAt) return null;
  const { user } = session;
  const idle = now.getTime() - session.lastSeenAt.getTime() > env.SESSION_IDLE_MINUTES * 60_000;
  const expired = now.getTime() - session.createdAt.getTime() > env.SESSION_MAX_HOURS * 3_600_000;
  const revoked = user.disabled || user.sessionVersion !== sessionVersion || (user.isDemo && !env.EMBEDDED_DATABASE);
  if (idle || expired || revoked) {
    await endSession(id);
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.userSession.update({ where: { id }, data: { lastSeenAt: now } });
  }
  // An operator must have what an administrator must.
  const roles = [...user.memberships.map((m) => m.role), ...(user.isOperator ? (["ADMIN"] as const) : [])];
  const mustEnrolTotp = session.method === "password" && !user.totpEnabledAt && totpRequiredFor(roles);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    mustEnrolTotp,
    isOperator: user.isOperator,
    memberships: user.memberships.map((m) => ({
      municipalityId: m.municipalityId,
      municipalitySlug: m.municipality.slug,
      municipalityName: m.municipality.name,
      role: m.role,
      areaIds: m.areas.map((a) => a.areaId),
    })),
  };
}
