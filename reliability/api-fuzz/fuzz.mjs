// The command line of the API fuzzer (fuzzer.mjs), run by reliability/api-fuzz.sh. The figures go to
// OUT/results.json, the pass marks to OUT/api-fuzz.tsv (read by reliability/report.py) and the failures, one per
// distinct failure with the smallest request found for it, to OUT/failures.md. Exit status 0 only without failures.
//
//   node fuzz.mjs --base http://127.0.0.1:18480 --out target/api-fuzz [--valid 100] [--invalid 50]
//                 [--seed N] [--seconds 150] [--description /v3/api-docs]
import { fuzz } from "./fuzzer.mjs";
import { writeResults } from "./results.mjs";

const settings = parseArguments(process.argv.slice(2), {
  base: "http://127.0.0.1:18480", out: "target/api-fuzz", valid: "100", invalid: "50",
  seed: String(Math.floor(Math.random() * 2 ** 31)), seconds: "150", description: "/v3/api-docs",
});
const run = await fuzz({ base: settings.base, description: settings.description, valid: Number(settings.valid),
  invalid: Number(settings.invalid), seed: Number(settings.seed), seconds: Number(settings.seconds) });
const outcome = writeResults(settings.out, run);
console.log(outcome.summary);
process.exit(outcome.passed ? 0 : 1);

function parseArguments(args, defaults) {
  const parsed = { ...defaults };
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i].replace(/^--/, "");
    if (!(name in defaults) || args[i + 1] === undefined) throw new Error(`unknown or empty option ${args[i]}`);
    parsed[name] = args[i + 1];
  }
  return parsed;
}
