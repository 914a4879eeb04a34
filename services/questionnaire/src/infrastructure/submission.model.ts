import { serialisedWritesPlugin } from "@tetris/shared";
import { Schema, type Connection } from "mongoose";
import type { SubmissionRecord } from "../domain/response.js";

const submissionSchema = new Schema<SubmissionRecord>(
  {
    _id: { type: String, required: true },
    responseId: { type: String, required: true },
    campaignId: { type: String, required: true },
    revision: { type: Number, required: true },
    submittedAt: { type: Date, required: true },
    answers: { type: Schema.Types.Mixed, required: true },
  },
  { versionKey: false, collection: "submissions", minimize: false },
);
submissionSchema.plugin(serialisedWritesPlugin);

/** Every submission of every response, `<responseId>:<revision>`. */
export function submissionModel(connection: Connection) {
  return connection.model<SubmissionRecord>("Submission", submissionSchema);
}
export type SubmissionModel = ReturnType<typeof submissionModel>;
