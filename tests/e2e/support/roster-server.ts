import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What the roster server answers next; tests change it between fetches. */
export interface RosterReply {
  status: number;
  body?: string;
  headers?: Record<string, string>;
  /** Hold the answer back this long (to test the worker's time limit). */
  delayMs?: number;
  /** Send this many bytes of roster-like text in 64 kB chunks, with no Content-Length, instead of `body`. */
  streamBytes?: number;
}

export interface RosterServer {
  url: string;
  reply: RosterReply;
  /** Every GET the server received, with its request headers (lower-case names). */
  requests: { headers: Record<string, string | string[] | undefined> }[];
  /** Bytes of streamed bodies actually written before the client stopped reading. */
  streamed: number;
  close(): Promise<void>;
}

/** A throwaway self-signed certificate for 127.0.0.1 (the browser is started with --ignore-certificate-errors). */
function selfSignedCert(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'chalkline-cert-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A real HTTPS server on the loopback address, standing in for a school's roster host. It answers
 * CORS like a well-configured host (Chalkline has no host permission for school servers) and
 * records the conditional-request headers it was sent.
 */
export async function startRosterServer(initial: RosterReply): Promise<RosterServer> {
  const requests: RosterServer['requests'] = [];
  const streamed = { bytes: 0 };
  const state = { reply: initial };
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer(selfSignedCert(), (req, res) => {
    const cors = {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since',
      'Access-Control-Expose-Headers': 'ETag, Last-Modified',
    };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    requests.push({ headers: { ...req.headers } });
    const { status, body = '', headers = {}, delayMs = 0, streamBytes = 0 } = state.reply;
    const send = () => {
      if (res.destroyed) return;
      res.writeHead(status, { ...cors, ...headers });
      if (!streamBytes) return void res.end(status === 304 ? undefined : body);
      // Chunked, so no Content-Length: written as fast as the client reads, until it stops.
      const chunk = Buffer.from('first_name,last_name,role\n'.padEnd(65_536, 'x'));
      const pump = () => {
        while (!res.destroyed && streamed.bytes < streamBytes) {
          streamed.bytes += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        if (!res.destroyed) res.end();
      };
      pump();
    };
    if (delayMs) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        send();
      }, delayMs);
      timers.add(timer);
    } else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}/roster.csv`,
    get reply() {
      return state.reply;
    },
    set reply(r: RosterReply) {
      state.reply = r;
    },
    requests,
    get streamed() {
      return streamed.bytes;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
