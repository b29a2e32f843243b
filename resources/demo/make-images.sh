#!/usr/bin/env bash
# Regenerates the demo signature and seal images (ImageMagick). DEMO ONLY.
set -euo pipefail
cd "$(dirname "$0")"
convert -size 420x200 xc:none -fill none -stroke '#1a3fb0' -strokewidth 5 \
  -draw "path 'M 20,140 C 60,20 100,20 110,120 S 150,180 190,60 S 240,40 250,130 C 260,170 300,40 330,90 S 380,150 400,70'" \
  -draw "path 'M 60,160 C 160,150 260,150 390,140'" chu-ky-demo.png
convert -size 400x400 xc:none -fill none -stroke '#d0021b' -strokewidth 10 -draw "circle 200,200 200,12" \
  -strokewidth 4 -draw "circle 200,200 200,80" \
  -fill '#d0021b' -stroke none -draw "polygon 200,130 216,180 268,180 226,210 242,260 200,230 158,260 174,210 132,180 184,180" \
  -font DejaVu-Sans-Bold -pointsize 30 -gravity center -annotate +0+142 "DEMO" -annotate +0-142 "KYSO" con-dau-demo.png
