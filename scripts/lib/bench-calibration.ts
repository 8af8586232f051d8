// How fast this machine serves HTTP at all, printed with the figures:
// machines of the same kind differ a lot (bench:browse's events list, same
// code: 5,728 req/s on one, 13,890 on another), so figures from different
// sessions compare only next to this. A bare Node http server (one process,
// a fixed 1.4 KB JSON answer) and this benchmark's own client, for a fixed
// time, before the benchmark starts.
import { spawn } from "node:child_process";
import { benchClient } from "./bench-http";
import { freePort } from "./bench-setup";

const SERVER = `
const http = require("node:http");
const body = Buffer.alloc(1400, 120);
http.createServer((req, res) => { res.writeHead(200, { "content-type": "application/json", "content-length": body.length }); res.end(body); })
  .listen(Number(process.argv[1]), "127.0.0.1", () => process.send("ready"));`;

/** Requests per second a bare Node server answers here to 50 keep-alive clients of bench-http, over `seconds`. */
export async function calibrate(seconds = 2): Promise<number> {
  const port = await freePort();
  const child = spawn(process.execPath, ["-e", SERVER, String(port)], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
  try {
    await new Promise<void>((resolve, reject) => {
      child.once("message", () => resolve());
      child.once("exit", (code) => reject(new Error(`the calibration server exited (${code})`)));
    });
    const client = benchClient(`http://127.0.0.1:${port}`, 50, 10_000);
    const until = performance.now() + seconds * 1000;
    let answered = 0;
    await Promise.all(
      Array.from({ length: 50 }, async () => {
        while (performance.now() < until) if ((await client.request("GET", "/", {}, { keepBody: false })).status === 200) answered++;
      }),
    );
    await client.close();
    return answered / seconds;
  } finally {
    child.kill();
  }
}

export const calibrationLine = (requestsPerSecond: number) =>
  `a bare Node http server answers ${Math.round(requestsPerSecond).toLocaleString("en")} req/s here (one process, 50 keep-alive clients of this benchmark's client, 1.4 KB answers)`;
