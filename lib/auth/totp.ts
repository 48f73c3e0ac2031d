import { createHash, randomInt } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";

const ISSUER = "Strategiportalen";
// One 30-second step either side: phone clocks drift.
const TOLERANCE_SECONDS = 30;
const RECOVERY_CODES = 10;
// No 0/o, 1/l/i: read off paper.
const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

export const newTotpSecret = () => generateSecret();

/** The otpauth:// address an authenticator app reads from the QR code. */
export const totpUri = (email: string, secret: string) => generateURI({ issuer: ISSUER, label: email, secret });

/** The QR code as SVG markup, rendered on the server (no client code, no image request). */
export const qrCodeSvg = (text: string) => QRCode.toString(text, { type: "svg", margin: 2, errorCorrectionLevel: "M" });

/** The time step of a valid code later than `afterStep`, or null: a code is accepted once (RFC 6238 §5.2). */
export async function totpStep(secret: string, code: string, afterStep: number | null, now = new Date()): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    afterTimeStep: afterStep ?? undefined,
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

/** Ten random codes of ten characters (about 50 bits each), shown once and stored hashed. */
export const newRecoveryCodes = () =>
  Array.from({ length: RECOVERY_CODES }, () => {
    const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });

/** SHA-256 is enough for random codes of this length; spaces, dashes and case do not matter. */
export const hashRecoveryCode = (code: string) => createHash("sha256").update(code.toLowerCase().replace(/[\s-]/g, "")).digest("hex");
