import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The font files cards are drawn with, from npm packages the project pins, so a card looks the
 * same on every machine whatever fonts it has installed: Roboto (in the site's sans stack) for
 * the kicker, headline and date, PT Serif (a free serif close to Charter) for the masthead.
 * resvg reads TTF and OTF, not the WOFF2 that web font packages ship.
 */
export const CARD_FONT_FILES: readonly string[] = [
  '@expo-google-fonts/roboto/400Regular/Roboto_400Regular.ttf',
  '@expo-google-fonts/roboto/700Bold/Roboto_700Bold.ttf',
  '@expo-google-fonts/pt-serif/700Bold/PTSerif_700Bold.ttf',
].map((file) => require.resolve(file));
