#!/usr/bin/env bash
# Vendors the pinned front-end assets from npm into the repository (no CDN, no third-party host in any page).
# Pinned versions live in tools/vendor/package.json and package-lock.json. Run after changing a version; commit the result.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$here/vendor"
npm ci --no-audit --no-fund >/dev/null
lib="$root/src/Wijkkracht.Web/wwwroot/lib"
rm -rf "$lib"
mkdir -p "$lib/utrecht" "$lib/voorbeeld-design-tokens" "$lib/chartjs" "$lib/source-sans-3"
cp node_modules/@utrecht/component-library-css/dist/index.css "$lib/utrecht/component-library.css"
cp node_modules/@utrecht/component-library-css/package.json "$lib/utrecht/package.json"
cp node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css "$lib/voorbeeld-design-tokens/theme.css"
cp node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/LICENSE.md "$lib/voorbeeld-design-tokens/LICENSE.md"
cp node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/package.json "$lib/voorbeeld-design-tokens/package.json"
cp node_modules/chart.js/dist/chart.umd.min.js "$lib/chartjs/chart.umd.min.js"
cp node_modules/chart.js/LICENSE.md "$lib/chartjs/LICENSE.md"
cp node_modules/chart.js/package.json "$lib/chartjs/package.json"
# Map, timeline and network islands (issues 10-12): Leaflet (BSD-2) with markercluster (MIT), vis-timeline standalone
# (Apache-2.0/MIT, vis-data included), cytoscape (MIT) with the fCoSE layout (MIT) and its layout-base/cose-base, and
# cytoscape-svg for the network picture's SVG download. NOTE: cytoscape-svg is GPL-3.0 (package.json "GNU GPLv3", LICENSE
# kept as svg-LICENSE), unlike the permissive rest; network-graph.js only offers the SVG button when it is loaded.
mkdir -p "$lib/leaflet/images" "$lib/vis-timeline" "$lib/cytoscape"
cp node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css node_modules/leaflet/LICENSE node_modules/leaflet/package.json "$lib/leaflet/"
cp node_modules/leaflet/dist/images/* "$lib/leaflet/images/"
cp node_modules/leaflet.markercluster/dist/leaflet.markercluster.js "$lib/leaflet/"
cp node_modules/leaflet.markercluster/dist/MarkerCluster.css node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css "$lib/leaflet/"
cp node_modules/leaflet.markercluster/MIT-LICENCE.txt "$lib/leaflet/markercluster-LICENSE.txt"
cp node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css "$lib/vis-timeline/"
cp node_modules/vis-timeline/LICENSE.MIT.txt node_modules/vis-timeline/package.json "$lib/vis-timeline/"
cp node_modules/cytoscape/dist/cytoscape.min.js node_modules/cytoscape/LICENSE "$lib/cytoscape/"
cp node_modules/layout-base/layout-base.js node_modules/cose-base/cose-base.js node_modules/cytoscape-fcose/cytoscape-fcose.js "$lib/cytoscape/"
cp node_modules/cytoscape-fcose/LICENSE "$lib/cytoscape/fcose-LICENSE"
cp node_modules/cytoscape-svg/cytoscape-svg.js "$lib/cytoscape/"
cp node_modules/cytoscape-svg/LICENSE "$lib/cytoscape/svg-LICENSE"
# Source Sans 3 (SIL OFL 1.1): latin subset, weights 400/600/700, woff2 only (every supported browser reads woff2).
font=node_modules/@fontsource/source-sans-3
for w in 400 600 700; do
  cp "$font/files/source-sans-3-latin-$w-normal.woff2" "$lib/source-sans-3/"
  sed -e 's#url(./files/\([^)]*\.woff2\)) format(.woff2.), url([^)]*) format(.woff.)#url(./\1) format("woff2")#' "$font/latin-$w.css"
  echo
done > "$lib/source-sans-3/source-sans-3.css"
cp "$font/LICENSE" "$lib/source-sans-3/LICENSE"
cp "$font/package.json" "$lib/source-sans-3/package.json"
# Common-password list (zxcvbn-ts common dictionary), one password a line, for the password validator.
node -e '
  const p = require("@zxcvbn-ts/language-common").dictionary["passwords-common"];
  require("fs").writeFileSync(process.argv[1], "# zxcvbn-ts language-common passwords dictionary (MIT), one per line\n" + p.join("\n") + "\n");
' "$root/src/Wijkkracht.Core/Security/common-passwords.txt"
echo "vendored into $lib"
