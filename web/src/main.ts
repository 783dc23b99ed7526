import '@kerf/components/tokens.css';
import { createKerfOvermind } from '@kerf/state';
import { createWebHistory } from 'vue-router';
import { createWebApp } from './create-web-app.ts';

/** Entry point: the one place the real Overmind instance and browser history are created. */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // Storage can be disabled by the browser's privacy settings.
  }
}

const { app } = createWebApp({
  overmind: createKerfOvermind(),
  history: createWebHistory(),
  storage: storage(),
  languages: navigator.languages,
});
app.mount('#app');
