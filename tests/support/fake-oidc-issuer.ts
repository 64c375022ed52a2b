import { createHash, randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { text } from "node:stream/consumers";
import { exportJWK, generateKeyPair, SignJWT } from "jose";

export type TOidcClaims = { sub: string; email: string; email_verified?: boolean; name?: string };

export type TFakeOidcIssuer = {
  issuer: string;
  setNextUser(claims: TOidcClaims): void;
  stop(): Promise<void>;
};

type TGrant = { claims: TOidcClaims; redirectUri: string; codeChallenge: string; nonce: string | undefined };

const token = () => randomBytes(24).toString("base64url");

// The client credentials from HTTP Basic (each part form-encoded, RFC 6749 2.3.1) or the body.
function clientCredentials(request: http.IncomingMessage, body: URLSearchParams) {
  const basic = /^Basic (.+)$/i.exec(request.headers.authorization ?? "");
  if (!basic) return { id: body.get("client_id"), secret: body.get("client_secret") };
  const decoded = Buffer.from(basic[1]!, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  const unform = (s: string) => decodeURIComponent(s.replace(/\+/g, " "));
  return { id: unform(decoded.slice(0, colon)), secret: unform(decoded.slice(colon + 1)) };
}

// A minimal OpenID Connect provider on loopback for tests: no login page, /authorize
// approves at once whoever setNextUser() named. It is as strict as a real provider about
// what the client must send (client credentials, redirect URI, PKCE S256, one-time codes),
// so a client that skips a step fails here too.
export async function startFakeOidcIssuer(options: {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}): Promise<TFakeOidcIssuer> {
  const { publicKey, privateKey } = await generateKeyPair("RS256");
  const kid = token();
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
  const grants = new Map<string, TGrant>();
  const accessTokens = new Map<string, TOidcClaims>();
  let nextUser: TOidcClaims | undefined;
  let issuer = "";

  const json = (response: http.ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
    response.end(JSON.stringify(body));
  };

  async function handle(request: http.IncomingMessage, response: http.ServerResponse) {
    const url = new URL(request.url ?? "/", issuer);
    const route = `${request.method} ${url.pathname}`;

    if (route === "GET /.well-known/openid-configuration") {
      return json(response, 200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        userinfo_endpoint: `${issuer}/userinfo`,
        response_types_supported: ["code"],
        subject_types_supported: ["public"],
        id_token_signing_alg_values_supported: ["RS256"],
        code_challenge_methods_supported: ["S256"],
        token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
      });
    }

    if (route === "GET /authorize") {
      const q = url.searchParams;
      // Never redirect to an unregistered URI: answer the browser directly instead (RFC 6749 4.1.2.1).
      if (q.get("client_id") !== options.clientId || q.get("redirect_uri") !== options.redirectUri) {
        response.writeHead(400).end("unknown client_id or redirect_uri");
        return;
      }
      const back = new URL(options.redirectUri);
      if (q.has("state")) back.searchParams.set("state", q.get("state")!);
      const challenge = q.get("code_challenge");
      if (q.get("response_type") !== "code" || !challenge || q.get("code_challenge_method") !== "S256" || !nextUser) {
        back.searchParams.set("error", nextUser ? "invalid_request" : "access_denied");
      } else {
        const code = token();
        grants.set(code, { claims: nextUser, redirectUri: options.redirectUri, codeChallenge: challenge, nonce: q.get("nonce") ?? undefined });
        back.searchParams.set("code", code);
        // One user per sign-in, so a test cannot silently reuse the previous one.
        nextUser = undefined;
      }
      response.writeHead(302, { location: back.href }).end();
      return;
    }

    if (route === "POST /token") {
      const body = new URLSearchParams(await text(request));
      const client = clientCredentials(request, body);
      if (client.id !== options.clientId || client.secret !== options.clientSecret) {
        return json(response, 401, { error: "invalid_client" });
      }
      const code = body.get("code") ?? "";
      const grant = grants.get(code);
      grants.delete(code); // codes are single-use, even when the exchange fails
      const verifier = body.get("code_verifier") ?? "";
      const challenge = createHash("sha256").update(verifier).digest("base64url");
      if (body.get("grant_type") !== "authorization_code" || !grant || body.get("redirect_uri") !== grant.redirectUri || challenge !== grant.codeChallenge) {
        return json(response, 400, { error: "invalid_grant" });
      }
      const accessToken = token();
      accessTokens.set(accessToken, grant.claims);
      const { sub, email, email_verified = true, name } = grant.claims;
      const idToken = await new SignJWT({ email, email_verified, name, ...(grant.nonce ? { nonce: grant.nonce } : {}) })
        .setProtectedHeader({ alg: "RS256", kid })
        .setIssuer(issuer)
        .setAudience(options.clientId)
        .setSubject(sub)
        .setIssuedAt()
        .setExpirationTime("5m")
        .sign(privateKey);
      return json(response, 200, { access_token: accessToken, token_type: "Bearer", expires_in: 300, id_token: idToken });
    }

    if (route === "GET /jwks") return json(response, 200, { keys: [jwk] });

    if (route === "GET /userinfo") {
      const bearer = /^Bearer (.+)$/i.exec(request.headers.authorization ?? "")?.[1];
      const claims = bearer ? accessTokens.get(bearer) : undefined;
      if (!claims) return json(response, 401, { error: "invalid_token" });
      return json(response, 200, { email_verified: true, ...claims });
    }

    response.writeHead(404).end();
  }

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    issuer,
    setNextUser: (claims) => (nextUser = claims),
    // The app's HTTP client keeps connections alive; close() alone would wait for them.
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
