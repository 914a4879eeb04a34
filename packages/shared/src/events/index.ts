export * from "./catalogue.js";
export * from "./common.js";
export * from "./envelope.js";
export * from "./themes.js";
export * from "./topics.js";
export { needSchema, type Need } from "./workshops/need.js";
export { maturities, projectKinds } from "./workshops/candidate-project-proposed.v1.js";
