// Runs once when a Next server starts. The Node-only boot (environment check,
// outbox worker) lives in lib/boot.ts so the edge bundle never includes it.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { boot } = await import("./lib/boot");
    boot();
  }
}
