/** A typed publish/subscribe stream: the app's events reach every subscriber in order. */
export type Listener<E> = (event: E) => void;

export interface EventBus<E> {
  emit(event: E): void;
  /** Adds a listener; the function returned removes it. */
  subscribe(listener: Listener<E>): () => void;
}

export function createEventBus<E>(): EventBus<E> {
  const listeners = new Set<Listener<E>>();
  return {
    emit(event) {
      // A copy, so a listener that unsubscribes (or subscribes) mid-event changes nothing now.
      for (const l of [...listeners]) l(event);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
