import './overlay.css';
import { MODERNGOV_MATCHES } from '../../utils/moderngov/match-patterns';
import { runScrutineer } from '../../utils/content/run';

export default defineContentScript({
  matches: MODERNGOV_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    const startedAt = performance.now();
    void runScrutineer(ctx, document, new URL(location.href), startedAt);
  },
});
