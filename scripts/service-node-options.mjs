// How Node runs each service, the same for `npm start` and `npm run bench`.
// --max-old-space-size: without a limit V8 lets the heap grow toward a quarter of the machine's
// memory before collecting hard, so a busy service sat at 400+ MB resident while holding far
// less. --max-semi-space-size: under load V8 also grew the young generation until the heap
// reached 190 MB for 60 MB of live objects; 8 MB semi-spaces took the questionnaire's peak
// from 319 to 223 MB in the quick bench at the same throughput. Together they keep a service
// under the 300 MB the product aims at (docs/benchmarks.md). The services' own `npm start`
// scripts say the same.
export const serviceNodeOptions = ["--max-old-space-size=192", "--max-semi-space-size=8", "--disable-warning=TimeoutNegativeWarning"];
