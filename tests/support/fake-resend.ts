// A loopback stand-in for Resend's HTTP API (POST /emails), so tests run the
// real SDK against a server they control.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedEmail = { authorization: string | undefined; body: Record<string, unknown> };

export type FakeResend = {
  url: string;
  received: ReceivedEmail[];
  /** Answer the next `count` sends with this HTTP status. */
  failNext: (count: number, status?: number) => void;
  close: () => Promise<void>;
};

export async function startFakeResend(): Promise<FakeResend> {
  const received: ReceivedEmail[] = [];
  let failures = 0;
  let failStatus = 500;
  let counter = 0;
  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      res.setHeader("content-type", "application/json");
      if (req.method !== "POST" || req.url !== "/emails") {
        res.writeHead(404).end(JSON.stringify({ name: "not_found", message: "Unknown endpoint" }));
        return;
      }
      if (failures > 0) {
        failures--;
        res.writeHead(failStatus).end(JSON.stringify({ name: "application_error", message: "Temporary failure", statusCode: failStatus }));
        return;
      }
      received.push({ authorization: req.headers.authorization, body: JSON.parse(raw) });
      res.writeHead(200).end(JSON.stringify({ id: `fake_${++counter}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    failNext: (count, status = 500) => {
      failures = count;
      failStatus = status;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
