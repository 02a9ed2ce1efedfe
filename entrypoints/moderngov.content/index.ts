// The content script on ModernGov pages. The overlay's CSS is bundled as a string and adopted
// once into every card's shadow root (cssInjectionMode 'manual': nothing is fetched per card and
// nothing is added to the page's own styles).
import css from './overlay.css?inline';
import { MODERNGOV_MATCHES } from '../../utils/moderngov/match-patterns';
import { runScrutineer } from '../../utils/content/run';

export default defineContentScript({
  matches: MODERNGOV_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    const startedAt = performance.now();
    void runScrutineer(ctx, document, new URL(location.href), startedAt, css);
  },
});
