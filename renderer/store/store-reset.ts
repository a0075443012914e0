import type { StoreApi } from 'zustand';

/**
 * Every store's `reset()`: back to the state it was created with. Tests call it so that no test depends on the
 * one before; a new session starts from it.
 */
export const resetStore =
  <T>(store: StoreApi<T>) =>
  (): void =>
    store.setState(store.getInitialState(), true);
