// `npm run front:vcl -- --backend 10.0.0.11:3000 --backend 10.0.0.12:3000 --purger 10.0.0.0/24`:
// prints the caching front's VCL for these app instances (README, "Deploying several instances").
import { parseArgs } from "node:util";
import { renderVcl } from "@/lib/front/vcl";

const { values } = parseArgs({
  options: { backend: { type: "string", multiple: true, default: [] }, purger: { type: "string", multiple: true, default: [] } },
});
try {
  process.stdout.write(await renderVcl({ backends: values.backend, purgers: values.purger.length > 0 ? values.purger : ["127.0.0.1", "::1"] }));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
