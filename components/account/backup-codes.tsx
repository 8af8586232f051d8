"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Backup codes, shown once: a grid to copy, print or download. */
export function BackupCodes({ codes }: { codes: string[] }) {
  const [copied, setCopied] = useState(false);
  const text = codes.join("\n");
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-fg-muted">Each backup code works once, if you lose your phone. Store them somewhere safe: they will not be shown again.</p>
      <ul className="grid grid-cols-2 gap-2 rounded-lg border border-border bg-surface-muted p-4 font-mono text-sm sm:grid-cols-5" aria-label="Backup codes" data-testid="backup-codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant="outline"
          size="sm"
          onClick={async () => {
            await navigator.clipboard?.writeText(text).catch(() => {});
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy"}
        </Button>
        <a
          className="inline-flex h-10 items-center rounded-lg border border-border bg-surface px-3 text-sm font-medium text-fg hover:bg-surface-muted sm:h-8"
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(`Tessera backup codes\n\n${text}\n`)}`}
          download="tessera-backup-codes.txt"
        >
          Download
        </a>
      </div>
    </div>
  );
}
