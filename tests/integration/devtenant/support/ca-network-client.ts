import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import { send } from './http-client.js';

/**
 * msal-node's network module over node:https with the devtenant CA in `ca`, so the mocha process
 * trusts devtenant without NODE_EXTRA_CA_CERTS (which Node reads only at start-up).
 */
export class CaNetworkClient implements INetworkModule {
  constructor(private readonly ca: string) {}

  async sendGetRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    return this.#send<T>(url, 'GET', options);
  }

  async sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    return this.#send<T>(url, 'POST', options);
  }

  async #send<T>(url: string, method: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    const res = await send(url, { method, headers: options?.headers, body: options?.body, ca: this.ca });
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    return { status: res.status, headers, body: (res.text ? JSON.parse(res.text) : {}) as T };
  }
}
