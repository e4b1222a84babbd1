import 'i18next';
import type { nlResources } from './resources';

// Dutch is the source of the key types: a key missing in nl is a type error in every component.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof nlResources;
  }
}
