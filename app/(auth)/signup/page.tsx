import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getViewer } from "@/lib/auth/viewer";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if (await getViewer()) redirect("/account");
  return (
    <AuthCard
      title="Create your account"
      description="Buy tickets, keep them on your phone, and register for events."
      footer={
        <>
          Already have an account?{" "}
          <Link href="/signin" className="font-medium text-brand hover:underline">
            Sign in
          </Link>
        </>
      }
    >
      <SignUpForm />
    </AuthCard>
  );
}
