// What the app's own HTTP server (scripts/serve.ts, `npm start`) saw of each connection.
// Next.js sets X-Forwarded-For only when a request arrives without one, so behind no proxy
// a client could name its own address there; the socket's remote address cannot be forged.
// No imports: the server script loads this file outside the Next.js bundle.

/** The request header the server overwrites with the socket's remote address. */
export const PEER_ADDRESS_HEADER = "x-fieldnotes-peer-address";

// A registered symbol is the same in the server script and in the bundled app code, and no
// request can set it, unlike an environment variable or a header.
const RECORDED = Symbol.for("fieldnotes.peer-address-recorded");
const registry = globalThis as { [RECORDED]?: true };

/** Called once by the server that overwrites PEER_ADDRESS_HEADER on every request. */
export function markPeerAddressRecorded(): void {
  registry[RECORDED] = true;
}

/** True only inside a process whose server records the header: elsewhere a client could have sent it. */
export function peerAddressRecorded(): boolean {
  return registry[RECORDED] === true;
}
