// Builds wwwroot/lib from npm packages (run by the .NET build through `npm run build:assets`).
// Only what the pages use ships: a KRDS subset compiled from its SCSS sources, the images that subset
// references, and Chart.js's UMD bundle.
import { compile } from "sass";
import { copyFileSync, mkdirSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(fileURLToPath(import.meta.url));
const out = join(root, "wwwroot", "lib");
const krds = join(root, "node_modules", "krds-uiux", "resources");
mkdirSync(out, { recursive: true });

const result = compile(join(root, "Styles", "tanso.scss"), {
  loadPaths: [join(root, "node_modules")],
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import", "global-builtin", "color-functions", "mixed-decls", "slash-div"],
});

// Copy each KRDS image the compiled CSS points at, keeping its path under /lib/krds/.
const prefix = "/lib/krds/";
for (const m of result.css.matchAll(/url\((["']?)(\/lib\/krds\/[^)"']+)\1\)/g)) {
  const rel = m[2].slice(prefix.length);
  const src = join(krds, rel);
  if (!existsSync(src)) throw new Error(`KRDS asset referenced by tanso.scss is missing: ${src}`);
  mkdirSync(dirname(join(out, "krds", rel)), { recursive: true });
  copyFileSync(src, join(out, "krds", rel));
}
writeFileSync(join(out, "tanso.css"), result.css);
copyFileSync(join(root, "node_modules", "chart.js", "dist", "chart.umd.min.js"), join(out, "chart.umd.min.js"));
console.log(`wwwroot/lib: tanso.css ${(result.css.length / 1024).toFixed(0)} KB, chart.umd.min.js`);
