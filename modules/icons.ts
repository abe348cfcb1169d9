import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { defineWxtModule } from 'wxt/modules';

/** The sizes browsers and stores ask for: toolbar (16, 32), extensions page (48), store and install (128). */
export const ICON_SIZES = [16, 32, 48, 128] as const;

/** Manifest `icons` / `action.default_icon`: size → path of the PNG in the build. */
export const ICON_FILES: Record<string, string> = Object.fromEntries(ICON_SIZES.map((size) => [size, iconPath(size)]));

function iconPath(size: number): string {
  return `icons/${size}.png`;
}

/**
 * Renders assets/icon.svg, the one drawn icon, to the PNG sizes in ICON_FILES on every build,
 * so the PNGs can never drift from the drawing. sharp (libvips, prebuilt for each platform as
 * npm packages) rasterizes the SVG; the files are written under .wxt/ and copied like public files.
 */
export default defineWxtModule({
  name: 'quiet-reader:icons',
  setup(wxt) {
    const source = resolve(wxt.config.root, 'assets/icon.svg');
    wxt.hooks.hook('build:publicAssets', async (_, files) => {
      const folder = resolve(wxt.config.wxtDir, 'icons');
      await mkdir(folder, { recursive: true });
      for (const size of ICON_SIZES) {
        const file = resolve(folder, `${size}.png`);
        // Rendered at the target size (density scales the 128-unit drawing), not shrunk from a larger bitmap.
        await sharp(source, { density: (72 * size) / 128 }).png({ compressionLevel: 9 }).toFile(file);
        files.push({ absoluteSrc: file, relativeDest: iconPath(size) });
      }
    });
  },
});
