// How Node runs each service, the same for `npm start` and `npm run bench`.
// --max-old-space-size: without a limit V8 lets the heap grow toward a quarter of the machine's
// memory before collecting hard, so a busy service sat at 400+ MB resident while holding far
// less; 192 MB of old space keeps it under the 300 MB per service the product aims at
// (measured in docs/benchmarks.md). The services' own `npm start` scripts say the same.
export const serviceNodeOptions = ["--max-old-space-size=192", "--disable-warning=TimeoutNegativeWarning"];
