import { Schema, type Connection } from "mongoose";
import type { Lever } from "../domain/accompaniment/accompaniment-types.js";

/** The catalogue of levers, shipped with the product and edited by ANCT. */
const leverSchema = new Schema<Lever & { _id: string }>(
  { _id: String, code: String, label: String, family: String, description: String },
  { versionKey: false, timestamps: true, collection: "levers" },
);

export function leverModel(connection: Connection) {
  return connection.model<Lever & { _id: string }>("Lever", leverSchema);
}
export type LeverModel = ReturnType<typeof leverModel>;
