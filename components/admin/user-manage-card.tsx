import { deleteUserAction, setUserDisabledAction } from "@/app/admin/actions";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { Profile } from "@/lib/services/users/user-profile";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { RoleForm } from "./role-form";

/** Role, disable/enable and delete. Your own account can change role only (and the server refuses a demotion). */
export function UserManageCard({ user, isSelf }: { user: Profile; isSelf: boolean }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Manage</CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-6">
        <RoleForm userId={user.id} role={user.role} />
        <div className="flex flex-col gap-3 border-t border-border pt-5">
          <div className="grid gap-1">
            <h4 className="text-sm font-semibold text-fg">Account access</h4>
            <CardDescription>
              {isSelf
                ? "This is your own account: you cannot disable or delete it here."
                : user.disabled
                  ? "This account is disabled: its owner cannot sign in."
                  : "Disabling signs the user out everywhere and blocks sign-in until enabled again. Deleting removes the account and its registrations for good."}
            </CardDescription>
          </div>
          <div className="flex flex-wrap gap-2">
            {user.disabled ? (
              <ConfirmActionButton
                action={setUserDisabledAction}
                fields={{ userId: user.id, disabled: "false" }}
                label="Enable account"
                title={`Enable @${user.username}?`}
                description="They will be able to sign in again."
                confirmLabel="Enable"
                disabled={isSelf}
              />
            ) : (
              <ConfirmActionButton
                action={setUserDisabledAction}
                fields={{ userId: user.id, disabled: "true" }}
                label="Disable account"
                title={`Disable @${user.username}?`}
                description="They will be signed out on every device and cannot sign in until you enable the account again."
                confirmLabel="Disable"
                destructive
                disabled={isSelf}
              />
            )}
            <ConfirmActionButton
              action={deleteUserAction}
              fields={{ userId: user.id }}
              label="Delete user"
              variant="danger"
              title={`Delete @${user.username}?`}
              description="The account, its sessions and its event registrations are removed for good. This cannot be undone."
              confirmLabel="Delete user"
              destructive
              disabled={isSelf}
            />
          </div>
        </div>
      </CardContent>
    </Card>
  );
}
