import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext } from '@playwright/test';
import { importSettings, loadSchool } from './contact';

/** One report as the receiver got it. */
export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

export interface ReportServer {
  url: string;
  /** What it answers a POST with; tests switch it to 503 to play a server that is down. */
  status: number;
  /** While set, a POST is read but not answered until it settles: a slow receiver. */
  hold: Promise<void> | null;
  /** POSTs that have arrived, answered or not. */
  started: number;
  /** Every POST answered 2xx, repeats included. */
  received: Received[];
  /** Reports by webhook-id, as a receiver that drops repeats keeps them. */
  unique(): Received[];
  close(): Promise<void>;
}

/**
 * A real HTTP server on localhost standing in for a school's report receiver. It answers CORS as a
 * receiver must for a browser extension's worker (Chalkline holds no host permission for it).
 */
export async function startReportServer(): Promise<ReportServer> {
  const state: ReportServer = {
    url: '',
    status: 200,
    hold: null,
    started: 0,
    received: [],
    unique: () => [...new Map(state.received.map((r) => [String(r.headers['webhook-id']), r])).values()],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = createServer((req, res) => {
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-allow-methods', 'POST');
    res.setHeader('access-control-allow-headers', 'content-type, webhook-id, webhook-timestamp, webhook-signature');
    if (req.method === 'OPTIONS') return res.writeHead(204).end();
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    if (req.method === 'POST') state.started += 1;
    req.on('end', async () => {
      if (state.hold) await state.hold;
      const status = state.status;
      if (status >= 200 && status < 300) state.received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/reports`;
  return state;
}

/** The signing secret the tests' school shares with its report receiver. */
export const REPORT_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

/** The tests' school, set up to send reports, signed, to `server`. */
export async function reportingSchool(context: BrowserContext, server: ReportServer): Promise<void> {
  await loadSchool(context);
  await importSettings(context, { schoolName: 'Oakfield Primary', staffName: 'Alex Morgan', reportWebhookUrl: server.url, reportWebhookSecret: REPORT_SECRET, dsl: { name: 'Sam Okafor', email: 'dsl@school.example' } });
}
