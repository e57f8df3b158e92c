// Serialises read-modify-write cycles on one storage key, so two saves in flight cannot overwrite each
// other. The Web Locks API spans the background, popup and extension pages of one extension (same
// origin); where it is missing (Node tests) an in-process queue gives the same order within one context.

const queues = new Map<string, Promise<unknown>>();

function runQueued<T>(name: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(name) ?? Promise.resolve();
  const next = previous.then(task, task);
  queues.set(
    name,
    next.catch(() => undefined),
  );
  return next;
}

/** Runs `task` while holding the lock `name`; resolves or rejects with the task's own result. */
export function withWriteLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (locks) return locks.request(name, task) as Promise<T>;
  return runQueued(name, task);
}
