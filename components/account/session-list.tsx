"use client";

import { useState, useTransition } from "react";
import { endOtherSessionsAction, endSessionAction } from "@/app/account/actions";
import { FormMessage } from "@/components/forms/form-message";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import type { FormState } from "@/lib/http/form-state";

export type SessionRow = { id: string; device: string; ip: string | null; createdAt: string; lastSeenAt: string; current: boolean };

export function SessionList({ sessions }: { sessions: SessionRow[] }) {
  const [result, setResult] = useState<FormState | null>(null);
  const [pending, startTransition] = useTransition();
  const [confirmAll, setConfirmAll] = useState(false);
  const others = sessions.filter((s) => !s.current).length;
  return (
    <div className="flex flex-col gap-4">
      <FormMessage ok={result?.ok} message={result?.message} />
      <ul className="divide-y divide-border rounded-lg border border-border" aria-label="Signed-in sessions">
        {sessions.map((s) => (
          <li key={s.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between">
            <div className="min-w-0">
              <p className="flex flex-wrap items-center gap-2 font-medium text-fg">
                {s.device}
                {s.current && <Badge variant="success">This device</Badge>}
              </p>
              <p className="text-sm text-fg-muted">
                {s.ip ?? "Unknown address"} · signed in {s.createdAt} · last active {s.lastSeenAt}
              </p>
            </div>
            {!s.current && (
              <Button
                variant="outline"
                size="sm"
                disabled={pending}
                onClick={() => startTransition(async () => setResult(await endSessionAction(s.id)))}
                aria-label={`Sign out ${s.device} (${s.ip ?? "unknown address"})`}
              >
                Sign out
              </Button>
            )}
          </li>
        ))}
      </ul>
      {others > 0 && (
        <div>
          <Button variant="outline" onClick={() => setConfirmAll(true)}>
            Sign out all other sessions
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={confirmAll}
        onOpenChange={setConfirmAll}
        title="Sign out everywhere else?"
        description={`${others} other session${others === 1 ? "" : "s"} will be signed out at once. This device stays signed in.`}
        confirmLabel="Sign out others"
        destructive
        onConfirm={async () => setResult(await endOtherSessionsAction())}
      />
    </div>
  );
}
