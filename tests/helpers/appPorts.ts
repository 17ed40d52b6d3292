/**
 * The controller's ports with fakes: one compiled story served for every
 * figure (the whole story holds every campaign), saves in memory and already
 * loaded, the title's quick look at the autosave over the same storage.
 */
import type { AppPorts } from '../../src/app/controller';
import { ready } from '../../src/app/lazy';
import type { Clock, Rng } from '../../src/core/ports';
import { MemoryStorage } from '../../src/persistence/browserStorage';
import { peekAutosave } from '../../src/persistence/autosavePeek';
import { SaveStore } from '../../src/persistence/saveStore';

export interface FakePorts {
  json: string;
  hash?: string;
  clock: Clock;
  rng: Rng;
  /** Storage shared with another controller (a second sitting, another browser's import). */
  storage?: MemoryStorage;
}

export function fakePorts({
  json,
  hash = 'test-hash',
  clock,
  rng,
  storage = new MemoryStorage(),
}: FakePorts): {
  ports: AppPorts;
  saves: SaveStore;
  storage: MemoryStorage;
} {
  const saves = new SaveStore(storage, clock);
  return {
    ports: {
      stories: () => Promise.resolve({ json, hash }),
      saves: ready(saves),
      peekAutosave: () => peekAutosave(storage),
      clock,
      rng,
    },
    saves,
    storage,
  };
}
