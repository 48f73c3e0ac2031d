import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id minimum: 19 MiB memory, 2 iterations, 1 lane.
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;

export const hashPassword = (password: string) => hash(password, ARGON2ID);

// A real hash of a random password: verifying against it when the account does not exist takes as
// long as a real check, so response times do not tell which e-mail addresses have accounts.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$7KFevv6XSru+X5v0UX+j7Q$ZKqGuLUY2JqzRg4zQbSAiRyATNJ3OK4cxHdkRqUkd4s";

export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  try {
    return await verify(storedHash ?? DUMMY_HASH, password);
  } catch {
    return false;
  }
}
