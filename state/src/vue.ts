/**
 * Kerf's own Vue 3 binding for Overmind, the only module that joins the two. The stock
 * `overmind-vue/vue3` state hook stops reacting after the first re-render (upstream issue #536), so this
 * binding follows the stock Vue 2 mixin instead: one tracking tree per component instance, tracking
 * while the component renders, a re-render when a tracked path changes, disposal on unmount.
 */
import {
  getCurrentInstance,
  inject,
  onBeforeMount,
  onBeforeUnmount,
  onBeforeUpdate,
  onMounted,
  onUpdated,
  type ComponentInternalInstance,
  type InjectionKey,
  type Plugin,
} from 'vue';
import type { Context } from './config.ts';
import type { KerfOvermind } from './instance.ts';

type TrackStateTree = ReturnType<KerfOvermind['getTrackStateTree']>;

const OVERMIND: InjectionKey<KerfOvermind> = Symbol('kerf.overmind');
const trees = new WeakMap<ComponentInternalInstance, TrackStateTree>();

/** The Vue plugin that makes an Overmind instance available to `useState()` and friends. */
export function createOvermindPlugin(overmind: KerfOvermind): Plugin {
  return { install: (app) => void app.provide(OVERMIND, overmind) };
}

function useOvermind(): KerfOvermind {
  const overmind = inject(OVERMIND, null);
  if (!overmind) throw new Error('No Overmind instance: install createOvermindPlugin(overmind) first.');
  return overmind;
}

/** Creates the component's tracking tree and ties it to the component's lifecycle. */
function trackComponent(overmind: KerfOvermind, instance: ComponentInternalInstance): TrackStateTree {
  const tree = overmind.getTrackStateTree();
  const rerender = () => instance.proxy?.$forceUpdate();
  // Paths read while rendering are tracked; the tree is re-armed before every render so that paths
  // the template no longer reads stop triggering updates.
  const start = () => void tree.track(rerender);
  const stop = () => tree.stopTracking();
  onBeforeMount(start);
  onBeforeUpdate(start);
  onMounted(stop);
  onUpdated(stop);
  onBeforeUnmount(() => {
    tree.dispose();
    trees.delete(instance);
  });
  trees.set(instance, tree);
  return tree;
}

/**
 * The state, tracked for the calling component: it re-renders when a path it read while rendering
 * changes. Read state in the template (or compute primitives); a `computed` returning an Overmind
 * object keeps its proxy identity and never refreshes.
 */
export function useState(): Context['state'] {
  const overmind = useOvermind();
  const instance = getCurrentInstance();
  if (!instance) throw new Error('useState() must be called in setup().');
  const tree = trees.get(instance) ?? trackComponent(overmind, instance);
  return tree.state as Context['state'];
}

/** The actions, typed as they are called (payload in, promise of the action's result out). */
export function useActions(): Context['actions'] {
  return useOvermind().actions;
}

/** The effects, for the rare component that needs one directly. */
export function useEffects(): Context['effects'] {
  return useOvermind().effects;
}

/**
 * Runs `react` whenever the value `read` returns from the state changes, until the component unmounts.
 * `read` should return a primitive (or use `{ nested: true }` for an object).
 */
export function useReaction<T>(
  read: (state: Context['state']) => T,
  react: (value: T) => void,
  options: { immediate?: boolean; nested?: boolean } = {},
): void {
  const dispose = useOvermind().reaction(read, react, options);
  onBeforeUnmount(dispose);
}
