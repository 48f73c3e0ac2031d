"use client";

import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" className="link" onClick={() => void signOut({ callbackUrl: "/" })}>
      {label}
    </button>
  );
}
