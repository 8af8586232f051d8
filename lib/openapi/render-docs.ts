import type { openApiDocument } from "./document";
import type { Operation } from "./types";

const escape = (value: unknown) =>
  String(value).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const METHOD_COLORS: Record<string, string> = { get: "#15803d", post: "#4f46e5", put: "#a16207", patch: "#a16207", delete: "#b91c1c" };

function operationHtml(path: string, method: string, op: Operation) {
  const params = op.parameters?.length
    ? `<h4>Parameters</h4><ul>${op.parameters.map((p) => `<li><code>${escape(p.name)}</code> <small>(${p.in}${p.required ? ", required" : ""})</small>${p.description ? ` – ${escape(p.description)}` : ""}</li>`).join("")}</ul>`
    : "";
  const body = op.requestBody
    ? `<h4>Request body</h4>${Object.entries(op.requestBody.content)
        .map(([type, c]) => `<p><small>${escape(type)}</small></p><pre>${escape(JSON.stringify(c.example ?? c.schema, null, 2))}</pre>`)
        .join("")}`
    : "";
  const responses = Object.entries(op.responses)
    .map(([status, r]) => {
      const example = r.content && Object.values(r.content)[0]?.example;
      return `<li><b>${escape(status)}</b> ${escape(r.description)}${example !== undefined ? `<pre>${escape(JSON.stringify(example, null, 2))}</pre>` : ""}</li>`;
    })
    .join("");
  return `<details id="${escape(method + path)}"><summary><span class="m" style="background:${METHOD_COLORS[method] ?? "#475569"}">${method.toUpperCase()}</span> <code>${escape(path)}</code> – ${escape(op.summary)}</summary>
    <div class="op">${op.description ? `<p>${escape(op.description)}</p>` : ""}${params}${body}<h4>Responses</h4><ul>${responses}</ul></div></details>`;
}

/** A dependency-free HTML rendering of the OpenAPI document, grouped by tag. */
export function renderApiDocs(doc: ReturnType<typeof openApiDocument>) {
  const byTag = new Map<string, string[]>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item) as [string, Operation][]) {
      const tag = op.tags[0] ?? "Other";
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationHtml(path, method, op)]);
    }
  }
  const sections = [...byTag].map(([tag, ops]) => `<section><h2>${escape(tag)}</h2>${ops.join("")}</section>`).join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(doc.info.title)}</title><style>
body{font:15px/1.5 system-ui,sans-serif;margin:0;background:#f8fafc;color:#0f172a}main{max-width:960px;margin:0 auto;padding:24px}
h1{margin:0 0 4px}h2{margin-top:32px;border-bottom:1px solid #e2e8f0;padding-bottom:4px}details{background:#fff;border:1px solid #e2e8f0;border-radius:10px;margin:8px 0}
summary{cursor:pointer;padding:10px 14px}.op{padding:0 14px 12px}.m{color:#fff;border-radius:6px;padding:2px 8px;font-size:12px;font-weight:700}
pre{background:#f1f5f9;border-radius:8px;padding:10px;overflow:auto;font-size:13px}code{font-size:14px}
@media (prefers-color-scheme:dark){body{background:#0b0f19;color:#f1f5f9}details{background:#111827;border-color:#273244}pre{background:#1f2937}h2{border-color:#273244}}
</style></head><body><main><h1>${escape(doc.info.title)}</h1><p>${escape(doc.info.description)}</p>
<p>Base URL: <code>${escape(doc.servers[0].url)}</code> · <a href="/api/openapi.json">openapi.json</a></p>${sections}</main></body></html>`;
}
