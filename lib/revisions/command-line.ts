import { userInfo } from "node:os";
import type { Actor } from "./save";

/**
 * The operator at the command line (docs/decisions/110): no signed-in user, so its revisions have no user
 * and its audit entries name the command and the operating-system account that ran it.
 */
export const commandLineActor = (command: string): Actor => ({ id: null, email: `kommandorad: ${command} (${userInfo().username})` });
