import { ApolloLink } from '@apollo/client';
import { Observable } from 'rxjs';

/**
 * Subscriptions without a socket: each started subscription waits for the
 * test to `push` data to it by operation name.
 */
export function fakeSubscriptions() {
  const observers = new Map();
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const name = operation.operationName;
        const listening = observers.get(name) ?? new Set();
        listening.add(observer);
        observers.set(name, listening);
        return () => listening.delete(observer);
      }),
  );
  const push = (name, data) => {
    for (const observer of observers.get(name) ?? []) observer.next({ data });
  };
  const listeners = (name) => observers.get(name)?.size ?? 0;
  return { link, push, listeners };
}
