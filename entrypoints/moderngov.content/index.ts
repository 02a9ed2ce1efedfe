import { MODERNGOV_MATCHES } from '../../utils/moderngov/match-patterns';
import { runScrutineer } from '../../utils/content/run';

export default defineContentScript({
  matches: MODERNGOV_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    runScrutineer(ctx, document, new URL(location.href));
  },
});
