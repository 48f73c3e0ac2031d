"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { idleForm, type FormState } from "@/lib/admin/fields";
import { useT } from "@/lib/i18n/use-t";

type Direction = "up" | "down";
type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  record: { type: string; id: number; version: number };
  /** The item's name, so each button says which item it moves. */
  label: ReactNode;
  first: boolean;
  last: boolean;
};

/**
 * "Flytta upp" / "Flytta ned" for one item of a list. Each press is a versioned save; the list comes
 * back in its new order and focus returns to the button pressed (or the other one, at either end), so
 * an item can be moved several places with the keyboard.
 */
export function MoveForm({ action, record, label, first, last }: Props) {
  const t = useT();
  const [state, formAction, pending] = useActionState(action, idleForm);
  const pressed = useRef<Direction | null>(null);
  const buttons = { up: useRef<HTMLButtonElement>(null), down: useRef<HTMLButtonElement>(null) };

  useEffect(() => {
    // Only after a save: the list has come back in its new order, with this item's new neighbours.
    if (state.status !== "saved" || !pressed.current) return;
    const other: Direction = pressed.current === "up" ? "down" : "up";
    const stillPossible = pressed.current === "up" ? !first : !last;
    buttons[stillPossible ? pressed.current : other].current?.focus();
  }, [state]);

  const button = (direction: Direction, text: string, disabled: boolean) => (
    <button
      ref={buttons[direction]}
      type="submit"
      name="direction"
      value={direction}
      disabled={disabled || pending}
      onClick={() => (pressed.current = direction)}
      className="btn btn-secondary"
    >
      {text}
      <span className="sr-only"> {label}</span>
    </button>
  );

  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="type" value={record.type} />
      <input type="hidden" name="id" value={record.id} />
      <input type="hidden" name="version" value={record.version} />
      {button("up", t("admin.rows.moveUp"), first)}
      {button("down", t("admin.rows.moveDown"), last)}
      {state.status === "idle" || state.status === "saved" ? null : (
        <p role="alert" className="notice-error w-full">
          {state.message}
        </p>
      )}
    </form>
  );
}
