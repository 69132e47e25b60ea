/**
 * The patient API's TypeScript client, for the web and mobile apps: the types are generated from the
 * committed contract (openapi/portal-api.yaml) by openapi-typescript at build time, the calls made by
 * openapi-fetch, which checks every path, parameter, body and answer against those types.
 *
 *   const portal = createPortalClient({ baseUrl: "http://localhost:8080", token: () => session.accessToken });
 *   const { data, error } = await portal.GET("/api/v1/conversations/{id}", { params: { path: { id } } });
 */
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { paths } from "../generated/portal-api.js";

export type { components, operations, paths } from "../generated/portal-api.js";

/** The client: `GET`, `POST`, `PUT`, `DELETE` on the contract's paths, typed by the contract. */
export type PortalClient = Client<paths>;

export interface PortalClientOptions {
  /** Where portal-api answers, without the path: the contract's paths start with /api/v1. */
  baseUrl: string;
  /** The patient's ID-porten access token, or a function that gives the current one for each request. */
  token: string | (() => string | Promise<string>);
  /** Another fetch (a test's, a platform's); the global one by default. */
  fetch?: typeof globalThis.fetch;
}

export function createPortalClient(options: PortalClientOptions): PortalClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ""),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  client.use(bearer(options.token));
  return client;
}

function bearer(token: PortalClientOptions["token"]): Middleware {
  return {
    async onRequest({ request }) {
      const current = typeof token === "function" ? await token() : token;
      request.headers.set("Authorization", `Bearer ${current}`);
      return request;
    },
  };
}

/**
 * The stable code of a problem+json answer: the last segment of its `type`, e.g. `full-access-required`
 * (docs/contract.md: decide on the code, not on the title or the status).
 */
export function problemCode(problem: unknown): string | undefined {
  if (typeof problem !== "object" || problem === null || !("type" in problem)) {
    return undefined;
  }
  const type = problem.type;
  return typeof type === "string" ? type.substring(type.lastIndexOf("/") + 1) : undefined;
}
