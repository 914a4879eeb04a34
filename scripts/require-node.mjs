// npm scripts put node_modules/.bin first on PATH, so the `node` devDependency (Node 24 LTS)
// runs them even when the machine's own Node is older. This guard catches the other ways in
// (a script launched by hand with an old Node) with a message instead of an obscure crash.
const REQUIRED_MAJOR = 24;
const major = Number(process.versions.node.split(".")[0]);
if (major < REQUIRED_MAJOR) {
  console.error(
    `Tétris needs Node ${REQUIRED_MAJOR} LTS or newer; this is Node ${process.versions.node}.\n` +
      `Run it through npm (\`npm ci && npm start\`), which uses the Node installed in node_modules, ` +
      `or install Node ${REQUIRED_MAJOR}.`,
  );
  process.exit(1);
}
