import type { Role } from "@tetris/shared";
import { Schema, type Connection } from "mongoose";
import type { Actor } from "../domain/habilitation.js";
import type { Holder } from "../domain/holder.js";
import type { HabilitationEvent } from "../domain/journal-events.js";

/**
 * One document per holder (its _id is the holder's key), with its own journal: a grant or a
 * withdrawal sets the state and `$push`es its event in the SAME update, so that the state and
 * its record are one single-document write (FerretDB has no multi-document transaction here).
 * A withdrawn habilitation stays, marked withdrawn, so that its history stays readable.
 */
export interface HabilitationDocument {
  _id: string;
  holder: Holder;
  status: "current" | "withdrawn";
  role: Role;
  departments: string[];
  label: string | null;
  grantedAt: Date;
  grantedBy: Actor;
  withdrawnAt: Date | null;
  /** Incremented at each change: a change is written only at the revision it was computed from. */
  revision: number;
  history: HabilitationEvent[];
}

const habilitationSchema = new Schema<HabilitationDocument>(
  {
    _id: { type: String, required: true },
    holder: { type: Schema.Types.Mixed, required: true },
    status: { type: String, required: true, enum: ["current", "withdrawn"] },
    role: { type: String, required: true },
    departments: { type: [String], default: [] },
    label: { type: String, default: null },
    grantedAt: { type: Date, required: true },
    grantedBy: { type: Schema.Types.Mixed, required: true },
    withdrawnAt: { type: Date, default: null },
    revision: { type: Number, required: true },
    history: { type: Schema.Types.Mixed, default: () => [] },
  },
  { versionKey: false, collection: "habilitations", minimize: false },
);

export function habilitationModel(connection: Connection) {
  return connection.model<HabilitationDocument>("Habilitation", habilitationSchema);
}
export type HabilitationModel = ReturnType<typeof habilitationModel>;
