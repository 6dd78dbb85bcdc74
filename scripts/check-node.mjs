// Runs after `npm install` (package.json "postinstall"), through npm, so `node`
// here is the one every package script gets: node_modules/.bin/node from the
// platform's node-<os>-<cpu> package when the registry has one, else the
// system's. Plain JavaScript, because an old system Node cannot run .ts files.
const [major, minor] = process.versions.node.split('.').map(Number);
const where = process.execPath;
if (major > 22 || (major === 22 && minor >= 12)) {
  console.log(`Polku's scripts run on Node ${process.version} (${where}).`);
} else {
  console.error(
    `Polku needs Node 22.12 or newer, and the registry has no Node package for ${process.platform}-${process.arch}:` +
      ` install Node 22.12 or newer, then run npm install again. (Found ${process.version} at ${where}.)`,
  );
  process.exit(1);
}
