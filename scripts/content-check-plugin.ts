import path from 'node:path';
import type { Plugin } from 'vite';
import { validateAllContent } from './content-validate.ts';

/**
 * Fails the build (and stops the dev server) when a content file breaks the schema, naming the
 * file and the field, so a broken leaflet text can never reach a patient's phone.
 */
export function contentCheck(root = process.cwd()): Plugin {
  const contentDir = path.join(root, 'content');
  return {
    name: 'rugplan-content-check',
    async buildStart() {
      const errors = await validateAllContent(contentDir);
      if (errors.length > 0) {
        this.error(`Content check failed (${errors.length}):\n  ${errors.join('\n  ')}`);
      }
    },
  };
}
