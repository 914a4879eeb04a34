// What a process that only checks tokens needs (the web gateway), without the rest of the package.
export { authSecretOf } from "../config/config.js";
export { canActOn, roles, type Principal, type Role } from "./principal.js";
export { InvalidTokenError, signAccessToken, verifyAccessToken } from "./tokens.js";
export { GATEWAY_TOKEN_HEADER, signGatewayToken, verifyGatewayToken } from "./gateway-token.js";
export { internalSessionPaths, type OpenedSession, type ResolvedSession, type SessionIdentity } from "./gateway-sessions.js";
