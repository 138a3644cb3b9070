import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const FACES = [
  { file: '400Regular/Sarabun_400Regular.ttf', weight: 400, style: 'normal' },
  { file: '400Regular_Italic/Sarabun_400Regular_Italic.ttf', weight: 400, style: 'italic' },
  { file: '700Bold/Sarabun_700Bold.ttf', weight: 700, style: 'normal' },
  { file: '700Bold_Italic/Sarabun_700Bold_Italic.ttf', weight: 700, style: 'italic' },
] as const;

let cached: string | null = null;

/** Folder of the Sarabun TTFs (OFL-1.1) inside node_modules. */
export function sarabunFontDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('@expo-google-fonts/sarabun/package.json'));
}

/**
 * `@font-face` rules for Sarabun with the TTFs inlined as base64 data URLs, so Chromium needs no
 * file or network access to embed them. Read once per process (about 1 MB of CSS).
 */
export function sarabunFontFaces(): string {
  if (cached === null) {
    const dir = sarabunFontDir();
    cached = FACES.map((face) => {
      const data = readFileSync(join(dir, face.file)).toString('base64');
      return `@font-face{font-family:'Sarabun';font-weight:${face.weight};font-style:${face.style};src:url(data:font/ttf;base64,${data}) format('truetype');}`;
    }).join('\n');
  }
  return cached;
}
