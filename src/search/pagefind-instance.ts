// Pagefind's Node API keeps one indexing service per module instance. Importing the module under
// distinct URLs gives independent services, so two indexes can be built at the same time (one
// per core) without spawning extra Node processes.
type Pagefind = typeof import("pagefind");

const instances = new Map<number, Promise<Pagefind>>();

export function pagefindInstance(slot: number): Promise<Pagefind> {
  let instance = instances.get(slot);
  if (!instance) {
    instance = import(`${import.meta.resolve("pagefind")}?instance=${slot}`) as Promise<Pagefind>;
    instances.set(slot, instance);
  }
  return instance;
}
