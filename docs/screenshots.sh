#!/usr/bin/env bash
# Takes the screenshots of docs/images anew, light and dark, in a real workbench during a real
# transfer on 127.0.0.1 (bundles/minitorrent.ui.tests: DocumentationScreenshots), then copies them
# here. Needs what the tests need (Xvfb, see README.md).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
xvfb-run -a -s "-screen 0 1400x900x24" ./mvnw -B -o clean verify \
  -pl features/minitorrent.platform.feature,features/minitorrent.feature,bundles/minitorrent.ui.tests -am \
  -Dtest=DocumentationScreenshots -Dsurefire.failIfNoSpecifiedTests=false
find bundles/minitorrent.ui.tests/target -path "*screenshots/*.png" -exec cp {} docs/images/ \;
ls -l docs/images
